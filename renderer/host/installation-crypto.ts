// What the bundle code is handed so that this installation's signing and decryption happen in the
// host, where its secret keys stay: a manifest signer and an age identity that ask the host.
import type { Identity } from 'age-encryption';
import { ageHeaderOf } from '@shared/bundle/age';
import type { ManifestSigner } from '@shared/bundle/write-bundle';
import { UserFacingError } from '@shared/errors';
import type { Host } from '@shared/host';

export function hostSigner(host: Host, keyId: string): ManifestSigner {
  return {
    keyId,
    async sign(manifestBytes, trustedComment) {
      try {
        return (await host.invoke('keys:sign', { message: manifestBytes, trustedComment }))
          .signature;
      } catch (error) {
        throw asUserFacingError(error);
      }
    },
  };
}

/**
 * An identity for the bundle `bundleBytes`: it sends the bundle's header (never the rest) to the
 * host, which answers with the file key. A bundle not encrypted to this installation is "no match",
 * so that other identities may still open it; any other refusal of the host is passed on.
 */
export function hostIdentity(host: Host, bundleBytes: Uint8Array): Identity {
  return {
    async unwrapFileKey() {
      try {
        const { fileKey } = await host.invoke('keys:file-key', {
          header: ageHeaderOf(bundleBytes),
        });
        return fileKey;
      } catch (error) {
        const failure = asUserFacingError(error);
        if (failure.code === 'keys.not-a-recipient') return null;
        throw failure;
      }
    },
  };
}

/**
 * The desktop host's failures cross the context bridge as plain objects of a UserFacingError's
 * fields; the web host's are the class itself. Either way, one class reaches the screens.
 */
function asUserFacingError(error: unknown): UserFacingError {
  if (error instanceof UserFacingError) return error;
  if (isFailureData(error)) return new UserFacingError(error.code, error.text, error.where ?? {});
  throw error;
}

type FailureData = Pick<UserFacingError, 'code' | 'text'> & Partial<Pick<UserFacingError, 'where'>>;

function isFailureData(value: unknown): value is FailureData {
  if (typeof value !== 'object' || value === null) return false;
  const { code, text } = value as Partial<FailureData>;
  return typeof code === 'string' && typeof text?.th === 'string' && typeof text.en === 'string';
}

import { describe, expect, it } from 'vitest';
import { ed25519 } from '@noble/curves/ed25519.js';
import { signMinisignWith } from '@shared/bundle/minisign';
import { verifyBundle } from '@shared/bundle/read-bundle';
import { writeBundle, type ManifestSigner } from '@shared/bundle/write-bundle';
import { UserFacingError } from '@shared/errors';
import { codeOf, makeInstallation, sampleFields, sampleTables, trusting } from './bundle-fixture';

const keyringFields = () =>
  sampleFields({ kind: 'keyring', issuer: 'DSDW-1', organisation: 'DSDW' });

describe('writing a bundle with a signer that keeps the secret key', () => {
  it('writes the very bytes it writes with the secret key itself', async () => {
    const department = await makeInstallation('DSDW-1');
    const { secretKey } = department.signing;
    const asked: string[] = [];
    const signer: ManifestSigner = {
      keyId: secretKey.keyId,
      sign: (manifestBytes, trustedComment) => {
        asked.push(trustedComment);
        const rawSign = async (bytes: Uint8Array) => ed25519.sign(bytes, secretKey.seed);
        return signMinisignWith(manifestBytes, secretKey.keyId, rawSign, trustedComment);
      },
    };
    const common = {
      manifestFields: keyringFields(),
      tables: sampleTables(),
      plain: true,
    } as const;
    const withSigner = await writeBundle({ ...common, signer });
    const withKey = await writeBundle({ ...common, secretKey });
    expect(withSigner.bytes).toEqual(withKey.bytes);
    expect(withSigner.manifest.keyId).toBe(secretKey.keyId);
    expect(asked).toEqual([`opm-bundle v1 DSDW-1 42 ${withSigner.manifestSha256}`]);
    const read = await verifyBundle(withSigner.bytes, { trust: trusting(department) });
    expect(read.manifestSha256).toBe(withSigner.manifestSha256);
  });

  it("passes on the signer's refusal and writes nothing", async () => {
    const refusing: ManifestSigner = {
      keyId: '7A43DBCA34440CE7',
      sign: async () => {
        throw new UserFacingError('keys.none', { th: 'ยังไม่มีกุญแจ', en: 'No keys yet' });
      },
    };
    const written = writeBundle({
      manifestFields: keyringFields(),
      tables: sampleTables(),
      signer: refusing,
      plain: true,
    });
    expect(await codeOf(written)).toBe('keys.none');
  });

  it('is refused by a reader when the signer signs with another key than it names', async () => {
    const [department, impostor] = [
      await makeInstallation('DSDW-1'),
      await makeInstallation('DSDW-2'),
    ];
    const signer: ManifestSigner = {
      keyId: department.signing.secretKey.keyId,
      sign: (manifestBytes, trustedComment) =>
        signMinisignWith(
          manifestBytes,
          department.signing.secretKey.keyId,
          async (bytes) => ed25519.sign(bytes, impostor.signing.secretKey.seed),
          trustedComment,
        ),
    };
    const written = await writeBundle({
      manifestFields: keyringFields(),
      tables: sampleTables(),
      signer,
      plain: true,
    });
    expect(await codeOf(verifyBundle(written.bytes, { trust: trusting(department) }))).toBe(
      'bundle.signature.signature',
    );
  });
});

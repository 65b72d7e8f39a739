// The renderer's signer and identity over both hosts: the web host itself, and the desktop host's
// own handlers reached the way the preload reaches them (its failures arrive as plain data).
import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { keysHandlers } from '../../../../electron/ipc/keys';
import { listenerFor } from '../../../../electron/ipc/register';
import type { HostReply } from '../../../../electron/ipc/reply';
import { openKeyStore } from '../../../../electron/services/key-store';
import { hostIdentity, hostSigner } from '@renderer/host/installation-crypto';
import { webHost } from '@renderer/host/web';
import { parsePublicKey } from '@shared/bundle/minisign';
import { verifyBundle } from '@shared/bundle/read-bundle';
import { writeBundle } from '@shared/bundle/write-bundle';
import { UserFacingError } from '@shared/errors';
import type { Host, HostChannel } from '@shared/host';
import { aesGcmSealer } from '../../electron/test-sealer';
import {
  codeOf,
  makeInstallation,
  sampleFields,
  sampleTables,
} from '../../shared/bundle/bundle-fixture';

let keysFolder: string;
beforeAll(async () => {
  keysFolder = await mkdtemp(path.join(tmpdir(), 'opm-installation-crypto-'));
});
afterAll(async () => {
  await rm(keysFolder, { recursive: true, force: true });
});

/** The desktop host as the renderer sees it: the keys handlers behind the sender check and schemas. */
function desktopHost(): Host {
  const handlers = keysHandlers(openKeyStore(keysFolder, aesGcmSealer()));
  const ownPage = { senderFrame: { url: 'app://opm-centre/index.html' } };
  return {
    async invoke(channel: HostChannel, ...args: unknown[]) {
      const handler = handlers[channel];
      if (handler === undefined) throw new Error(`not a keys channel: ${channel}`);
      const listener = listenerFor(channel, handler as never);
      const reply = (await listener(ownPage, args[0])) as HostReply<typeof channel>;
      if (!reply.ok) throw reply.failure;
      return reply.value;
    },
    listen: () => () => undefined,
  } as Host;
}

describe.each([
  { name: 'the web host', host: () => webHost },
  { name: 'the desktop host', host: desktopHost },
])('signing and decrypting through $name', ({ host: makeHost }) => {
  it('writes a bundle signed by the host that opens with the file key the host unwraps', async () => {
    const host = makeHost();
    const keys = await host.invoke('keys:create', { installationId: 'C6501-1', replace: true });
    const department = await makeInstallation('DSDW-1');
    const written = await writeBundle({
      manifestFields: sampleFields(),
      tables: sampleTables(),
      signer: hostSigner(host, keys.keyId),
      recipients: [department.age.recipient, keys.ageRecipient],
    });
    expect(written.manifest.keyId).toBe(keys.keyId);
    const trust = (issuer: string) =>
      issuer === 'C6501-1' ? parsePublicKey(keys.minisignPublicKey) : null;
    const read = await verifyBundle(written.bytes, {
      trust,
      identities: [hostIdentity(host, written.bytes)],
    });
    expect(read.manifestSha256).toBe(written.manifestSha256);
  });

  it('lets another identity open a bundle not encrypted to this installation', async () => {
    const host = makeHost();
    await host.invoke('keys:create', { installationId: 'C6501-1', replace: true });
    const [centre, department] = [
      await makeInstallation('C6501-9'),
      await makeInstallation('DSDW-1'),
    ];
    const written = await writeBundle({
      manifestFields: sampleFields({ issuer: 'C6501-9' }),
      tables: sampleTables(),
      secretKey: centre.signing.secretKey,
      recipients: [department.age.recipient],
    });
    const trust = (issuer: string) => (issuer === 'C6501-9' ? centre.signing.publicKey : null);
    const mine = hostIdentity(host, written.bytes);
    expect(await codeOf(verifyBundle(written.bytes, { trust, identities: [mine] }))).toBe(
      'bundle.age.no-identity',
    );
    const both = [mine, department.age.identity];
    expect((await verifyBundle(written.bytes, { trust, identities: both })).encrypted).toBe(true);
  });

  it("hands on the host's other refusals as UserFacingErrors", async () => {
    const host = makeHost();
    const keys = await host.invoke('keys:create', { installationId: 'C6501-1', replace: true });
    const written = await writeBundle({
      manifestFields: sampleFields(),
      tables: sampleTables(),
      signer: hostSigner(host, keys.keyId),
      recipients: [keys.ageRecipient],
    });
    // Another MAC, one letter changed: the host finds the file key but refuses the header.
    const text = new TextDecoder('latin1').decode(written.bytes);
    const macAt = text.indexOf('\n--- ') + 5;
    const damaged = written.bytes.slice();
    damaged[macAt] = damaged[macAt] === 0x41 ? 0x42 : 0x41;
    const trust = (issuer: string) =>
      issuer === 'C6501-1' ? parsePublicKey(keys.minisignPublicKey) : null;
    const refusal = await verifyBundle(damaged, {
      trust,
      identities: [hostIdentity(host, damaged)],
    }).catch((error: unknown) => error);
    expect(refusal).toBeInstanceOf(UserFacingError);
    expect(refusal).toMatchObject({ code: 'keys.header-invalid' });
  });
});

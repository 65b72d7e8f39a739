import { describe, expect, it } from 'vitest';
import { ageIdentityFileText, encryptForRecipients, generateAgeKeyPair } from '@shared/bundle/age';
import { fromBase64, utf8 } from '@shared/bundle/bytes';
import {
  decryptAgeIdentityFile,
  decryptMinisignSecretKey,
  encryptAgeIdentityFile,
  encryptMinisignSecretKey,
  MINISIGN_DEFAULT_LIMITS,
} from '@shared/bundle/key-backup';
import {
  generateMinisignKeyPair,
  parsePublicKey,
  publicKeyFileText,
  signMinisign,
  verifyMinisign,
} from '@shared/bundle/minisign';
import { codeOf } from '../unit/shared/bundle/bundle-fixture';
import { runInTerminal } from './terminal';
import { workspace } from './tools';

const PASSWORD = 'รหัสผ่าน ของศูนย์ C6501';
const message = utf8('{"format":"opm-bundle","version":1}\n');

// Each key derivation at the tools' own cost takes seconds (1 GiB for minisign's).
const slow = 300_000;

describe('minisign password-protected keys, with the real minisign', () => {
  it(
    'minisign -S signs with a key we protected, reading the password from standard input',
    async () => {
      const ws = workspace();
      const { publicKey, secretKey } = generateMinisignKeyPair();
      ws.write('ours.key', await encryptMinisignSecretKey(secretKey, PASSWORD));
      ws.write('ours.pub', publicKeyFileText(publicKey));
      ws.write('m', message);
      ws.run('minisign', ['-S', '-s', 'ours.key', '-m', 'm', '-t', 'signed'], `${PASSWORD}\n`);
      expect(verifyMinisign(message, ws.readText('m.minisig'), publicKey)).toEqual({
        ok: true,
        trustedComment: 'signed',
      });
    },
    slow,
  );

  it(
    'we open a key minisign -G protected, at its own limits, and minisign -V accepts our signature',
    async () => {
      const ws = workspace();
      ws.run('minisign', ['-G', '-p', 'k.pub', '-s', 'k.key'], `${PASSWORD}\n${PASSWORD}\n`);
      const bytes = fromBase64(ws.readText('k.key').split('\n')[1]!)!;
      const view = new DataView(bytes.buffer, bytes.byteOffset);
      expect({
        opsLimit: Number(view.getBigUint64(38, true)),
        memLimit: Number(view.getBigUint64(46, true)),
      }).toEqual(MINISIGN_DEFAULT_LIMITS);
      const secretKey = await decryptMinisignSecretKey(ws.readText('k.key'), PASSWORD);
      expect(secretKey.keyId).toBe(parsePublicKey(ws.readText('k.pub')).keyId);
      ws.write('m', message);
      ws.write('m.minisig', signMinisign(message, secretKey, 'opm-bundle v1 DSDW-1 1 ab'));
      expect(ws.run('minisign', ['-Vm', 'm', '-p', 'k.pub'])).toContain(
        'Trusted comment: opm-bundle v1 DSDW-1 1 ab',
      );
    },
    slow,
  );
});

describe('age passphrase-protected identity files, with the real age on a terminal', () => {
  it(
    'age -d opens our protected identity file, and uses it with -i',
    async () => {
      const ws = workspace();
      const pair = await generateAgeKeyPair();
      const identityFile = ageIdentityFileText(pair, new Date());
      ws.write('id.age', await encryptAgeIdentityFile(identityFile, PASSWORD));
      runInTerminal(ws, 'age', ['-d', '-o', 'id.txt', 'id.age'], [PASSWORD]);
      expect(ws.readText('id.txt')).toBe(identityFile);
      ws.write('m.age', await encryptForRecipients(message, [pair.recipient]));
      runInTerminal(ws, 'age', ['-d', '-i', 'id.age', '-o', 'm.out', 'm.age'], [PASSWORD]);
      expect(ws.read('m.out')).toEqual(message);
    },
    slow,
  );

  it(
    'we open an identity file age -p protected, armored or not, and only with its passphrase',
    async () => {
      const ws = workspace();
      ws.run('age-keygen', ['-o', 'key.txt']);
      runInTerminal(ws, 'age', ['-p', '-a', '-o', 'key.asc', 'key.txt'], [PASSWORD, PASSWORD]);
      runInTerminal(ws, 'age', ['-p', '-o', 'key.age', 'key.txt'], [PASSWORD, PASSWORD]);
      expect(ws.readText('key.asc')).toMatch(/^-----BEGIN AGE ENCRYPTED FILE-----\n/);
      expect(await decryptAgeIdentityFile(ws.readText('key.asc'), PASSWORD)).toBe(
        ws.readText('key.txt'),
      );
      expect(await decryptAgeIdentityFile(ws.read('key.age'), PASSWORD)).toBe(
        ws.readText('key.txt'),
      );
      expect(await codeOf(decryptAgeIdentityFile(ws.read('key.age'), `${PASSWORD}!`))).toBe(
        'bundle.key.wrong-password',
      );
    },
    slow,
  );
});

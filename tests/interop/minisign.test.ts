import { describe, expect, it } from 'vitest';
import { fromBase64, utf8 } from '@shared/bundle/bytes';
import {
  generateMinisignKeyPair,
  parsePublicKey,
  parseSecretKey,
  publicKeyBase64,
  publicKeyFileText,
  secretKeyFileText,
  signMinisign,
  verifyMinisign,
} from '@shared/bundle/minisign';
import { workspace } from './tools';

const message = utf8('{"format":"opm-bundle","version":1}\nข้อมูล\n');

describe('minisign interop', () => {
  it('minisign -V accepts our public key and signature', () => {
    const ws = workspace();
    const { publicKey, secretKey } = generateMinisignKeyPair();
    ws.write('key.pub', publicKeyFileText(publicKey));
    ws.write('manifest.json', message);
    ws.write(
      'manifest.json.minisig',
      signMinisign(message, secretKey, 'opm-bundle v1 C6501-1 7 ab'),
    );
    const out = ws.run('minisign', ['-Vm', 'manifest.json', '-p', 'key.pub']);
    expect(out).toContain('Signature and comment signature verified');
    expect(out).toContain('Trusted comment: opm-bundle v1 C6501-1 7 ab');
    expect(
      ws.run('minisign', ['-Vm', 'manifest.json', '-P', publicKeyBase64(publicKey)]),
    ).toContain('verified');
  });

  it('minisign -V refuses our signature over changed bytes', () => {
    const ws = workspace();
    const { publicKey, secretKey } = generateMinisignKeyPair();
    ws.write('key.pub', publicKeyFileText(publicKey));
    ws.write('manifest.json', utf8('changed'));
    ws.write('manifest.json.minisig', signMinisign(message, secretKey, 'c'));
    expect(() => ws.run('minisign', ['-Vm', 'manifest.json', '-p', 'key.pub'])).toThrow(
      /verification failed/i,
    );
  });

  it('reads keys from minisign -G -W, with the key id it prints, and verifies minisign -S', () => {
    const ws = workspace();
    const generated = ws.run('minisign', ['-G', '-W', '-p', 'k.pub', '-s', 'k.key']);
    const publicKey = parsePublicKey(ws.readText('k.pub'));
    // minisign prints the id as a number, without leading zeros; the contract pads it to 16 digits.
    const printed = /^untrusted comment: minisign public key ([0-9A-F]+)$/.exec(
      ws.readText('k.pub').split('\n')[0]!,
    )![1]!;
    expect(printed.padStart(16, '0')).toBe(publicKey.keyId);
    expect(generated).toContain(`-P ${publicKeyBase64(publicKey)}`);
    const secretKey = parseSecretKey(ws.readText('k.key'));
    expect(secretKey.keyId).toBe(publicKey.keyId);
    expect(secretKey.publicKey).toEqual(publicKey.publicKey);
    // Our writer reproduces minisign's unencrypted key file, but for the checksum minisign leaves zero.
    const ours = fromBase64(secretKeyFileText(secretKey).split('\n')[1]!)!;
    const theirs = fromBase64(ws.readText('k.key').split('\n')[1]!)!;
    expect(ours.subarray(0, 126)).toEqual(theirs.subarray(0, 126));
    expect(secretKeyFileText(secretKey).split('\n')[0]).toBe(ws.readText('k.key').split('\n')[0]);

    ws.write('m', message);
    ws.run('minisign', ['-S', '-s', 'k.key', '-m', 'm', '-t', 'opm-bundle v1 DSDW-1 1 ff']);
    expect(verifyMinisign(message, ws.readText('m.minisig'), publicKey)).toEqual({
      ok: true,
      trustedComment: 'opm-bundle v1 DSDW-1 1 ff',
    });
  });

  it('minisign -S signs with a secret key file we wrote', () => {
    const ws = workspace();
    const { publicKey, secretKey } = generateMinisignKeyPair();
    ws.write('ours.key', secretKeyFileText(secretKey));
    ws.write('ours.pub', publicKeyFileText(publicKey));
    ws.write('m', message);
    ws.run('minisign', ['-S', '-s', 'ours.key', '-m', 'm', '-t', 'from our key']);
    expect(verifyMinisign(message, ws.readText('m.minisig'), publicKey)).toEqual({
      ok: true,
      trustedComment: 'from our key',
    });
    expect(ws.run('minisign', ['-Vm', 'm', '-p', 'ours.pub'])).toContain('from our key');
  });
});

import { describe, expect, it } from 'vitest';
import { utf8 } from '@shared/bundle/bytes';
import {
  ageIdentityFileText,
  decryptWithIdentities,
  encryptForRecipients,
  generateAgeKeyPair,
  parseAgeIdentityFile,
  recipientOf,
} from '@shared/bundle/age';
import { workspace } from './tools';

const plain = utf8('ข้อมูลอาสาสมัคร '.repeat(5000));

describe('age interop', () => {
  it('age -d opens what we encrypt, with the identity file we write', async () => {
    const ws = workspace();
    const pair = await generateAgeKeyPair();
    ws.write('key.txt', ageIdentityFileText(pair, new Date()));
    ws.write('b.age', await encryptForRecipients(plain, [pair.recipient]));
    ws.run('age', ['-d', '-i', 'key.txt', '-o', 'b.out', 'b.age']);
    expect(ws.read('b.out')).toEqual(plain);
    expect(ws.run('age-keygen', ['-y', 'key.txt']).trim()).toBe(pair.recipient);
  });

  it('we open what age -e encrypts to a key from age-keygen', async () => {
    const ws = workspace();
    ws.run('age-keygen', ['-o', 'key.txt']);
    const identities = parseAgeIdentityFile(ws.readText('key.txt'));
    const recipient = ws.readText('key.txt').match(/# public key: (age1\S+)/)![1]!;
    expect(await recipientOf(identities[0]!)).toBe(recipient);
    ws.write('b.out', plain);
    ws.run('age', ['-e', '-r', recipient, '-o', 'b.age', 'b.out']);
    expect(await decryptWithIdentities(ws.read('b.age'), identities)).toEqual(plain);
  });

  it('says no identity matches a file age encrypted to someone else', async () => {
    const ws = workspace();
    ws.run('age-keygen', ['-o', 'other.txt']);
    const recipient = ws.readText('other.txt').match(/# public key: (age1\S+)/)![1]!;
    ws.write('b.out', plain);
    ws.run('age', ['-e', '-r', recipient, '-o', 'b.age', 'b.out']);
    const mine = await generateAgeKeyPair();
    await expect(decryptWithIdentities(ws.read('b.age'), [mine.identity])).rejects.toMatchObject({
      code: 'bundle.age.no-identity',
    });
  });
});

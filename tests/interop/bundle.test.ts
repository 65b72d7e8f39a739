import { statSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ageIdentityFileText, generateAgeKeyPair, parseAgeIdentityFile } from '@shared/bundle/age';
import { sha256Hex, utf8 } from '@shared/bundle/bytes';
import {
  generateMinisignKeyPair,
  parsePublicKey,
  publicKeyFileText,
} from '@shared/bundle/minisign';
import { verifyBundle } from '@shared/bundle/read-bundle';
import { writeBundle } from '@shared/bundle/write-bundle';
import { sampleFields, sampleTables } from '../unit/shared/bundle/bundle-fixture';
import { workspace } from './tools';

describe('bundle interop', () => {
  it('a bundle we write checks by hand with age, unzip, minisign and sha256sum', async () => {
    const ws = workspace();
    const signing = generateMinisignKeyPair();
    const department = await generateAgeKeyPair();
    const photo = utf8('\xff\xd8 a scanned certificate');
    const written = await writeBundle({
      manifestFields: sampleFields(),
      tables: sampleTables(),
      files: [photo],
      secretKey: signing.secretKey,
      recipients: [department.recipient],
    });
    ws.write(written.fileName, written.bytes);
    ws.write('dsdw.key', ageIdentityFileText(department, new Date()));
    ws.write('C6501-1.pub', publicKeyFileText(signing.publicKey));

    ws.run('age', ['-d', '-i', 'dsdw.key', '-o', 'b.zip', written.fileName]);
    expect(ws.run('unzip', ['-t', 'b.zip'])).toContain('No errors detected');
    ws.run('unzip', ['-q', 'b.zip', '-d', 'out']);
    const verified = ws.run('minisign', ['-Vm', 'out/manifest.json', '-p', 'C6501-1.pub']);
    expect(verified).toContain(
      `Trusted comment: opm-bundle v1 C6501-1 42 ${sha256Hex(ws.read('out/manifest.json'))}`,
    );
    const manifest = JSON.parse(ws.readText('out/manifest.json')) as typeof written.manifest;
    expect(manifest.entries).toHaveLength(3);
    for (const entry of manifest.entries) {
      const [hash] = ws.run('sha256sum', [`out/${entry.path}`]).split(' ');
      expect(hash, entry.path).toBe(entry.sha256);
      expect(statSync(ws.path(`out/${entry.path}`)).size).toBe(entry.bytes);
    }
    expect(ws.readText('out/data/volunteers.ndjson').split('\n')).toHaveLength(4);
  });

  it('verifyBundle accepts a bundle built by hand with python3 zipfile, minisign and age', async () => {
    const ws = workspace();
    ws.run('minisign', ['-G', '-W', '-p', 'issuer.pub', '-s', 'issuer.key']);
    ws.run('age-keygen', ['-o', 'me.key']);
    const recipient = ws.readText('me.key').match(/# public key: (age1\S+)/)![1]!;
    const publicKey = parsePublicKey(ws.readText('issuer.pub'));
    ws.write('build.py', handBuilt);
    ws.run('python3', ['build.py', publicKey.keyId, recipient]);

    const read = await verifyBundle(ws.read('C6501-1-000001-20261122.opmb'), {
      trust: (issuer) => (issuer === 'C6501-1' ? publicKey : null),
      identities: parseAgeIdentityFile(ws.readText('me.key')),
    });
    expect(read.encrypted).toBe(true);
    expect(read.manifest.sequence).toBe(1);
    expect(read.tables.volunteers!.map((r) => r.firstName)).toEqual(['สมใจ', 'สมศรี']);
    expect(Object.keys(read.files)).toHaveLength(1);
  });
});

/** Builds a bundle from the contract alone, with the standard tools. */
const handBuilt = String.raw`
import hashlib, json, subprocess, sys, zipfile
key_id, recipient = sys.argv[1], sys.argv[2]
def rec(n, name):
    return {"id": "00000000-0000-4000-8000-00000000000%d" % n, "owner": "C6501",
            "vv": {"C6501-1": n}, "updatedAt": "2026-11-20T03:00:00.000Z",
            "updatedBy": "C6501-1", "deletedAt": None, "firstName": name}
table = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in [rec(1, "สมใจ"), rec(2, "สมศรี")]).encode()
photo = b"\xff\xd8 photo bytes"
ph = hashlib.sha256(photo).hexdigest()
manifest = {
    "format": "opm-bundle", "version": 1, "kind": "records", "issuer": "C6501-1",
    "organisation": "C6501", "recipient": "DSDW", "sequence": 1, "previous": None,
    "createdAt": "2026-11-22T09:30:00.000Z", "since": 0, "upTo": 2, "acks": {},
    "keyId": key_id,
    "entries": [
        {"path": "data/volunteers.ndjson", "sha256": hashlib.sha256(table).hexdigest(),
         "bytes": len(table), "records": 2},
        {"path": "files/" + ph, "sha256": ph, "bytes": len(photo)},
    ],
}
mbytes = json.dumps(manifest, ensure_ascii=False).encode()
open("manifest.json", "wb").write(mbytes)
comment = "opm-bundle v1 C6501-1 1 " + hashlib.sha256(mbytes).hexdigest()
subprocess.run(["minisign", "-S", "-s", "issuer.key", "-m", "manifest.json", "-t", comment], check=True)
with zipfile.ZipFile("b.zip", "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr("manifest.json", mbytes)
    z.write("manifest.json.minisig")
    z.writestr("data/volunteers.ndjson", table)
    z.writestr(zipfile.ZipInfo("files/" + ph), photo, compress_type=zipfile.ZIP_STORED)
subprocess.run(["age", "-e", "-r", recipient, "-o", "C6501-1-000001-20261122.opmb", "b.zip"], check=True)
`;

// opm-bundle inspect: prints a bundle's manifest.json and its entries, without checking the signature.
import { sha256Hex } from '../../../shared/bundle/bytes';
import { MANIFEST_PATH, parseManifest } from '../../../shared/bundle/manifest';
import { extractZipEntry, readZipDirectory } from '../../../shared/bundle/zip-read';
import { isUserFacingError } from '../../../shared/errors';
import { onePositional, openBundleFile, parseCommand, readIdentities, readPassword } from './io';

export async function inspect(args: string[]): Promise<number> {
  const { values, positionals } = parseCommand('inspect', args, {
    identity: { type: 'string', multiple: true },
    'password-file': { type: 'string' },
  });
  const file = onePositional('inspect', positionals, 'bundle file');
  const password = readPassword(values['password-file']);
  const { zip, encrypted } = await openBundleFile(
    file,
    await readIdentities(values.identity, password),
  );
  const directory = readZipDirectory(zip);
  let status = 0;
  const manifestEntry = directory.find((entry) => entry.name === MANIFEST_PATH);
  if (!manifestEntry) {
    console.error(`${file}: manifest.json is missing`);
    status = 1;
  } else {
    try {
      const manifest = parseManifest(extractZipEntry(zip, manifestEntry));
      console.log(JSON.stringify(manifest, null, 2));
    } catch (error) {
      if (!isUserFacingError(error)) throw error;
      console.error(`${file}: ${error.text.en}`);
      status = 1;
    }
  }
  console.log(`\n${directory.length} entries (${encrypted ? 'age-encrypted' : 'plain'} ZIP):`);
  console.log('path\tbytes\tsha256');
  for (const entry of directory) {
    const data = extractZipEntry(zip, entry);
    console.log(`${entry.name}\t${data.length}\t${sha256Hex(data)}`);
  }
  return status;
}

// The usage text of opm-bundle, and the error that means "called the wrong way" (exit 2).

export class UsageError extends Error {
  override readonly name = 'UsageError';
}

export const USAGE = `usage: opm-bundle <command> ...

  keygen --installation ID --out DIR [--password-file F]
      Writes ID.minisign.pub, ID.minisign.key, ID.age.pub (the recipient line) and ID.age.key,
      for use with this tool and the minisign and age tools. With --password-file, the secret keys
      are protected by the password on F's first line, in minisign's own format (minisign -S asks
      for it) and as an age passphrase-encrypted file (age -d -i ID.age.key asks for it); deriving
      the key from the password takes a few seconds and 1 GiB of memory, as minisign does. Without
      it they are written unprotected (age-keygen's format, mode 600).

  enrolment --installation ID --organisation-name NAME --keys DIR [--out DIR]
      Writes ID.opm-enrolment.json (the installation's public keys, for the department's keyring)
      from DIR/ID.minisign.pub and DIR/ID.age.pub, into --out (default: the keys' folder), and
      prints the fingerprint to read aloud to the department on the phone.

  verify FILE (--keyring K.json | --department-keys D.json | --trust ID.minisign.pub)
         [--identity ID.age.key ...] [--password-file F]
      Checks a bundle completely (bundle-format.md). Exit 0 and a summary when it is valid, 1 and
      the reason when it is not, 2 when called the wrong way. --department-keys trusts only the
      department's installations in the department's public-keys file (for a keyring bundle).
      With --trust, the issuer must be the installation whose id is the key file's name before
      ".minisign.pub".

  inspect FILE [--identity ID.age.key ...] [--password-file F]
      Prints manifest.json and the entries found in the archive (path, bytes, sha256). It does not
      check the signature: use verify for that.

  pack DIR --issuer ID --key ID.minisign.key (--recipient R.age.pub ... | --plain) --out FILE
       [--password-file F] [--sequence N] [--previous SHA256] [--to ORG] [--kind records|keyring]
       [--since N] [--up-to N] [--created-at ISO-TIME]
      Builds a bundle from DIR/<table>.ndjson (each sorted by id) and DIR/files/* (attachments).
      --recipient takes an age recipient file or an age1... line; repeat it, and include the
      sender's own recipient so it can re-read what it sent. --plain writes an unencrypted bundle,
      which the contract allows only for a keyring. If FILE is a directory, the bundle gets its
      contract name there. Defaults: the organisation is the issuer's; --to DSDW; --kind records
      (keyring with --plain); --sequence 1; --previous null for sequence 1 (required above it: the
      SHA-256 of the manifest.json of the issuer's bundle N-1); --since 0 (a full export);
      --up-to the number of records packed; acks {}; --created-at now.

  certificate --keyring K.json [--text TEXT]
      Checks a certificate's QR text (OPM-C1:...), given with --text or on stdin, against a keyring
      or the department's public-keys file, and prints the facts it states. Exit 0 and "valid" when
      the issuing installation's key signed exactly these facts and was not revoked before the issue
      date, 1 and the reason when not, 2 when called the wrong way.

  --password-file F opens password-protected --key and --identity files (as keygen writes them,
  or minisign -G and age -p do) with the password on F's first line. A protected key without
  --password-file exits 2; a wrong password exits 1.
`;

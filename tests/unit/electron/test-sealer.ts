// Stands in for the operating system's keystore in tests: AES-256-GCM under a key only this sealer
// knows, so what one sealer sealed another cannot open.
import { createCipheriv, createDecipheriv, randomBytes } from 'node:crypto';
import type { Sealer } from '../../../electron/services/key-store';

export function aesGcmSealer(backend = 'gnome_libsecret', isAvailable = true): Sealer {
  const key = randomBytes(32);
  return {
    isEncryptionAvailable: () => isAvailable,
    backend: () => backend,
    encryptString(text) {
      const iv = randomBytes(12);
      const cipher = createCipheriv('aes-256-gcm', key, iv);
      const body = Buffer.concat([cipher.update(text, 'utf8'), cipher.final()]);
      return Buffer.concat([iv, cipher.getAuthTag(), body]);
    },
    decryptString(sealed) {
      const decipher = createDecipheriv('aes-256-gcm', key, sealed.subarray(0, 12));
      decipher.setAuthTag(sealed.subarray(12, 28));
      return Buffer.concat([decipher.update(sealed.subarray(28)), decipher.final()]).toString();
    },
  };
}

// Electron's safeStorage as the key store's sealer: the operating system's keystore (DPAPI on
// Windows, the Keychain on macOS, libsecret or KWallet on Linux).
import { safeStorage } from 'electron';
import type { Sealer } from '../services/key-store';

export const safeStorageSealer: Sealer = {
  isEncryptionAvailable: () => safeStorage.isEncryptionAvailable(),
  // Only Linux chooses among backends; elsewhere the operating system's own keystore is always used.
  backend: () =>
    process.platform === 'linux' ? safeStorage.getSelectedStorageBackend() : 'os_keystore',
  encryptString: (text) => safeStorage.encryptString(text),
  decryptString: (sealed) => safeStorage.decryptString(sealed),
};

// The keys area: this installation's key pairs, made, used and backed up by the key store.
import type { KeyStore } from '../services/key-store';
import type { AreaHandlers } from './handlers';

export function keysHandlers(store: KeyStore): AreaHandlers {
  return {
    'keys:create': ({ installationId, replace }) => store.create(installationId, replace ?? false),
    'keys:public': () => store.publicKeys(),
    'keys:sign': async ({ message, trustedComment }) => ({
      signature: await store.sign(message, trustedComment),
    }),
    'keys:file-key': async ({ header }) => ({ fileKey: await store.fileKey(header) }),
    'keys:backup': ({ password }) => store.backup(password),
    'keys:restore': ({ installationId, minisignKey, ageKey, password }) =>
      store.restore(installationId, { minisignKey, ageKey }, password),
  };
}

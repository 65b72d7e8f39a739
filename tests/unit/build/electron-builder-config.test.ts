import { describe, expect, it } from 'vitest';
import { createRequire } from 'node:module';
import { resolve } from 'node:path';

// electron-builder's own loader and validator (CommonJS; the helpers live under out/).
const require = createRequire(import.meta.url);
const { getConfig, validateConfiguration } = require('app-builder-lib/out/util/config/config') as {
  getConfig(dir: string, path: string, options: null): Promise<Record<string, unknown>>;
  validateConfiguration(config: unknown, logger: unknown): Promise<void>;
};
const { DebugLogger } = require('builder-util') as {
  DebugLogger: new (enabled: boolean) => unknown;
};

const root = resolve(import.meta.dirname, '../../..');

describe('the installer configuration', () => {
  it('passes electron-builder’s own schema', async () => {
    const config = await getConfig(root, resolve(root, 'build/electron-builder.yml'), null);
    await expect(validateConfiguration(config, new DebugLogger(false))).resolves.toBeUndefined();
  });

  it('sets the fuses that close Node and debugging doors', async () => {
    const config = await getConfig(root, resolve(root, 'build/electron-builder.yml'), null);
    expect(config.electronFuses).toMatchObject({
      runAsNode: false,
      enableNodeOptionsEnvironmentVariable: false,
      enableNodeCliInspectArguments: false,
      enableEmbeddedAsarIntegrityValidation: true,
      onlyLoadAppFromAsar: true,
    });
  });

  it('builds NSIS for Windows and AppImage and deb for Linux', async () => {
    const config = await getConfig(root, resolve(root, 'build/electron-builder.yml'), null);
    const win = config.win as { target: { target: string }[] };
    const linux = config.linux as { target: string[] };
    expect(win.target.map((t) => t.target)).toEqual(['nsis']);
    expect(linux.target).toEqual(['AppImage', 'deb']);
  });
});

import { describe, expect, it } from 'vitest';
import { isPermissionAllowed } from '../../../electron/services/permissions';

const ours = 'app://opm-centre/#/training/rounds/1/check-in';

describe('the permissions a window may have', () => {
  it('lets our own pages use the camera', () => {
    expect(isPermissionAllowed({ permission: 'media', url: ours, mediaTypes: ['video'] })).toBe(
      true,
    );
  });

  it('refuses the microphone, alone or with the camera', () => {
    expect(isPermissionAllowed({ permission: 'media', url: ours, mediaTypes: ['audio'] })).toBe(
      false,
    );
    expect(
      isPermissionAllowed({ permission: 'media', url: ours, mediaTypes: ['video', 'audio'] }),
    ).toBe(false);
  });

  it('refuses a media request that does not say what it wants', () => {
    expect(isPermissionAllowed({ permission: 'media', url: ours, mediaTypes: [] })).toBe(false);
  });

  it('refuses the camera to any other page, look-alike hosts included', () => {
    for (const url of [
      'https://example.org/',
      'app://opm-centre.evil/',
      'file:///tmp/x.html',
      '',
    ]) {
      expect(isPermissionAllowed({ permission: 'media', url, mediaTypes: ['video'] })).toBe(false);
    }
  });

  it('refuses every other permission', () => {
    for (const permission of ['notifications', 'geolocation', 'openExternal', 'clipboard-read']) {
      expect(isPermissionAllowed({ permission, url: ours, mediaTypes: ['video'] })).toBe(false);
    }
  });
});

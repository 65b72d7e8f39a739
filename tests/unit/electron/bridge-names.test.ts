import { describe, expect, it } from 'vitest';
import { bridgedChannels, bridgedEvents, isBridgedChannel } from '../../../electron/bridge-names';
import { hostChannels } from '../../../shared/host';

describe('the names the preload lets through', () => {
  it('are exactly the channels of the host contract', () => {
    expect([...bridgedChannels].sort()).toEqual([...hostChannels].sort());
    expect(bridgedEvents).toEqual(['app:open-file']);
  });

  it('refuse anything else, including names inherited from Object', () => {
    for (const name of ['keys:export-secret', 'toString', '__proto__', 42, null]) {
      expect(isBridgedChannel(name)).toBe(false);
    }
  });
});

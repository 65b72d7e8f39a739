import { describe, expect, it } from 'vitest';
import { isTrustedSender } from '../../../electron/ipc/sender';

const from = (url: string) => ({ senderFrame: { url } });

describe('isTrustedSender', () => {
  it('trusts pages of our own origin', () => {
    expect(isTrustedSender(from('app://opm-centre/'))).toBe(true);
    expect(isTrustedSender(from('app://opm-centre/index.html#/print/volunteers'))).toBe(true);
  });

  it.each([
    ['a web page', 'https://example.org/'],
    ['a look-alike host', 'app://opm-centre.example.org/'],
    ['a host hidden behind user information', 'app://opm-centre@example.org/'],
    ['user information before our host', 'app://user@opm-centre/'],
    ['another app host', 'app://other/'],
    ['a file', 'file:///home/user/evil.html'],
    ['a blank page', 'about:blank'],
    ['a data URL', 'data:text/html,<script></script>'],
    ['an empty URL', ''],
  ])('refuses %s', (_case, url) => {
    expect(isTrustedSender(from(url))).toBe(false);
  });

  it('refuses a call whose frame is gone', () => {
    expect(isTrustedSender({ senderFrame: null })).toBe(false);
  });
});

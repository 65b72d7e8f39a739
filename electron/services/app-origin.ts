// Where the app's own pages live: the privileged app:// scheme and the one host it answers for.
export const appScheme = 'app';
export const appHost = 'opm-centre';
export const appOrigin = `${appScheme}://${appHost}`;

/** True when the URL is a page of our own origin (app://opm-centre/…), not a look-alike host. */
export function isAppUrl(url: string | null | undefined): boolean {
  if (typeof url !== 'string') return false;
  try {
    const parsed = new URL(url);
    return (
      parsed.protocol === `${appScheme}:` &&
      parsed.host.toLowerCase() === appHost &&
      parsed.username === '' &&
      parsed.password === ''
    );
  } catch {
    return false;
  }
}

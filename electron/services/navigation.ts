// Which links may leave the app: only web pages, opened in the user's browser, never in our window.

/** The URL to hand to the system browser, or null for anything that is not http(s). */
export function externalLinkFor(url: string): string | null {
  try {
    const parsed = new URL(url);
    const isWeb = parsed.protocol === 'https:' || parsed.protocol === 'http:';
    return isWeb && parsed.username === '' && parsed.password === '' ? parsed.href : null;
  } catch {
    return null;
  }
}

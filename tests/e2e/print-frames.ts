// The frames the web host adds to print a route, recorded as they are added: each is removed a
// second after its print dialog opens, which may be before an assertion looks for it.
import { expect, type Page } from '@playwright/test';

type PrintFrame = { title: string; src: string };
type Recording = { printFrames?: PrintFrame[] };

/** Starts recording the print frames of the page as it is now (a reload stops it). */
export async function recordPrintFrames(page: Page): Promise<void> {
  await page.evaluate(() => {
    const seen: { title: string; src: string }[] = [];
    (window as Recording).printFrames = seen;
    new MutationObserver((changes) => {
      for (const change of changes)
        for (const node of change.addedNodes)
          if (node instanceof HTMLIFrameElement) seen.push({ title: node.title, src: node.src });
    }).observe(document.body, { childList: true });
  });
}

/** Waits until a frame so titled has been added to print a route that `route` matches. */
export async function expectPrinted(page: Page, title: RegExp, route: RegExp): Promise<void> {
  await expect
    .poll(async () => {
      const frames = await page.evaluate(() => (window as Recording).printFrames ?? []);
      return frames.some((f) => title.test(f.title) && route.test(f.src));
    })
    .toBe(true);
}

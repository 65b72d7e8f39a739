// Files in and out of the app in a browser: downloads kept in the test's output, file choosers
// answered, and a browser profile of its own for each installation.
import { test, type Browser, type Page } from '@playwright/test';

/** Runs `act` and returns the path of the file it downloads. */
export async function downloaded(page: Page, act: () => Promise<void>): Promise<string> {
  const [download] = await Promise.all([page.waitForEvent('download'), act()]);
  const path = test.info().outputPath(download.suggestedFilename());
  await download.saveAs(path);
  return path;
}

/** Clicks `button` and gives the file chooser it opens these files. */
export async function chooseFiles(page: Page, button: string, files: string[]): Promise<void> {
  const [chooser] = await Promise.all([
    page.waitForEvent('filechooser'),
    page.getByRole('button', { name: button }).click(),
  ]);
  await chooser.setFiles(files);
}

/** A page in a browser context of its own: its own IndexedDB, so its own installation and keys. */
export async function newInstallation(browser: Browser): Promise<Page> {
  return (await browser.newContext()).newPage();
}

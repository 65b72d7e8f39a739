// The frame of the app after setup: menu, language switch, main content.
import type { Page } from '@playwright/test';

export class Shell {
  constructor(private readonly page: Page) {}

  menu() {
    return this.page.getByRole('navigation');
  }

  async switchLanguage(label: 'ไทย' | 'English'): Promise<void> {
    await this.page.getByRole('banner').getByText(label, { exact: true }).click();
  }

  async goTo(item: string): Promise<void> {
    await this.menu().getByRole('link', { name: item }).click();
  }
}

import AxeBuilder from '@axe-core/playwright';
import { expect, type Page } from '@playwright/test';

/** The password of every demo account (src/server/demo). */
export const demoPassword = 'Westhoek-demo-2026';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/** axe on the page as it is now, WCAG 2.2 AA: the list of violations must be empty (one line each, to read in the report). */
export const expectNoAxeViolations = async (page: Page): Promise<void> => {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  expect(summary).toEqual([]);
};

/** Fills in the login form and sends it; what comes next (start page, second factor) is the caller's to check. */
export const submitLogin = async (page: Page, email: string, password = demoPassword): Promise<void> => {
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
};

/** Logs in and waits for the start page's greeting. */
export const logIn = async (page: Page, email: string, password = demoPassword): Promise<void> => {
  await submitLogin(page, email, password);
  await expect(page.getByRole('heading', { level: 1, name: /^Goedendag/ })).toBeVisible();
};

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const password = 'Westhoek-demo-2026';
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const expectNoAxeViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  expect(summary).toEqual([]);
};

const logIn = async (page: Page, role: string) => {
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill(`${role}@westhoek.demo`);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Goedendag/ })).toBeVisible();
};

test('a coordinator finds a failed job under "Taken", retries it, and sees the real runner fail it again with a clear error', async ({ page }) => {
  await logIn(page, 'coordinator');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Taken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Taken' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'journey.undeliverable' });
  await expect(row).toContainText('Connection refused by the mail server');
  await expect(row).toContainText('3 van 3');
  await expectNoAxeViolations(page);

  await row.getByRole('button', { name: /^Opnieuw proberen/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De taak journey.undeliverable staat opnieuw in de wachtrij.' })).toBeVisible();
  await expect(page.getByText('Er zijn geen mislukte taken. Alles loopt zoals het hoort.')).toBeVisible();
  await expectNoAxeViolations(page);

  // The server's job runner claims it within its poll interval; no server knows this kind, so it fails at once.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('row').filter({ hasText: 'journey.undeliverable' })).toContainText('Unknown job kind "journey.undeliverable"', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('row').filter({ hasText: 'journey.undeliverable' })).toContainText('1 van 1');
});

test('roles outside the policy get no "Taken" menu item, and the page tells them so', async ({ page }) => {
  await logIn(page, 'finance');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Taken' })).toHaveCount(0);
  await page.goto('/beheer/taken');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await expectNoAxeViolations(page);
});

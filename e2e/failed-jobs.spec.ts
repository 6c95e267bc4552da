import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, logIn } from './support';

test('a coordinator finds a failed job under "Taken", retries it, and sees the real runner fail it again with a clear error', async ({ page }) => {
  await logIn(page, 'coordinator@westhoek.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Taken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Taken' })).toBeVisible();
  const row = page.getByRole('row').filter({ hasText: 'journey.undeliverable' });
  await expect(row).toContainText('Connection refused by the mail server');
  await expect(row).toContainText('3 van 3');
  await expectNoAxeViolations(page);

  await row.getByRole('button', { name: /^Opnieuw proberen/ }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De taak journey.undeliverable staat opnieuw in de wachtrij.' })).toBeVisible();
  // The runner may claim and fail it again before the list reloads, so the empty list is not waited for here.
  await expectNoAxeViolations(page);

  // The server's job runner claims it within its poll interval; no server knows this kind, so it fails at once.
  await expect(async () => {
    await page.reload();
    await expect(page.getByRole('row').filter({ hasText: 'journey.undeliverable' })).toContainText('Unknown job kind "journey.undeliverable"', { timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('row').filter({ hasText: 'journey.undeliverable' })).toContainText('1 van 1');
});

test('roles outside the policy get no "Taken" menu item, and the page tells them so', async ({ page }) => {
  await logIn(page, 'finance@westhoek.demo');
  await expect(page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Taken' })).toHaveCount(0);
  await page.goto('/beheer/taken');
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  await expectNoAxeViolations(page);
});

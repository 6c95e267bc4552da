import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, logIn } from './support';

test('a coordinator opens Berichten, filters on failed messages, opens one and sends it again', async ({ page }) => {
  await logIn(page, 'coordinator@westhoek.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Berichten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: /berichten gevonden/ })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Status').selectOption({ label: 'Mislukt' });
  await expect(page).toHaveURL(/status=failed/);
  await expect(page.getByRole('status').filter({ hasText: '1 bericht gevonden' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ornella Declercq' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Ornella Declercq' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Toeleiding niet aanvaard: Bart Vandamme' })).toBeVisible();
  await expect(page.getByText('E-mail not accepted: SMTP 451')).toBeVisible();
  await expect(page.getByText(/Bart koos voor een opleiding bij de VDAB/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Opnieuw versturen' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het bericht staat opnieuw in de wachtrij.' })).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opnieuw versturen' })).toBeHidden();
  await expectNoAxeViolations(page);

  // This demo server has no mail server: the job runner keeps the message in the outbox and says why.
  await expect(async () => {
    await page.reload();
    await expect(page.getByText('Niet verzonden: geen mailserver ingesteld')).toBeVisible({ timeout: 1000 });
  }).toPass({ timeout: 20_000 });
  await expect(page.getByRole('button', { name: 'Opnieuw versturen' })).toBeVisible();
});

test('Berichten fits a phone: the list scrolls within its table, not the page', async ({ page }) => {
  await page.setViewportSize({ width: 320, height: 740 });
  await logIn(page, 'coordinator@westhoek.demo');
  await page.goto('/berichten');
  await expect(page.getByRole('heading', { level: 1, name: 'Berichten' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Ornella Declercq' }).first()).toBeVisible();
  const overflow = await page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
  expect(overflow).toBeLessThanOrEqual(0);
  await expectNoAxeViolations(page);
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, submitLogin } from './support';

test.use({ viewport: { width: 360, height: 780 } });

test('the demo client contact asks for a klusje on a phone, sees it as nieuw in Mijn aanvragen; a refused activity shows its reason', async ({ page }) => {
  await submitLogin(page, 'client@westhoek.demo');
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn klusjes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn klusjes' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Prijs van een wijk-werkcheque' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Klusje aanvragen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Klusje aanvragen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel('Welk klusje?').selectOption({ label: 'Hagen snoeien' });
  await page.getByLabel('Vertel kort wat er moet gebeuren').fill('De haag vooraan snoeien.');
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expect(page.getByRole('list', { name: /./ }).filter({ hasText: 'R15' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Welk klusje?').selectOption({ label: 'Gras maaien' });
  await page.getByLabel('Vertel kort wat er moet gebeuren').fill('Het gras in de achtertuin maaien.');
  await page.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn klusjes' })).toBeVisible();
  // The demo household already asked for mowing once; the newest request is listed first.
  const request = page
    .getByRole('listitem')
    .filter({ has: page.getByRole('link', { name: 'Gras maaien' }) })
    .first();
  await expect(request.getByText('nieuw')).toBeVisible();
  await expectNoAxeViolations(page);

  await request.getByRole('link', { name: 'Gras maaien' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gras maaien' })).toBeVisible();
  await expect(page.getByText('Het gras in de achtertuin maaien.')).toBeVisible();
  await expectNoAxeViolations(page);
});

import { expect, test } from '@playwright/test';
import { expectNoAxeViolations, logIn } from './support';

// Only the demo participant Koen Lannoo is changed here, so the other specs meet the demo data they expect.
test('a coordinator corrects a participant after intake; a Brussels address is refused with rule R1', async ({ page }) => {
  await logIn(page, 'coordinator@westhoek.demo');

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Wijk-werkers' }).click();
  await page.getByLabel('Zoek op naam').fill('Lannoo');
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('link', { name: 'Lannoo Koen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Koen Lannoo' })).toBeVisible();
  await page.getByRole('link', { name: 'Gegevens wijzigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gegevens van Koen Lannoo wijzigen' })).toBeVisible();
  await expect(page).toHaveURL(/\/wijk-werkers\/[0-9a-f-]+\/bewerken$/);
  await expect(page.getByLabel('Rijksregisternummer')).toHaveCount(0);
  await expectNoAxeViolations(page);

  const postcode = page.getByLabel('Postcode');
  const originalPostcode = await postcode.inputValue();
  await postcode.fill('1000');
  await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  const alert = page.getByRole('alert');
  await expect(alert.getByRole('list', { name: 'Waarom bewaren niet kan' })).toContainText('Regel R1');
  await expect(alert).toContainText('De woonplaats ligt niet in het Vlaams Gewest (postcode 1000).');
  await expect(postcode).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);

  await postcode.fill(originalPostcode);
  await page.getByLabel('Telefoonnummer (niet verplicht)').fill('0471 23 45 67');
  await page.getByRole('button', { name: 'Wijzigingen bewaren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Koen Lannoo' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'De gegevens zijn bewaard.' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gegevens' }).getByRole('link', { name: '0471 23 45 67' })).toBeVisible();
});

import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Page } from '@playwright/test';

const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const expectNoAxeViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  expect(summary).toEqual([]);
};

// Only the demo participant Koen Lannoo is changed here, so the other specs meet the demo data they expect.
test('a coordinator corrects a participant after intake; a Brussels address is refused with rule R1', async ({ page }) => {
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill('coordinator@westhoek.demo');
  await page.getByLabel('Wachtwoord', { exact: true }).fill('Westhoek-demo-2026');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Goedendag/ })).toBeVisible();

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

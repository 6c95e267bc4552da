import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Locator, type Page } from '@playwright/test';

const password = 'Westhoek-demo-2026';
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

const expectNoAxeViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  expect(summary).toEqual([]);
};

// React Aria draws the radio; the input itself is visually hidden, so the label is what a person clicks.
const tick = async (control: Locator) => {
  await control.locator('xpath=ancestor::label[1]').click();
  await expect(control).toBeChecked();
};

const logIn = async (page: Page, role: string) => {
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill(`${role}@westhoek.demo`);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Goedendag/ })).toBeVisible();
};

test('a coordinator records a klusje, sees why an activity is refused, and takes it into matching', async ({ page }) => {
  await logIn(page, 'coordinator');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Klusjes' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Klusjes' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Gras maaien' }).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Nieuw klusje' }).click();
  await page.getByLabel('Zoek de gebruiker').fill('Debaene');
  await page.getByLabel('Gebruiker', { exact: true }).selectOption({ label: 'Marie-Jeanne Debaene (Poperinge)' });
  await page.getByLabel('Activiteit').selectOption({ label: 'Hagen snoeien (Klein tuinonderhoud)' });
  await page.getByLabel('Wat moet er gebeuren?').fill('De haag langs de straat snoeien.');
  await page.getByLabel('Datum').fill('2026-12-16');
  await page.getByLabel('Van', { exact: true }).fill('09:00');
  await page.getByLabel('Tot', { exact: true }).fill('12:00');
  await page.getByLabel('Hoe lang per keer (minuten)').fill('120');
  await page.getByRole('button', { name: 'Klusje bewaren' }).click();
  await expect(page.getByText('De gemeente van de werkplaats koos deze activiteit niet (op die datum).')).toBeVisible();
  await expect(page.getByText(/R15/).first()).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('Activiteit').selectOption({ label: 'Bloemperken onderhouden (Klein tuinonderhoud)' });
  await page.getByRole('button', { name: 'Klusje bewaren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Bloemperken onderhouden' })).toBeVisible();
  await expect(page.getByText('Nieuw', { exact: true })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Wijk-werker zoeken' }).click();
  await expect(page.getByText('De stap is bewaard.')).toBeVisible();
  await expect(page.locator('.status-tag')).toHaveText('Wijk-werker zoeken');
  await expect(page.getByRole('heading', { level: 2, name: 'Kandidaten' })).toBeVisible();
  await expectNoAxeViolations(page);
});

test('on a 360 px phone the klusjes list reads as cards and a weekly request can be recorded', async ({ page }) => {
  await page.setViewportSize({ width: 360, height: 740 });
  await logIn(page, 'coordinator');
  await page.goto('/klusjes/nieuw');
  await page.getByLabel('Zoek de gebruiker').fill('Klimop');
  await page.getByLabel('Gebruiker', { exact: true }).selectOption({ index: 1 });
  await page.getByLabel('Activiteit').selectOption({ label: 'Busbegeleiding (Ondersteuning en hulp bij de begeleiding van personen)' });
  await page.getByLabel('Wat moet er gebeuren?').fill('Begeleiding op de schoolbus, ’s ochtends.');
  await tick(page.getByRole('radio', { name: 'Elke week' }));
  await page.getByLabel('Dag', { exact: true }).selectOption({ label: 'maandag' });
  await page.getByLabel('Van', { exact: true }).fill('07:30');
  await page.getByLabel('Tot', { exact: true }).fill('08:30');
  await page.getByLabel('Eerste dag').fill('2027-01-04');
  await page.getByLabel(/^Laatste dag/).fill('2026-12-01');
  await page.getByLabel('Hoe lang per keer (minuten)').fill('60');
  await page.getByRole('button', { name: 'Klusje bewaren' }).click();
  await expect(page.getByText('De laatste dag ligt voor de eerste dag.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByLabel(/^Laatste dag/).fill('2027-06-30');
  await page.getByRole('button', { name: 'Klusje bewaren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Busbegeleiding' })).toBeVisible();
  await expectNoAxeViolations(page);
});

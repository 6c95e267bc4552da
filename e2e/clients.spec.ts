import { expect, test, type Locator } from '@playwright/test';
import { expectNoAxeViolations, logIn } from './support';

// React Aria draws the radio; the input itself is visually hidden, so the label is what a person clicks.
const tick = async (control: Locator) => {
  await control.locator('xpath=ancestor::label[1]').click();
  await expect(control).toBeChecked();
};

test('a coordinator registers a school, draws up the agreement, records it signed on paper and marks the fee paid', async ({ page }) => {
  await logIn(page, 'coordinator@westhoek.demo');
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Gebruikers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Gebruikers' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'OCMW Diksmuide' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('link', { name: 'Nieuwe gebruiker', exact: true }).click();
  await tick(page.getByRole('radio', { name: 'School' }));
  await expectNoAxeViolations(page);
  await page.getByLabel('Naam van de organisatie').fill('Sint-Jozefsschool Lo');
  await page.getByLabel('Ondernemingsnummer (KBO)').fill('0555.721.909');
  await page.getByLabel('Straat en nummer').fill('Markt 2');
  await page.getByLabel('Postcode').fill('8647');
  await page.getByLabel('Gemeente of deelgemeente').fill('Lo-Reninge');
  await page.getByRole('button', { name: 'Gebruiker opslaan' }).click();
  await expect(page.getByText('Vul een geldig ondernemingsnummer in')).toBeVisible();
  await page.getByLabel('Ondernemingsnummer (KBO)').fill('0555.721.908');
  await page.getByRole('button', { name: 'Gebruiker opslaan' }).click();

  await expect(page.getByRole('heading', { level: 1, name: 'Sint-Jozefsschool Lo' })).toBeVisible();
  await expect(page.getByText('Nog niet betaald', { exact: true })).toBeVisible();
  await expect(page.getByText(/^\+\+\+\d{3}\/\d{4}\/\d{5}\+\+\+$/)).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Overeenkomst opmaken' }).click();
  await expect(page.getByRole('link', { name: /Open de overeenkomst/ })).toBeVisible();
  await page.getByRole('form', { name: 'Getekend op papier' }).getByRole('button', { name: 'Getekend op papier' }).click();
  await expect(page.getByText(/^Getekend op papier op /)).toBeVisible();

  await page.getByRole('button', { name: 'Betaald', exact: true }).click();
  await expect(page.getByText(/^Betaald op /)).toBeVisible();
  await expect(page.getByText('Alles is in orde: klusjes voor deze gebruiker kunnen gepland worden.')).toBeVisible();
  await expectNoAxeViolations(page);
});

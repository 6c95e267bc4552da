import { expect, test, type Page } from '@playwright/test';
import { demoPassword, expectNoAxeViolations, logIn } from './support';

const adminEmail = 'admin@westhoek.demo';
const weekdays = ['maandag', 'dinsdag', 'woensdag', 'donderdag', 'vrijdag', 'zaterdag', 'zondag'];
const openVeurneAdmin = async (page: Page) => {
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kantoren beheren' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kantoren beheren' })).toBeVisible();
  await page.getByRole('link', { name: 'Wijk-werkkantoor Veurne' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wijk-werkkantoor Veurne' })).toBeVisible();
};

const veurneStatus = (page: Page) => page.getByRole('article', { name: 'Wijk-werkkantoor Veurne' }).getByTestId('office-status');

const saveHours = async (page: Page) => {
  await page.getByRole('button', { name: 'Openingsuren opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'De openingsuren zijn opgeslagen.' })).toBeVisible();
};

test('the login page is accessible, explains a wrong password and works with the keyboard alone', async ({ page }) => {
  await page.goto('/aanmelden');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanmelden' })).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByText('Vul een geldig e-mailadres in, bijvoorbeeld naam@voorbeeld.be.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByLabel('E-mailadres').fill(adminEmail);
  await page.getByLabel('Wachtwoord', { exact: true }).fill('niet-het-wachtwoord');
  await page.getByRole('button', { name: 'Aanmelden' }).click();
  await expect(page.getByRole('alert')).toHaveText(/Het e-mailadres of het wachtwoord klopt niet/);

  // Keyboard only from a fresh page: skip link, e-mail, password, Enter.
  await page.goto('/aanmelden');
  await page.keyboard.press('Tab');
  await expect(page.getByRole('link', { name: 'Ga naar de inhoud' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main')).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('E-mailadres')).toBeFocused();
  await page.keyboard.type(adminEmail);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Wachtwoord', { exact: true })).toBeFocused();
  await page.keyboard.type(demoPassword);
  await page.keyboard.press('Enter');
  const greeting = page.getByRole('heading', { level: 1, name: /^Goedendag/ });
  await expect(greeting).toBeVisible();
  // After a route change focus lands on the new page's title, so a screen reader announces where the person is.
  await expect(greeting).toBeFocused();
});

test('an admin opens Veurne all day, the public page says open, then closes it and the page says closed', async ({ page }) => {
  await logIn(page, adminEmail);
  await openVeurneAdmin(page);
  await expectNoAxeViolations(page);

  // The demo closes Veurne over Christmas; removing its closures makes the journey independent of the date.
  const closureButtons = page.getByRole('list', { name: 'Geplande sluitingsdagen' }).getByRole('button', { name: /^Verwijderen/ });
  while ((await closureButtons.count()) > 0) {
    await closureButtons.first().click();
    const dialog = page.getByRole('alertdialog', { name: 'Sluitingsdagen verwijderen?' });
    await expect(dialog).toBeVisible();
    await expectNoAxeViolations(page);
    await dialog.getByRole('button', { name: 'Ja, verwijderen' }).click();
    await expect(dialog).toBeHidden();
    await expect(page.getByRole('status').filter({ hasText: 'De sluitingsdagen zijn verwijderd.' })).toBeVisible();
  }
  await expect(page.getByText('Er zijn geen sluitingsdagen ingepland.')).toBeVisible();

  // 00:00–24:00 on every day is open whatever the time of day or week the test runs.
  for (const day of weekdays) {
    const opensAt = page.getByLabel(`${day}, tijdslot 1: Opent om`, { exact: true });
    if ((await opensAt.count()) === 0) {
      await page.getByRole('button', { name: `Tijdslot toevoegen op ${day}`, exact: true }).click();
      await expect(opensAt).toBeFocused();
    }
    await opensAt.fill('0u');
    await page.getByLabel(`${day}, tijdslot 1: Sluit om`, { exact: true }).fill('24:00');
  }
  await saveHours(page);
  await expect(page.getByLabel('maandag, tijdslot 1: Opent om', { exact: true })).toHaveValue('00:00');
  await expectNoAxeViolations(page);

  await page.goto('/kantoren/westhoek');
  await expect(page.getByRole('heading', { level: 1, name: 'Kantoren en openingsuren' })).toBeVisible();
  await expect(veurneStatus(page)).toHaveText(/^Nu open/);
  await expect(veurneStatus(page)).toHaveText('Nu open — sluit om middernacht');
  await expect(page.getByRole('article', { name: 'Wijk-werkkantoor Veurne' }).getByRole('link', { name: '058 31 22 40' })).toHaveAttribute('href', 'tel:+3258312240');
  await expectNoAxeViolations(page);

  await page.goto('/');
  await openVeurneAdmin(page);
  for (const day of weekdays) {
    await page.getByRole('button', { name: `Verwijderen tijdslot 1 op ${day}`, exact: true }).click();
  }
  await saveHours(page);

  await page.goto('/kantoren/westhoek');
  await expect(veurneStatus(page)).toHaveText(/^Nu gesloten/);

  // The language choice changes the status wording too, and is remembered across a reload.
  await page.getByRole('button', { name: 'English' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Offices and opening hours' })).toBeVisible();
  await expect(veurneStatus(page)).toHaveText(/^Closed now/);
  await page.reload();
  await expect(page.locator('html')).toHaveAttribute('lang', 'en');
  await expect(veurneStatus(page)).toHaveText(/^Closed now/);
});

test('a coordinator sees only what the role may use, is sent back where they wanted to go, and can log out', async ({ page }) => {
  await page.goto('/beheer/kantoren');
  await expect(page).toHaveURL(/\/aanmelden\?terug=%2Fbeheer%2Fkantoren$/);
  await expect(page.getByText('Meld je aan om verder te gaan.')).toBeVisible();
  await page.getByLabel('E-mailadres').fill('coordinator@westhoek.demo');
  await page.getByLabel('Wachtwoord', { exact: true }).fill(demoPassword);
  await page.getByRole('button', { name: 'Aanmelden' }).click();

  await expect(page).toHaveURL(/\/beheer\/kantoren$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Geen toegang' })).toBeVisible();
  const nav = page.getByRole('navigation', { name: 'Hoofdmenu' });
  await expect(nav.getByRole('link')).toHaveText(['Startpagina', 'Doorverwijzingen', 'Wijk-werkers', 'Gebruikers', 'Klusjes', 'Berichten', 'Taken', 'Planning']);

  await nav.getByRole('link', { name: 'Startpagina' }).click();
  await expect(page.getByRole('heading', { level: 1, name: /^Goedendag/ })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Doorverwijzingen' }).last()).toBeVisible();
  await expect(page.getByRole('heading', { name: 'Je werkruimte is in opbouw' })).toHaveCount(0);
  await expect(page.getByText('Je bent aangemeld als wijk-werkbemiddelaar bij Wijk-werken Westhoek.')).toBeVisible();
  await expectNoAxeViolations(page);

  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/aanmelden$/);
  await page.goto('/');
  await expect(page).toHaveURL(/\/aanmelden$/);
});

test('an admin adds an office, corrects its details and plans a closing day', async ({ page }) => {
  await logIn(page, adminEmail);
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Kantoren beheren' }).click();
  await page.getByRole('link', { name: 'Nieuw kantoor toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Nieuw kantoor toevoegen' })).toBeVisible();

  await page.getByLabel('Naam van het kantoor').fill('Wijk-werkkantoor Poperinge');
  await page.getByLabel('Telefoonnummer').fill('057 33 00 00');
  await page.getByLabel('E-mailadres').fill('poperinge@wijkwerken-westhoek.demo');
  await page.getByLabel('Straat en huisnummer').fill('Grote Markt 1');
  await page.getByLabel('Postcode').fill('897');
  await page.getByLabel('Gemeente').fill('Poperinge');
  await page.getByRole('button', { name: 'Kantoor toevoegen' }).click();
  const postcode = page.getByLabel('Postcode');
  await expect(page.getByText('Een Belgische postcode heeft vier cijfers, bijvoorbeeld 8900.')).toBeVisible();
  await expect(postcode).toBeFocused();
  await expectNoAxeViolations(page);

  await postcode.fill('8970');
  await page.getByRole('button', { name: 'Kantoor toevoegen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wijk-werkkantoor Poperinge' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'Het kantoor is toegevoegd.' })).toBeVisible();

  const details = page.getByRole('region', { name: 'Gegevens' });
  await details.getByLabel('Straat en huisnummer').fill('Grote Markt 2');
  await details.getByRole('button', { name: 'Gegevens opslaan' }).click();
  await expect(details.getByRole('status')).toHaveText('De gegevens zijn opgeslagen.');

  const closures = page.getByRole('region', { name: 'Sluitingsdagen' });
  await closures.getByLabel('Eerste gesloten dag').fill('2027-07-21');
  await closures.getByLabel('Laatste gesloten dag').fill('2027-07-21');
  await closures.getByLabel('Reden').fill('Nationale feestdag');
  await closures.getByRole('button', { name: 'Sluitingsdagen toevoegen' }).click();
  await expect(closures.getByRole('status')).toHaveText('De sluitingsdagen zijn toegevoegd.');
  await expect(closures.getByRole('list', { name: 'Geplande sluitingsdagen' })).toContainText('woensdag 21 juli 2027');

  // Saving details and a closure bumped the version; the hours form must have followed without a conflict.
  await page.getByRole('button', { name: 'Tijdslot toevoegen op maandag', exact: true }).click();
  await page.getByLabel('maandag, tijdslot 1: Opent om', { exact: true }).fill('9u');
  await page.getByLabel('maandag, tijdslot 1: Sluit om', { exact: true }).fill('12u');
  await saveHours(page);

  await page.goto('/kantoren/westhoek');
  const poperinge = page.getByRole('article', { name: 'Wijk-werkkantoor Poperinge' });
  await expect(poperinge).toContainText('Grote Markt 2');
  await expect(poperinge.getByRole('row', { name: /^maandag/ })).toContainText('09:00 tot 12:00');
  await expect(poperinge).toContainText('Nationale feestdag');
});

import { expect, test, type Page } from '@playwright/test';
import { demoPassword, expectNoAxeViolations, submitLogin } from './support';

const adminEmail = 'admin@westhoek.demo';
const greeting = (page: Page) => page.getByRole('heading', { level: 1, name: /^Goedendag/ });

const logOut = async (page: Page) => {
  await page.getByRole('button', { name: 'Afmelden', exact: true }).click();
  await expect(page).toHaveURL(/\/aanmelden$/);
};

/**
 * The e2e server has no mail server, so the e-mail waits in the outbox ("Berichten"); an admin reads it there, as
 * the office would to pass the link on. The link is the one the e-mail carries.
 */
const linkFromOutbox = async (page: Page, address: string, path: 'uitnodiging' | 'nieuw-wachtwoord'): Promise<string> => {
  const list = await page.request.get('/api/messages?limit=100');
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: Array<{ id: string; address: string | null; template: string }> };
  const message = items.find((item) => item.address === address && item.template === (path === 'uitnodiging' ? 'account-invitation' : 'password-reset'));
  expect(message, `a message to ${address}`).toBeDefined();
  const opened = await page.request.get(`/api/messages/${message?.id ?? ''}`);
  const { text } = (await opened.json()) as { text: string };
  const link = new RegExp(`https?://[^\\s]+/${path}#[A-Za-z0-9_-]{43}`).exec(text)?.[0];
  expect(link, text).toBeDefined();
  return link ?? '';
};

test('an admin invites a colleague; the colleague chooses a password from the e-mail and logs in; disabled, they no longer can', async ({ page }) => {
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const name = `Test Medewerker ${suffix}`;
  const email = `test-${suffix}@westhoek.demo`;
  const ownPassword = 'een fiets in de gang';

  await submitLogin(page, adminEmail, demoPassword);
  await expect(greeting(page)).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Accounts' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Accounts' })).toBeVisible();
  await page.getByRole('link', { name: 'Collega uitnodigen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Collega uitnodigen' })).toBeVisible();
  await page.getByLabel('Naam').fill(name);
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByRole('combobox', { name: 'Rol' })).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByLabel('Rol').selectOption({ label: 'wijk-werkbemiddelaar' });
  await page.getByRole('button', { name: 'Uitnodiging versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'De uitnodiging is verstuurd. De link werkt tot' })).toBeVisible();
  await expect(page.getByText('Uitgenodigd: deze persoon heeft de uitnodiging nog niet aanvaard')).toBeVisible();
  await expectNoAxeViolations(page);
  const link = await linkFromOutbox(page, email, 'uitnodiging');
  await logOut(page);

  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Uitnodiging aanvaarden' })).toBeVisible();
  await expect(page.getByText('Wijk-werken Westhoek nodigt je uit als wijk-werkbemiddelaar.')).toBeVisible();
  expect(new URL(page.url()).hash).toBe('');
  await page.getByLabel('Nieuw wachtwoord').fill('kort');
  await page.getByRole('button', { name: 'Uitnodiging aanvaarden' }).click();
  await expect(page.getByLabel('Nieuw wachtwoord')).toBeFocused();
  await expectNoAxeViolations(page);
  await page.getByLabel('Nieuw wachtwoord').fill(ownPassword);
  await page.getByRole('button', { name: 'Uitnodiging aanvaarden' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Goedendag, ${name}` })).toBeVisible();
  await logOut(page);

  // The same link again: used, and nothing changes.
  await page.goto(link);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link is al gebruikt' })).toBeVisible();
  await expect(page.getByText('Er is niets gewijzigd aan je account.')).toBeVisible();
  await expectNoAxeViolations(page);
  const tampered = `${link.slice(0, -3)}${link.endsWith('xyz') ? 'abc' : 'xyz'}`;
  // A new tab, as from the mail program: on the same page only the fragment would change.
  await page.goto('about:blank');
  await page.goto(tampered);
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeVisible();

  await submitLogin(page, adminEmail, demoPassword);
  await expect(greeting(page)).toBeVisible();
  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Accounts' }).click();
  await page.getByLabel('Zoek op naam of e-mailadres').fill(suffix);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByRole('link', { name }).click();
  await page.getByRole('button', { name: 'Account uitschakelen' }).click();
  const dialog = page.getByRole('alertdialog', { name: `Het account van ${name} uitschakelen?` });
  await expect(dialog.getByRole('button', { name: 'Nee, annuleren' })).toBeFocused();
  await dialog.getByRole('button', { name: 'Ja, uitschakelen' }).click();
  await expect(page.getByRole('status').filter({ hasText: `Het account van ${name} is uitgeschakeld.` })).toBeVisible();
  await logOut(page);

  await submitLogin(page, email, ownPassword);
  await expect(page.getByRole('alert')).toHaveText(/Het e-mailadres of het wachtwoord klopt niet/);
});

test('a forgotten password: the same answer whether the address is known or not', async ({ page }) => {
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  await page.goto('/aanmelden');
  await page.getByRole('link', { name: 'Wachtwoord vergeten?' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wachtwoord vergeten' })).toBeVisible();
  await expectNoAxeViolations(page);
  const answerFor = async (email: string) => {
    await page.goto('/wachtwoord-vergeten');
    await page.getByLabel('E-mailadres').fill(email);
    await page.getByRole('button', { name: 'Link versturen' }).click();
    await expect(page.getByRole('status')).toHaveText(/^Kijk in je mailbox\./);
    return (await page.getByRole('status').textContent())?.replace(email, 'X');
  };
  expect(await answerFor(`niemand-${suffix}@westhoek.demo`)).toBe(await answerFor('coach@westhoek.demo'));
  await expectNoAxeViolations(page);

  // A reset link that was cut off (or never existed) gets its own page, with a way to ask for a new one.
  await page.goto('/nieuw-wachtwoord#kapot');
  await expect(page.getByRole('heading', { level: 1, name: 'Deze link werkt niet' })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Vraag een nieuwe link om je wachtwoord te wijzigen' })).toBeVisible();
  await expectNoAxeViolations(page);
});

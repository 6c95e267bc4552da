import AxeBuilder from '@axe-core/playwright';
import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';

const demoPassword = 'Westhoek-demo-2026';
const wcagTags = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];
const phone = { width: 360, height: 740 };

const expectNoAxeViolations = async (page: Page) => {
  const { violations } = await new AxeBuilder({ page }).withTags(wcagTags).analyze();
  const summary = violations.map((violation) => `${violation.id}: ${violation.help} at ${violation.nodes.map((node) => node.target.join(' ')).join(' | ')}`);
  expect(summary).toEqual([]);
};

// React Aria draws the radio and the checkbox; the input itself is visually hidden, so the label is what a person clicks.
const tick = async (control: Locator) => {
  await control.locator('xpath=ancestor::label[1]').click();
  await expect(control).toBeChecked();
};

const logIn = async (page: Page, email: string, password: string) => {
  await page.goto('/aanmelden');
  await page.getByLabel('E-mailadres').fill(email);
  await page.getByLabel('Wachtwoord', { exact: true }).fill(password);
  await page.getByRole('button', { name: 'Aanmelden' }).click();
};

/** The e2e server has no mail server: the coordinator reads the e-mail in the outbox, with the link it carries. */
const linkFromOutbox = async (page: Page, address: string, template: string, path: string): Promise<string> => {
  const list = await page.request.get('/api/messages?limit=100');
  expect(list.ok()).toBe(true);
  const { items } = (await list.json()) as { items: Array<{ id: string; address: string | null; template: string }> };
  const message = items.find((item) => item.address === address && item.template === template);
  expect(message, `a ${template} message to ${address}`).toBeDefined();
  const opened = await page.request.get(`/api/messages/${message?.id ?? ''}`);
  const { text } = (await opened.json()) as { text: string };
  const link = new RegExp(`https?://[^\\s]+/${path}#[A-Za-z0-9_-]{43}`).exec(text)?.[0];
  expect(link, text).toBeDefined();
  return link ?? '';
};

const phonePage = async (browser: Browser) => (await browser.newContext({ viewport: phone })).newPage();

test('a household registers on a phone, the coordinator approves, the contact signs by link, the fee is paid: the portal says getekend and betaald', async ({
  browser,
  page,
}) => {
  test.setTimeout(180_000);
  const suffix = `${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;
  const name = `Ria Verstraete ${suffix}`;
  const email = `ria-${suffix}@example.test`;
  const ownPassword = 'de haag van de buren';

  const applicant = await phonePage(browser);
  await applicant.goto('/word-gebruiker/westhoek');
  await expect(applicant.getByRole('heading', { level: 1, name: 'Word gebruiker' })).toBeVisible();
  await tick(applicant.getByRole('radio', { name: 'Particulier' }));
  await applicant.getByLabel('Voornaam en naam').fill(name);
  await applicant.getByLabel('Straat en nummer').fill('Zuidstraat 9');
  await applicant.getByLabel('Postcode').fill('8630');
  await applicant.getByLabel('Gemeente of deelgemeente').fill('Veurne');
  await applicant.getByLabel('Naam van de contactpersoon').fill(name);
  await applicant.getByLabel('E-mailadres').fill(email);
  await applicant.getByLabel('Wat moet er gebeuren?').fill('De haag snoeien.');
  await expectNoAxeViolations(applicant);
  await applicant.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(applicant.getByRole('heading', { level: 1, name: 'Bedankt, we kregen je aanvraag' })).toBeVisible();
  await expectNoAxeViolations(applicant);

  await logIn(page, 'coordinator@westhoek.demo', demoPassword);
  await expect(page.getByRole('heading', { level: 1, name: /^Goedendag/ })).toBeVisible();
  await page.goto('/gebruikers/aanvragen');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanvragen van gebruikers' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Goedkeuren en uitnodigen' }).click();
  await expect(page.getByText('Goedgekeurd', { exact: true })).toBeVisible();
  const invitation = await linkFromOutbox(page, email, 'account-invitation', 'uitnodiging');

  await applicant.goto(invitation);
  await applicant.getByLabel('Nieuw wachtwoord').fill(ownPassword);
  await applicant.getByRole('button', { name: 'Uitnodiging aanvaarden' }).click();
  await expect(applicant.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
  await expect(applicant.getByText('Nog niet betaald')).toBeVisible();
  await expectNoAxeViolations(applicant);

  await page.getByRole('link', { name: 'Open de gebruiker' }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await page.getByRole('button', { name: 'Overeenkomst opmaken' }).click();
  await page.getByRole('button', { name: 'Verstuur ter ondertekening' }).click();
  await expect(page.getByText('De link om te ondertekenen is verstuurd.')).toBeVisible();
  await expectNoAxeViolations(page);
  const signing = await linkFromOutbox(page, email, 'client-agreement-signing', 'ondertekenen');

  const signer = await phonePage(browser);
  await signer.goto(signing);
  await expect(signer.getByRole('heading', { level: 1, name: 'Gebruikersovereenkomst ondertekenen' })).toBeVisible();
  await expectNoAxeViolations(signer);
  await signer.getByLabel('Je volledige naam').fill(name);
  await tick(signer.getByRole('checkbox', { name: /Ik heb de overeenkomst gelezen/ }));
  await signer.getByRole('button', { name: 'Ondertekenen', exact: true }).click();
  await expect(signer.getByRole('heading', { level: 1, name: 'Ondertekend, bedankt' })).toBeVisible();
  await expectNoAxeViolations(signer);
  // The link works once.
  const again = await phonePage(browser);
  await again.goto(signing);
  await expect(again.getByText('Deze overeenkomst is al ondertekend. Je hoeft niets meer te doen.')).toBeVisible();

  await page.reload();
  await page.getByRole('button', { name: 'Betaald', exact: true }).click();
  await expect(page.getByText(/^Betaald op /)).toBeVisible();

  await applicant.reload();
  await expect(applicant.getByText(/^getekend op /)).toBeVisible();
  await expect(applicant.getByText(/^betaald op /)).toBeVisible();
  await expectNoAxeViolations(applicant);
});

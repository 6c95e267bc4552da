import { expect, test, type Page } from '@playwright/test';
import { expectNoAxeViolations, submitLogin } from './support';
import { Secret, TOTP } from 'otpauth';

// Only finance sets up an authenticator: every other spec logs in as another demo role with the password alone.
const financeEmail = 'finance@westhoek.demo';
const periodMs = 30_000;

const greeting = (page: Page) => page.getByRole('heading', { level: 1, name: /^Goedendag/ });

const logOut = async (page: Page) => {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/aanmelden$/);
};

const currentStep = (): number => Math.floor(Date.now() / periodMs);

/** What the person's authenticator app would show now. */
const codeNow = (secret: string): string => TOTP.generate({ secret: Secret.fromBase32(secret), period: 30 });

/** A code is accepted once: after using the code of one 30-second step, wait for the next step's code. */
const waitForStepAfter = async (page: Page, usedStep: number) => {
  while (currentStep() <= usedStep) await page.waitForTimeout(500);
};

test('finance sets up an authenticator on the account page, then logs in with a code', async ({ page }) => {
  test.setTimeout(120_000);
  await submitLogin(page, financeEmail);
  await expect(greeting(page)).toBeVisible();

  await page.getByRole('banner').getByRole('link', { name: 'Mijn account' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn account' })).toBeVisible();
  const twoFactor = page.getByRole('region', { name: 'Aanmelden met een authenticator-app' });
  await expect(twoFactor).toContainText('Uit. Je meldt je nu aan met alleen je wachtwoord.');
  await expectNoAxeViolations(page);

  await twoFactor.getByRole('button', { name: 'Ik heb de app, toon de QR-code' }).click();
  await expect(twoFactor.getByRole('img', { name: 'QR-code om te scannen met je authenticator-app' })).toBeVisible();
  const shownSecret = (await twoFactor.getByTestId('totp-secret').textContent()) ?? '';
  expect(shownSecret).toMatch(/^[A-Z2-7]{4}( [A-Z2-7]{1,4})+$/);
  const secret = shownSecret.replaceAll(' ', '');
  await expectNoAxeViolations(page);

  // A wrong code is refused on the field and the QR code stays, so the person can simply try again.
  const code = twoFactor.getByRole('textbox', { name: 'Code uit je authenticator-app' });
  await expect(code).toHaveAttribute('autocomplete', 'one-time-code');
  await code.fill('12345');
  await twoFactor.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(twoFactor.getByText('Typ de 6 cijfers die je authenticator-app nu toont, bijvoorbeeld 123 456.')).toBeVisible();
  await expect(code).toBeFocused();

  const confirmedStep = currentStep();
  await code.fill(codeNow(secret).replace(/^(\d{3})/, '$1 '));
  await twoFactor.getByRole('button', { name: 'Bevestigen' }).click();
  await expect(twoFactor.getByRole('status')).toHaveText(/^Je authenticator-app is ingesteld\./);
  await expect(twoFactor).toContainText('Aan. Je meldt je aan met je wachtwoord en met de code uit je authenticator-app.');
  await logOut(page);

  // The password alone now leads to the code step, not to the dashboard.
  await submitLogin(page, financeEmail);
  await expect(page).toHaveURL(/\/aanmelden\/code$/);
  await expect(page.getByRole('heading', { level: 1, name: 'Code uit je authenticator-app' })).toBeVisible();
  await expectNoAxeViolations(page);

  // Any other page sends the half-logged-in person back to this step, never to the password again.
  await page.goto('/beheer/organisatie');
  await expect(page).toHaveURL(/\/aanmelden\/code\?terug=%2Fbeheer%2Forganisatie$/);
  const loginCode = page.getByRole('textbox', { name: 'Code uit je authenticator-app' });

  // The code used for the confirmation is spent: even while its step lasts it is refused.
  if (currentStep() === confirmedStep) {
    await loginCode.fill(codeNow(secret));
    await page.getByRole('button', { name: 'Verder' }).click();
    await expect(page.getByRole('alert')).toHaveText('Deze code klopt niet. Typ de 6 cijfers die je app nu toont.');
    await expect(loginCode).toHaveValue('');
    await expect(loginCode).toBeFocused();
  }

  await waitForStepAfter(page, confirmedStep);
  await loginCode.fill(codeNow(secret));
  await page.getByRole('button', { name: 'Verder' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Organisatie' })).toBeVisible();
  await expect(page.getByText('Nee, vrij te kiezen')).toBeVisible();

  await page.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Startpagina' }).click();
  await expect(greeting(page)).toBeVisible();
  await expect(page.getByText('Je bent aangemeld als financieel medewerker bij Wijk-werken Westhoek.')).toBeVisible();
});

import { expect, test, type Locator, type Page } from '@playwright/test';
import { expectNoAxeViolations, logIn } from './support';

const counsellorEmail = 'counsellor@westhoek.demo';
const coordinatorEmail = 'coordinator@westhoek.demo';
const logOut = async (page: Page) => {
  await page.getByRole('button', { name: 'Afmelden' }).click();
  await expect(page).toHaveURL(/\/aanmelden$/);
};

/**
 * React Aria draws radios and checkboxes itself: the real input is visually hidden inside its label, so a person
 * (and this test) presses the visible label; the input must then be checked.
 */
const tick = async (control: Locator) => {
  await control.locator('xpath=ancestor::label[1]').click();
  await expect(control).toBeChecked();
};

const nav = (page: Page) => page.getByRole('navigation', { name: 'Hoofdmenu' });

/**
 * A valid INSZ for someone born on 12 April 1990: nine digits (birth date + a serial) and 97 − (nine digits mod 97).
 * Each test draws its own serial so the journeys never meet the duplicate-INSZ rule, in whatever order they run.
 */
const freshInsz = (): string => {
  const serial = String(1 + Math.floor(Math.random() * 996)).padStart(3, '0');
  const nine = `900412${serial}`;
  const check = 97 - Number(BigInt(nine) % 97n);
  return `${nine}${String(check).padStart(2, '0')}`;
};

const uniqueName = (): string => `Test${Date.now().toString(36)}${Math.floor(Math.random() * 1000)}`;

/** The counsellor refers from the portal; returns nothing, the name identifies the referral. */
const referAsCounsellor = async (page: Page, firstName: string, lastName: string, postcode: string) => {
  await logIn(page, counsellorEmail);
  await nav(page).getByRole('link', { name: 'Doorverwijzen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Iemand doorverwijzen' })).toBeVisible();
  await page.getByLabel('Voornaam').fill(firstName);
  await page.getByLabel('Familienaam').fill(lastName);
  await page.getByLabel('Postcode').fill(postcode);
  await page.getByLabel('Telefoonnummer (niet verplicht)').fill('0470 12 34 56');
  await tick(page.getByRole('radio', { name: 'Werkloosheidsuitkering' }));
  await page.getByLabel('Afspraken (afsprakenblad)').fill('Wil graag tuinwerk doen, twee voormiddagen per week. Doel: werkritme opbouwen.');
  await page.getByRole('button', { name: 'Doorverwijzing versturen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Mijn overzicht' })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: `De doorverwijzing van ${firstName} ${lastName} is verstuurd.` })).toBeVisible();
  const row = page.getByRole('region', { name: 'Mijn doorverwijzingen' }).getByRole('row', { name: new RegExp(lastName) });
  await expect(row).toContainText('Ontvangen');
  await logOut(page);
};

const openReferralAsCoordinator = async (page: Page, fullName: string) => {
  await logIn(page, coordinatorEmail);
  await nav(page).getByRole('link', { name: 'Doorverwijzingen' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Doorverwijzingen' })).toBeVisible();
  await page.getByLabel('Toon').selectOption({ label: 'Ontvangen' });
  await expect(page).toHaveURL(/status=received/);
  await page.getByRole('link', { name: fullName }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Doorverwijzing van ${fullName}` })).toBeVisible();
};

const fillPersonalStep = async (page: Page, insz: string, postcode: string) => {
  await page.getByLabel('Rijksregisternummer').fill(insz);
  await expect(page.getByText(/klopt\. Geboortedatum: donderdag 12 april 1990\./)).toBeVisible();
  await page.getByLabel('Straat en huisnummer').fill('Noordstraat 12');
  await page.getByLabel('Postcode').fill(postcode);
  await page.getByLabel('Gemeente', { exact: true }).fill('Veurne');
  await tick(page.getByRole('radio', { name: 'Telefoon' }));
  await page.getByRole('button', { name: 'Volgende stap' }).click();
};

test('a referral becomes a wijk-werker with a signed agreement, a trajectory, an evaluation and an outcome', async ({ page }) => {
  test.setTimeout(120_000);
  const firstName = 'Adinda';
  const lastName = uniqueName();
  const fullName = `${firstName} ${lastName}`;

  await referAsCounsellor(page, firstName, lastName, '8630');

  // The coordinator plans the intake in the Veurne office.
  await openReferralAsCoordinator(page, fullName);
  const planning = page.getByRole('region', { name: 'Intake plannen' });
  await planning.getByLabel('Uur').fill('10u30');
  await planning.getByLabel('Kantoor').selectOption({ label: 'Wijk-werkkantoor Veurne' });
  await planning.getByRole('button', { name: 'Intake plannen' }).click();
  await expect(planning.getByRole('status')).toHaveText('De intake is gepland.');
  await expect(page.getByRole('region', { name: 'Gegevens van de doorverwijzing' })).toContainText('Intake gepland');

  // The intake wizard: a wrong INSZ is called wrong once complete, a right one shows the birth date.
  await page.getByRole('link', { name: 'Inschrijven als wijk-werker' }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Inschrijven: ${fullName}` })).toBeVisible();
  await expect(page.getByLabel('Voornaam')).toHaveValue(firstName);
  await page.getByLabel('Rijksregisternummer').fill('90.04.12-001.00');
  await expect(page.getByText('Dit rijksregisternummer klopt niet.', { exact: false })).toBeVisible();
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await expect(page.getByLabel('Rijksregisternummer')).toBeFocused();
  await expect(page.getByLabel('Straat en huisnummer')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await fillPersonalStep(page, freshInsz(), '8630');

  const stepTitle = page.getByRole('heading', { level: 2, name: 'Stap 2 van 4: Situatie' });
  await expect(stepTitle).toBeFocused();
  await expect(page.getByRole('radio', { name: 'Werkloosheidsuitkering' })).toBeChecked();
  await tick(page.getByRole('radiogroup', { name: 'Ingeschreven bij de VDAB als werkzoekende?' }).getByRole('radio', { name: 'Ja' }));
  await tick(page.getByRole('radiogroup', { name: 'Beschikbaar voor de arbeidsmarkt?' }).getByRole('radio', { name: 'Ja' }));
  await tick(page.getByRole('radiogroup', { name: /PWA-contract/ }).getByRole('radio', { name: 'Nee' }));
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Volgende stap' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Stap 3 van 4: Werkwensen' })).toBeFocused();
  await tick(page.getByRole('checkbox', { name: 'Gras maaien' }));
  await tick(page.getByRole('checkbox', { name: 'Hagen snoeien' }));
  await tick(page.getByRole('checkbox', { name: 'Fiets', exact: true }));
  await tick(page.getByRole('checkbox', { name: 'maandag', exact: true }));
  await page.getByLabel('maandag: van').fill('09:00');
  await page.getByLabel('maandag: tot').fill('12:00');
  await page.getByLabel('Maximale afstand (km)').fill('15');
  await page.getByLabel('Rekeningnummer (IBAN, niet verplicht)').fill('BE71 0961 2345 6769');
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Volgende stap' }).click();

  await expect(page.getByRole('heading', { level: 2, name: 'Stap 4 van 4: Nakijken en inschrijven' })).toBeFocused();
  await expect(page.getByText('Hagen snoeien, Gras maaien')).toBeVisible();
  await expect(page.getByText('maandag 09:00–12:00')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Inschrijven als wijk-werker' }).click();

  // The new record opens with today's eligibility, every condition met.
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  await expect(page.getByRole('status').filter({ hasText: 'De wijk-werker is ingeschreven.' })).toBeVisible();
  await expect(page.getByTestId('eligibility-verdict')).toContainText(`${fullName} voldoet op`);
  await expect(page.getByTestId('eligibility-verdict')).toContainText('aan de voorwaarden om te wijk-werken.');
  await expect(page.getByRole('region', { name: 'Gegevens' })).toContainText('BE71 0961 2345 6769');
  await expectNoAxeViolations(page);

  // The wijk-werkovereenkomst: drafted, opened as a real PDF, signed on paper.
  const agreement = page.getByRole('region', { name: 'Wijk-werkovereenkomst' });
  await agreement.getByRole('button', { name: 'Overeenkomst opmaken' }).click();
  await expect(agreement.getByRole('status').filter({ hasText: 'De overeenkomst is opgemaakt.' })).toBeVisible();
  const pdfLink = agreement.getByRole('link', { name: /Overeenkomst openen \(pdf\)/ });
  await expect(pdfLink).toHaveAttribute('target', '_blank');
  const pdfHref = await pdfLink.getAttribute('href');
  expect(pdfHref).toMatch(/^\/api\/participants\/[\w-]+\/agreements\/[\w-]+\/pdf$/);
  const pdf = await page.request.get(pdfHref ?? '');
  expect(pdf.status()).toBe(200);
  expect(pdf.headers()['content-type']).toContain('application/pdf');
  expect((await pdf.body()).subarray(0, 5).toString()).toBe('%PDF-');
  await tick(agreement.getByRole('radio', { name: 'op papier' }));
  await agreement.getByRole('button', { name: 'Handtekening registreren' }).click();
  await expect(agreement.getByRole('status').filter({ hasText: 'De handtekening is geregistreerd.' })).toBeVisible();
  await expect(agreement).toContainText('(op papier)');

  // The trajectory starts today: month 1 of 12.
  const trajectory = page.getByRole('region', { name: 'Traject', exact: true });
  await trajectory.getByRole('button', { name: 'Traject starten' }).click();
  await expect(trajectory.getByRole('status').filter({ hasText: 'Het traject is gestart.' })).toBeVisible();
  await expect(trajectory.getByTestId('trajectory-facts')).toContainText('maand 1 van 12');
  await expectNoAxeViolations(page);
  await logOut(page);

  // The counsellor finds the wijk-werker in the cockpit and records the evaluation.
  await logIn(page, counsellorEmail);
  await nav(page).getByRole('link', { name: 'Mijn overzicht' }).click();
  const mine = page.getByRole('region', { name: 'Mijn wijk-werkers' });
  await expect(mine).toContainText('maand 1 van 12');
  await expectNoAxeViolations(page);
  await mine.getByRole('link', { name: fullName }).click();
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  const evaluation = page.getByRole('form', { name: 'Evaluatie registreren' });
  await tick(evaluation.getByRole('radio', { name: /Verder zetten/ }));
  await evaluation.getByLabel('Verslag (niet verplicht)').fill('Loopt goed, werkt graag buiten.');
  await evaluation.getByRole('button', { name: 'Evaluatie registreren' }).click();
  await expect(evaluation.getByRole('status')).toHaveText('De evaluatie is geregistreerd.');
  await expect(page.getByRole('list', { name: 'Evaluaties' })).toContainText('Verder zetten');
  // A counsellor sees no IBAN and cannot end the trajectory.
  await expect(page.getByRole('region', { name: 'Gegevens' })).not.toContainText('BE71');
  await expect(page.getByRole('button', { name: 'Traject afsluiten' })).toHaveCount(0);
  await logOut(page);

  // The coordinator finds the wijk-werker in the list and ends the trajectory with a part-time job.
  await logIn(page, coordinatorEmail);
  await nav(page).getByRole('link', { name: 'Wijk-werkers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wijk-werkers' })).toBeVisible();
  await page.getByLabel('Zoek op naam').fill(lastName);
  await page.getByRole('button', { name: 'Zoeken' }).click();
  await page.getByLabel('Status').selectOption({ label: 'Actief traject' });
  await expect(page.getByText('1 wijk-werker gevonden')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: `${lastName} ${firstName}` }).click();
  const end = page.getByRole('form', { name: 'Traject afsluiten' });
  await tick(end.getByRole('radio', { name: 'Werk (deeltijds)' }));
  await end.getByRole('button', { name: 'Traject afsluiten' }).click();
  await expect(page.getByRole('status').filter({ hasText: 'Het traject is afgesloten.' })).toBeVisible();
  await expect(page.getByTestId('trajectory-outcome')).toHaveText('Werk (deeltijds)');
  await expect(page.getByText('Traject beëindigd')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('the address step refuses a domicile outside Flanders with rule R1 at once, and the referral is closed as not admissible', async ({ page }) => {
  const firstName = 'Saïdjah';
  const lastName = uniqueName();
  const fullName = `${firstName} ${lastName}`;
  await referAsCounsellor(page, firstName, lastName, '8900');
  await openReferralAsCoordinator(page, fullName);
  await page.getByRole('link', { name: 'Inschrijven als wijk-werker' }).click();
  await page.getByLabel('Rijksregisternummer').fill(freshInsz());
  await page.getByLabel('Straat en huisnummer').fill('Wetstraat 16');
  await page.getByLabel('Postcode').fill('1000');

  // Said on the address step itself, before anything is sent, with the rule and the way out.
  const refusal = page.getByRole('alert').filter({ hasText: 'kan deze persoon hier niet starten' });
  await expect(refusal.getByRole('list', { name: 'Waarom inschrijven niet kan' })).toContainText('Regel R1');
  await expect(refusal).toContainText('De woonplaats ligt niet in het Vlaams Gewest (postcode 1000).');
  await expect(page.getByLabel('Postcode')).toHaveAttribute('aria-invalid', 'true');
  await expectNoAxeViolations(page);
  await page.getByLabel('Gemeente', { exact: true }).fill('Brussel');
  await tick(page.getByRole('radio', { name: 'Telefoon' }));
  await page.getByRole('button', { name: 'Volgende stap' }).click();
  await expect(page.getByRole('heading', { level: 2, name: 'Stap 1 van 4: Persoonsgegevens' })).toBeVisible();
  await expect(page.getByLabel('Postcode')).toBeFocused();

  // A refusal under R1 does not leave the referral "Ontvangen": it is closed as not admissible, with its reason.
  await refusal.getByRole('button', { name: 'Doorverwijzing afsluiten: niet toegelaten' }).click();
  const closed = page.getByRole('alert').filter({ hasText: 'Deze doorverwijzing is niet toegelaten volgens de regels van wijk-werken.' });
  await expect(page.getByRole('button', { name: 'Volgende stap' })).toHaveCount(0);
  await expect(closed.getByRole('list', { name: 'Waarom niet toegelaten' })).toContainText('Regel R1');
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Terug naar de doorverwijzing' }).click();
  await expect(page.getByRole('region', { name: 'Gegevens van de doorverwijzing' })).toContainText('Niet toegelaten');
  await expectNoAxeViolations(page);
});

/** Today in Brussels as `YYYY-MM-DD`, whatever the time zone of the machine running the test. */
const brusselsToday = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

const addMonths = (date: string, months: number): string => {
  const [year = 0, month = 1, day = 1] = date.split('-').map(Number);
  const shifted = new Date(Date.UTC(year, month - 1 + months, Math.min(day, 28)));
  return shifted.toISOString().slice(0, 10);
};

test('a medical permission makes a sickness-benefit participant eligible (R3), and coach and auditor see only their part', async ({ page }) => {
  test.setTimeout(90_000);
  const lastName = uniqueName();
  const fullName = `Koen ${lastName}`;
  await logIn(page, coordinatorEmail);

  // Setup through the API (the wizard has its own journey): a phoned-in referral, accepted with sickness benefit.
  const session = (await (await page.request.get('/api/session')).json()) as { csrfToken: string };
  const headers = { 'x-csrf-token': session.csrfToken };
  const referralResponse = await page.request.post('/api/referrals', {
    headers,
    data: {
      candidate: { firstName: 'Koen', lastName, postcode: '8970' },
      benefitStatus: 'sickness_benefit',
      agreements: 'Wil opnieuw aan de slag na een lange ziekte, mits toestemming van de adviserend arts.',
      recordedFor: { agency: 'vdab', channel: 'phone', counsellorName: 'Ornella Declercq' },
    },
  });
  expect(referralResponse.status()).toBe(201);
  const referral = (await referralResponse.json()) as { id: string; version: number };
  const acceptResponse = await page.request.post(`/api/referrals/${referral.id}/accept`, {
    headers,
    data: {
      version: referral.version,
      participant: {
        insz: freshInsz(),
        firstName: 'Koen',
        lastName,
        address: { street: 'Gasthuisstraat 8', postcode: '8970', city: 'Poperinge' },
        phone: null,
        email: null,
        preferredChannel: 'letter',
        preferredLanguage: 'nl',
        iban: null,
        transportModes: ['bicycle'],
        activityCodes: ['small_garden_maintenance.mowing'],
        availability: [],
        maxTravelKm: 10,
        benefitStatus: 'sickness_benefit',
        vdabRegistered: true,
        availableForLabourMarket: true,
        hadPwaContractOn20170930: false,
        pwaLastWorkedOn: null,
      },
    },
  });
  expect(acceptResponse.status()).toBe(201);
  const { participantId } = (await acceptResponse.json()) as { participantId: string };

  await page.goto(`/wijk-werkers/${participantId}`);
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  const eligibility = page.getByRole('region', { name: 'Mag de persoon wijk-werken?' });
  await eligibility.getByRole('button', { name: 'Controleren' }).click();
  const verdict = page.getByTestId('eligibility-verdict');
  await expect(verdict).toContainText(`${fullName} voldoet op`);
  await expect(verdict.getByRole('list', { name: 'Voorwaarden die niet vervuld zijn' }).getByRole('listitem')).toHaveText([
    'Regel R3 Bij een ziekte-uitkering is de toestemming van de adviserend arts nodig. Die is nog niet opgeladen.',
  ]);

  // The medical adviser's permission, valid from today for six months, uploaded as a PDF.
  const documents = page.getByRole('region', { name: 'Documenten' });
  await documents.getByLabel('Soort document').selectOption({ label: 'Toestemming adviserend arts' });
  await documents.getByLabel('Bestand').setInputFiles({ name: 'toestemming-adviserend-arts.pdf', mimeType: 'application/pdf', buffer: Buffer.from('%PDF-1.4\n%%EOF\n') });
  await documents.getByLabel('Geldig tot en met').fill(brusselsToday());
  await documents.getByRole('button', { name: 'Document opladen' }).click();
  // Without a start date a medical permission is refused before anything is sent.
  await expect(documents.getByLabel('Geldig tot en met')).toHaveAttribute('aria-invalid', 'true');
  await documents.getByLabel('Geldig vanaf').fill(brusselsToday());
  await documents.getByLabel('Geldig tot en met').fill(addMonths(brusselsToday(), 6));
  await documents.getByRole('button', { name: 'Document opladen' }).click();
  await expect(documents.getByRole('status').filter({ hasText: 'Het document is opgeladen.' })).toBeVisible();
  const download = documents.getByRole('link', { name: 'toestemming-adviserend-arts.pdf downloaden' });
  const content = await page.request.get((await download.getAttribute('href')) ?? '');
  expect(content.status()).toBe(200);
  expect(content.headers()['content-type']).toContain('application/pdf');

  await eligibility.getByRole('button', { name: 'Controleren' }).click();
  await expect(verdict).toContainText('aan de voorwaarden om te wijk-werken.');
  await expect(verdict.getByRole('listitem')).toHaveCount(0);
  await expectNoAxeViolations(page);
  await logOut(page);

  // The werkcoach sees only the people they coach, without INSZ, documents or eligibility.
  await logIn(page, 'coach@westhoek.demo');
  await nav(page).getByRole('link', { name: 'Wijk-werkers' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Wijk-werkers' })).toBeVisible();
  await expect(page.getByRole('link', { name: new RegExp(lastName) })).toHaveCount(0);
  await expect(page.getByLabel('Statuut')).toHaveCount(0);
  await expectNoAxeViolations(page);
  // The demo's leefloon participant in Koksijde (a werkcoach municipality) is theirs.
  await page.getByRole('link', { name: 'Amrani Saïdjah' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Saïdjah Amrani' })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Gegevens' })).not.toContainText('Rijksregisternummer');
  await expect(page.getByRole('region', { name: 'Documenten' })).toHaveCount(0);
  await expect(page.getByRole('region', { name: 'Mag de persoon wijk-werken?' })).toHaveCount(0);
  await expect(page.getByRole('button', { name: 'Notitie toevoegen' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.goto(`/wijk-werkers/${participantId}`);
  await expect(page.getByRole('alert')).toHaveText('We vinden dit niet (meer).');
  await logOut(page);

  // The auditor reads everything the organiser has, but changes nothing.
  await logIn(page, 'auditor@westhoek.demo');
  await page.goto(`/wijk-werkers/${participantId}`);
  await expect(page.getByRole('heading', { level: 1, name: fullName })).toBeVisible();
  await expect(page.getByRole('region', { name: 'Traject', exact: true })).toContainText('Er is nog geen traject gestart.');
  await expect(page.getByRole('button')).toHaveText(['Nederlands', 'Français', 'English', 'Afmelden']);
  await expect(page.getByText('Sommige gegevens (zoals het rijksregisternummer of het rekeningnummer) zijn voor jouw rol afgeschermd.')).toBeVisible();
  await expectNoAxeViolations(page);
});

test('an admin chooses the municipalities where leefloon participants get a werkcoach', async ({ page }) => {
  await logIn(page, 'admin@westhoek.demo');
  await nav(page).getByRole('link', { name: 'Werkcoach-gemeenten' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Werkcoach-gemeenten' })).toBeVisible();
  const group = page.getByRole('group', { name: 'Gemeenten met een werkcoach' });
  const alveringem = group.getByRole('checkbox', { name: 'Alveringem' });
  // Whatever an earlier run left, the test starts from Alveringem without a coach and ends that way.
  if (await alveringem.isChecked()) {
    await alveringem.locator('xpath=ancestor::label[1]').click();
    await page.getByRole('button', { name: 'Opslaan' }).click();
    await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toBeVisible();
  }
  await expect(group.getByRole('checkbox', { name: 'Koksijde' })).toBeChecked();
  await tick(alveringem);
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen: \d+ gemeenten met een werkcoach\.$/ })).toBeVisible();

  await page.reload();
  await expect(page.getByRole('group', { name: 'Gemeenten met een werkcoach' }).getByRole('checkbox', { name: 'Alveringem' })).toBeChecked();
  await page.getByRole('group', { name: 'Gemeenten met een werkcoach' }).getByRole('checkbox', { name: 'Alveringem' }).locator('xpath=ancestor::label[1]').click();
  await page.getByRole('button', { name: 'Opslaan' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Opgeslagen/ })).toBeVisible();
});

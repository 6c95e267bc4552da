import { expect, test, type Browser, type Locator, type Page } from '@playwright/test';
import { demoPassword, expectNoAxeViolations, logIn, submitLogin } from './support';

const phone = { width: 360, height: 740 };

// React Aria draws the radio and the checkbox; the input itself is visually hidden, so the label is what a person clicks.
const tick = async (control: Locator) => {
  await control.locator('xpath=ancestor::label[1]').click();
  await expect(control).toBeChecked();
};

const phonePage = async (browser: Browser) => (await browser.newContext({ viewport: phone })).newPage();

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

/** Today in Brussels as yyyy-mm-dd, whatever the test machine's zone. */
const todayInBrussels = (): string => new Intl.DateTimeFormat('en-CA', { timeZone: 'Europe/Brussels' }).format(new Date());

const utcDate = (date: string): Date => new Date(`${date}T00:00:00Z`);
const dateText = (date: Date): string => date.toISOString().slice(0, 10);

/** The first Tuesday after today (the demo wijk-werker is free on Tuesday mornings, 09:00–12:00). */
const nextTuesday = (): string => {
  const day = utcDate(todayInBrussels());
  do day.setUTCDate(day.getUTCDate() + 1);
  while (day.getUTCDay() !== 2);
  return dateText(day);
};

/** The ISO week (2026-W50) a date falls in: the week of its Thursday. */
const isoWeekOf = (date: string): string => {
  const thursday = utcDate(date);
  thursday.setUTCDate(thursday.getUTCDate() + 3 - ((thursday.getUTCDay() + 6) % 7));
  const firstOfYear = Date.UTC(thursday.getUTCFullYear(), 0, 1);
  const week = Math.floor((thursday.getTime() - firstOfYear) / 86_400_000 / 7) + 1;
  return `${String(thursday.getUTCFullYear())}-W${String(week).padStart(2, '0')}`;
};

type IcalEvent = Readonly<Record<string, { readonly params: string; readonly value: string }>>;

/** A small RFC 5545 reader: unfolds continuation lines and returns each VEVENT's properties (name → params, value). */
const parseIcalEvents = (text: string): IcalEvent[] => {
  const lines = text.replace(/\r?\n[ \t]/g, '').split(/\r?\n/);
  const events: IcalEvent[] = [];
  let current: Record<string, { params: string; value: string }> | null = null;
  for (const line of lines) {
    if (line === 'BEGIN:VEVENT') current = {};
    else if (line === 'END:VEVENT' && current) {
      events.push(current);
      current = null;
    } else if (current) {
      const colon = line.indexOf(':');
      const [name = '', ...params] = line.slice(0, colon).split(';');
      current[name] = { params: params.join(';'), value: line.slice(colon + 1).replace(/\\([,;\\])/g, '$1') };
    }
  }
  return events;
};

test('from Word gebruiker to a planned visit in both planners and the wijk-werker’s phone calendar', async ({ browser, page, request }) => {
  test.setTimeout(240_000);
  const suffix = `${Date.now().toString(36)}${String(Math.floor(Math.random() * 1000))}`;
  const name = `Luc Vandamme ${suffix}`;
  const email = `luc-${suffix}@example.test`;
  const visit = nextTuesday();

  // 1. A household in Ieper registers on the public form, on a phone.
  const client = await phonePage(browser);
  await client.goto('/word-gebruiker/westhoek');
  await expect(client.getByRole('heading', { level: 1, name: 'Word gebruiker' })).toBeVisible();
  await tick(client.getByRole('radio', { name: 'Particulier' }));
  await client.getByLabel('Voornaam en naam').fill(name);
  await client.getByLabel('Straat en nummer').fill('Rijselstraat 20');
  await client.getByLabel('Postcode').fill('8900');
  await client.getByLabel('Gemeente of deelgemeente').fill('Ieper');
  await client.getByLabel('Naam van de contactpersoon').fill(name);
  await client.getByLabel('E-mailadres').fill(email);
  await client.getByLabel('Wat moet er gebeuren?').fill('Het gras in de tuin maaien.');
  await expectNoAxeViolations(client);
  await client.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(client.getByRole('heading', { level: 1, name: 'Bedankt, we kregen je aanvraag' })).toBeVisible();
  await expectNoAxeViolations(client);

  // 2. The coordinator approves; the contact accepts the invitation from the outbox.
  await logIn(page, 'coordinator@westhoek.demo');
  await page.goto('/gebruikers/aanvragen');
  await expect(page.getByRole('heading', { level: 1, name: 'Aanvragen van gebruikers' })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name }).click();
  await expect(page.getByRole('heading', { level: 1, name })).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('button', { name: 'Goedkeuren en uitnodigen' }).click();
  await expect(page.getByText('Goedgekeurd', { exact: true })).toBeVisible();
  const invitation = await linkFromOutbox(page, email, 'account-invitation', 'uitnodiging');
  await client.goto(invitation);
  await client.getByLabel('Nieuw wachtwoord').fill('het gras achter het huis');
  await client.getByRole('button', { name: 'Uitnodiging aanvaarden' }).click();
  await expect(client.getByRole('heading', { level: 1, name: 'Mijn gegevens' })).toBeVisible();
  await expectNoAxeViolations(client);

  // 3. The agreement is signed by link (from the outbox), and the coordinator marks the fee paid.
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
  await page.reload();
  await page.getByRole('button', { name: 'Betaald', exact: true }).click();
  await expect(page.getByText(/^Betaald op /)).toBeVisible();
  await expectNoAxeViolations(page);

  // 4. The client asks for mowing next Tuesday morning in the portal.
  await client.reload();
  await expect(client.getByText(/^getekend op /)).toBeVisible();
  await expect(client.getByText(/^betaald op /)).toBeVisible();
  await client.getByRole('navigation', { name: 'Hoofdmenu' }).getByRole('link', { name: 'Mijn klusjes' }).click();
  await expect(client.getByRole('heading', { level: 1, name: 'Mijn klusjes' })).toBeVisible();
  await client.getByRole('link', { name: 'Klusje aanvragen' }).click();
  await expect(client.getByRole('heading', { level: 1, name: 'Klusje aanvragen' })).toBeVisible();
  await client.getByLabel('Welk klusje?').selectOption({ label: 'Gras maaien' });
  await client.getByLabel('Vertel kort wat er moet gebeuren').fill('Het gras in de tuin maaien.');
  await client.getByLabel('Op welke dag?').fill(visit);
  await client.getByLabel('Van (uur)').fill('09:00');
  await client.getByLabel('Tot (uur)').fill('11:00');
  await expectNoAxeViolations(client);
  await client.getByRole('button', { name: 'Aanvraag versturen' }).click();
  await expect(client.getByRole('heading', { level: 1, name: 'Mijn klusjes' })).toBeVisible();
  const asked = client.getByRole('listitem').filter({ has: client.getByRole('link', { name: 'Gras maaien' }) });
  await expect(asked.getByText('nieuw')).toBeVisible();
  await expectNoAxeViolations(client);
  await asked.getByRole('link', { name: 'Gras maaien' }).click();
  await expect(client.getByRole('heading', { level: 1, name: 'Gras maaien' })).toBeVisible();
  const jobRequestId = new URL(client.url()).pathname.split('/').pop() ?? '';
  expect(jobRequestId).not.toBe('');

  // 5. The coordinator takes it into matching: ranked candidates with one line per factor.
  await page.goto(`/klusjes/${jobRequestId}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Gras maaien' })).toBeVisible();
  await page.getByRole('button', { name: 'Wijk-werker zoeken' }).click();
  await expect(page.getByText('De stap is bewaard.')).toBeVisible();
  await expectNoAxeViolations(page);
  await page.getByRole('link', { name: 'Kandidaten bekijken' }).click();
  await expect(page.getByRole('heading', { level: 1, name: 'Kandidaten voor dit klusje' })).toBeVisible();
  const ranked = page.getByRole('list', { name: 'Geschikte wijk-werkers, de beste eerst' });
  const jan = ranked.getByRole('listitem').filter({ has: page.getByRole('heading', { level: 2, name: /Jan Vermeulen/ }) });
  await expect(jan.getByRole('heading', { level: 2, name: /^Nr\. \d+ Jan Vermeulen$/ })).toBeVisible();
  await expect(jan.getByRole('heading', { level: 3, name: 'Waarom op deze plaats' })).toBeVisible();
  await expect(jan.getByText(/^Woont ongeveer .* km ver; wil tot 15 km reizen\./)).toBeVisible();
  await expect(jan.getByText(/^Kan op 1 van de 1 gevraagde momenten\./)).toBeVisible();
  await expect(jan.getByText(/^Traject loopt tot /)).toBeVisible();
  await expect(jan.getByText(/^Werkte nog niet voor deze gebruiker\./)).toBeVisible();
  await expect(page.getByText(/^Niet geschikt \(\d+\)$/)).toBeVisible();
  await expectNoAxeViolations(page);
  await jan.getByRole('button', { name: 'Voorstellen' }).click();
  await expect(page.getByText('Voorstel verstuurd naar Jan Vermeulen.')).toBeVisible();
  await expect(jan.getByText('Al voorgesteld voor dit klusje')).toBeVisible();
  await expectNoAxeViolations(page);

  // 6. The wijk-werker accepts on a 360 px phone.
  const worker = await phonePage(browser);
  await submitLogin(worker, 'participant@westhoek.demo', demoPassword);
  await expect(worker.getByRole('heading', { level: 1, name: /^Goedendag/ })).toBeVisible();
  await worker.goto('/mijn-planning');
  await expect(worker.getByRole('heading', { level: 1, name: 'Mijn planning' })).toBeVisible();
  const proposal = worker.getByRole('article', { name: `Werk bij ${name}` });
  await expect(proposal).toBeVisible();
  await expect(proposal.getByText('Rijselstraat 20, 8900 Ieper')).toBeVisible();
  await expectNoAxeViolations(worker);
  await proposal.getByRole('button', { name: 'Ja, ik doe het' }).click();
  await expect(proposal).toBeHidden();
  const mine = worker.getByRole('region', { name: 'Mijn volgende werk' }).locator('article').filter({ hasText: name });
  await expect(mine).toBeVisible();
  await expect(mine.getByText('09:00–11:00', { exact: false })).toBeVisible();
  await expect(mine.getByText('Voorstel, nog niet zeker')).toBeHidden();
  const scrollWidth = await worker.evaluate(() => document.documentElement.scrollWidth);
  expect(scrollWidth).toBeLessThanOrEqual(phone.width);
  await expectNoAxeViolations(worker);

  // 7. The coordinator's week view shows the visit with the wijk-werker's name.
  await page.goto(`/planning?week=${isoWeekOf(visit)}`);
  await expect(page.getByRole('heading', { level: 1, name: 'Planning' })).toBeVisible();
  const planned = page.locator('.session-card').filter({ hasText: name });
  await expect(planned).toBeVisible();
  await expect(planned.getByText('Jan Vermeulen')).toBeVisible();
  await expect(planned.getByText('Voorstel, nog niet zeker')).toBeHidden();
  await expectNoAxeViolations(page);
  await planned.getByRole('link', { name: `Open de opdracht van Jan Vermeulen bij ${name}` }).click();
  await expect(page.getByRole('heading', { level: 1, name: `Gras maaien bij ${name}` })).toBeVisible();
  await expect(page.getByText('Gepland', { exact: true })).toBeVisible();
  await expect(page.getByText('Rijselstraat 20, 8900 Ieper')).toBeVisible();
  await expect(page.getByRole('button', { name: 'Opdracht annuleren' })).toBeVisible();
  await expectNoAxeViolations(page);
  // The price the client will pay per cheque, as the office reads it.
  await page.goto('/beheer/chequeprijs');
  await expect(page.getByRole('heading', { level: 1, name: 'Prijs van een wijk-werkcheque' })).toBeVisible();
  await expect(page.getByRole('heading', { level: 2, name: 'Prijs op een dag' })).toBeVisible();
  await expectNoAxeViolations(page);

  // 8. The wijk-werker makes a calendar link; the feed has the visit, confirmed, at the right wall-clock time.
  await worker.getByRole('button', { name: 'Maak een link' }).click();
  const feedLink = worker.getByRole('link', { name: /\/ical\// });
  await expect(feedLink).toBeVisible();
  await expectNoAxeViolations(worker);
  const feedUrl = (await feedLink.getAttribute('href')) ?? '';
  const feed = await request.get(feedUrl);
  expect(feed.ok()).toBe(true);
  expect(feed.headers()['content-type']).toContain('text/calendar');
  const events = parseIcalEvents(await feed.text());
  const event = events.find((candidate) => candidate.SUMMARY?.value === `wijk-werken bij ${name}`);
  expect(event, JSON.stringify(events.map((candidate) => candidate.SUMMARY?.value))).toBeDefined();
  expect(event?.DTSTART).toEqual({ params: 'TZID=Europe/Brussels', value: `${visit.replaceAll('-', '')}T090000` });
  expect(event?.DTEND).toEqual({ params: 'TZID=Europe/Brussels', value: `${visit.replaceAll('-', '')}T110000` });
  expect(event?.STATUS?.value).toBe('CONFIRMED');
  expect(event?.LOCATION?.value).toBe('Rijselstraat 20, 8900 Ieper');
});

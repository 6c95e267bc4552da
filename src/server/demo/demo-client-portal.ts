import { and, eq } from 'drizzle-orm';
import { municipalityActivityChoices } from '../modules/activities/schema';
import { clientContacts, clients } from '../modules/clients/schema';
import { municipalities } from '../modules/municipalities/schema';
import { accounts } from '../platform/auth/schema';
import type { Transaction } from '../platform/db/database';

// Poperinge's own list of garden work (R15): hedges are left out, so the demo shows a refused activity and its reason.
const poperingeChoices = ['small_garden_maintenance.mowing', 'small_garden_maintenance.leaf_clearing', 'small_garden_maintenance.flower_beds'];

/**
 * The demo client login (client@westhoek.demo) is the contact person of the household Marie-Jeanne Debaene in
 * Poperinge (agreement signed, fee paid), so the client portal can be tried: ask a klusje, see it in Mijn aanvragen.
 */
export const loadDemoClientPortal = async (tx: Transaction, organiserId: string, now: Date): Promise<void> => {
  const [account] = await tx.select({ id: accounts.id, name: accounts.displayName }).from(accounts).where(eq(accounts.email, 'client@westhoek.demo'));
  const [client] = await tx
    .select({ id: clients.id })
    .from(clients)
    .where(and(eq(clients.organiserId, organiserId), eq(clients.name, 'Marie-Jeanne Debaene')));
  const [poperinge] = await tx
    .select({ id: municipalities.id })
    .from(municipalities)
    .where(and(eq(municipalities.organiserId, organiserId), eq(municipalities.nameNl, 'Poperinge')));
  if (!account || !client || !poperinge) throw new Error('Demo client portal data is missing');
  await tx
    .insert(clientContacts)
    .values({ organiserId, clientId: client.id, position: 0, name: account.name, email: 'client@westhoek.demo', phone: null, role: 'Dochter', accountId: account.id });
  const chosen = await tx
    .select({ code: municipalityActivityChoices.activityCode })
    .from(municipalityActivityChoices)
    .where(eq(municipalityActivityChoices.municipalityId, poperinge.id));
  const missing = poperingeChoices.filter((code) => !chosen.some((row) => row.code === code));
  if (missing.length > 0)
    await tx
      .insert(municipalityActivityChoices)
      .values(missing.map((activityCode) => ({ organiserId, municipalityId: poperinge.id, activityCode, fromDate: '2025-01-01', toDate: null, createdAt: now })));
};

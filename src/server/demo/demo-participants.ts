import { addDays, addMonthsClamped } from '../../domain/time/civil-date-arithmetic';
import type { CivilDate } from '../../domain/time/civil-date';
import { trajectoryWindow } from '../../domain/trajectory/trajectory-window';
import { accounts } from '../platform/auth/schema';
import type { Transaction } from '../platform/db/database';
import { eq } from 'drizzle-orm';
import { coachMunicipalities } from '../modules/coaching/schema';
import { municipalities } from '../modules/municipalities/schema';
import { consents, participantAgreements, participants } from '../modules/participants/schema';
import { referrals } from '../modules/referrals/schema';
import { evaluations, trajectories } from '../modules/trajectories/schema';

/** A valid INSZ (check digits right) for a fictional person born on the given date. */
const demoInsz = (birthDate: string, serial: number): string => {
  const nine = `${birthDate.slice(2, 4)}${birthDate.slice(5, 7)}${birthDate.slice(8, 10)}${String(serial).padStart(3, '0')}`;
  const base = BigInt(nine) + (birthDate >= '2000' ? 2_000_000_000n : 0n);
  return `${nine}${String(97 - Number(base % 97n)).padStart(2, '0')}`;
};

type DemoPerson = {
  firstName: string;
  lastName: string;
  birthDate: string;
  street: string;
  postcode: string;
  city: string;
  benefitStatus: 'unemployment_benefit' | 'leefloon' | 'sickness_benefit';
  referralAgency: 'vdab' | 'ocmw';
  activityCodes: string[];
  trajectory: { monthsAgo: number; outcome?: 'job_part_time' | 'training' } | null;
};

const people: DemoPerson[] = [
  {
    firstName: 'Jan',
    lastName: 'Vermeulen',
    birthDate: '1978-03-14',
    street: 'Boterstraat 12',
    postcode: '8900',
    city: 'Ieper',
    benefitStatus: 'unemployment_benefit',
    referralAgency: 'vdab',
    activityCodes: [],
    trajectory: { monthsAgo: 5 },
  },
  {
    firstName: 'Adinda',
    lastName: 'Decroos',
    birthDate: '1991-11-02',
    street: 'Noordstraat 4',
    postcode: '8630',
    city: 'Veurne',
    benefitStatus: 'unemployment_benefit',
    referralAgency: 'vdab',
    activityCodes: [],
    trajectory: { monthsAgo: 9 },
  },
  {
    firstName: 'Saïdjah',
    lastName: 'Amrani',
    birthDate: '1985-07-30',
    street: 'Zeelaan 210',
    postcode: '8670',
    city: 'Koksijde',
    benefitStatus: 'leefloon',
    referralAgency: 'ocmw',
    activityCodes: [],
    trajectory: { monthsAgo: 2 },
  },
  {
    firstName: 'Ilse',
    lastName: 'Vanhoutte',
    birthDate: '1969-01-21',
    street: 'Markt 3',
    postcode: '8600',
    city: 'Diksmuide',
    benefitStatus: 'unemployment_benefit',
    referralAgency: 'vdab',
    activityCodes: [],
    trajectory: { monthsAgo: 14, outcome: 'job_part_time' },
  },
  {
    firstName: 'Koen',
    lastName: 'Lannoo',
    birthDate: '1996-06-09',
    street: 'Gasthuisstraat 8',
    postcode: '8970',
    city: 'Poperinge',
    benefitStatus: 'sickness_benefit',
    referralAgency: 'vdab',
    activityCodes: [],
    trajectory: null,
  },
];

/** Participants at every stage, open referrals and the werkcoach arrangement of De Panne, Koksijde, Nieuwpoort and Veurne. */
export const loadDemoParticipants = async (tx: Transaction, organiserId: string, today: CivilDate, now: Date): Promise<void> => {
  const accountId = async (email: string) => {
    const [row] = await tx.select({ id: accounts.id }).from(accounts).where(eq(accounts.email, email));
    if (!row) throw new Error(`Demo account ${email} is missing`);
    return row.id;
  };
  const counsellorId = await accountId('counsellor@westhoek.demo');
  const coachId = await accountId('coach@westhoek.demo');
  const coordinatorId = await accountId('coordinator@westhoek.demo');
  // The demo's wijk-werker login is Jan Vermeulen's, so the portal shows his record.
  const portalAccountId = await accountId('participant@westhoek.demo');
  const municipalityRows = await tx.select().from(municipalities).where(eq(municipalities.organiserId, organiserId));
  const municipalityOf = (postcode: string) => municipalityRows.find((row) => row.postcodes.includes(postcode))?.id ?? null;

  const westkust = municipalityRows.filter((row) => ['De Panne', 'Koksijde', 'Nieuwpoort', 'Veurne'].includes(row.nameNl));
  await tx.insert(coachMunicipalities).values(westkust.map((row) => ({ organiserId, municipalityId: row.id })));

  for (const [index, person] of people.entries()) {
    const [participant] = await tx
      .insert(participants)
      .values({
        organiserId,
        firstName: person.firstName,
        lastName: person.lastName,
        insz: demoInsz(person.birthDate, 101 + index * 2),
        birthDate: person.birthDate,
        street: person.street,
        postcode: person.postcode,
        city: person.city,
        municipalityId: municipalityOf(person.postcode),
        phone: `0470 ${String(10 + index).padStart(2, '0')} 20 30`,
        email: null,
        preferredChannel: 'phone',
        preferredLanguage: 'nl',
        iban: 'BE71096123456769',
        transportModes: ['bicycle', 'public_transport'],
        activityCodes: person.activityCodes,
        availability: [
          { weekday: 2, from: '09:00', until: '12:00' },
          { weekday: 4, from: '13:00', until: '16:00' },
        ],
        maxTravelKm: 15,
        benefitStatus: person.benefitStatus,
        vdabRegistered: person.referralAgency === 'vdab',
        availableForLabourMarket: true,
        hadPwaContractOn20170930: false,
        referralAgency: person.referralAgency,
        counsellorAccountId: person.referralAgency === 'vdab' ? counsellorId : null,
        coachAccountId: person.benefitStatus === 'leefloon' ? coachId : null,
        accountId: index === 0 ? portalAccountId : null,
        status: person.trajectory === null ? 'intake' : person.trajectory.outcome ? 'ended' : 'active',
        createdAt: now,
        updatedAt: now,
      })
      .returning({ id: participants.id });
    if (!participant) continue;
    // Every wijk-werker came in through an accepted referral, and each trajectory records the one it started on (R5).
    const startDate = person.trajectory === null ? today : addMonthsClamped(today, -person.trajectory.monthsAgo);
    const [referral] = await tx
      .insert(referrals)
      .values({
        organiserId,
        status: 'accepted',
        agency: person.referralAgency,
        channel: person.referralAgency === 'vdab' ? 'portal' : 'phone',
        counsellorAccountId: person.referralAgency === 'vdab' ? counsellorId : null,
        counsellorName: person.referralAgency === 'vdab' ? 'Ornella Declercq' : 'Lies Dewaele (OCMW Koksijde)',
        firstName: person.firstName,
        lastName: person.lastName,
        postcode: person.postcode,
        benefitStatus: person.benefitStatus,
        agreements: 'Afspraken uit het afsprakenblad van de bemiddelaar.',
        participantId: participant.id,
        receivedAt: new Date(`${addDays(startDate, -21)}T09:00:00Z`),
        version: 3,
      })
      .returning({ id: referrals.id });
    if (person.trajectory === null) continue;

    const [agreement] = await tx
      .insert(participantAgreements)
      .values({
        organiserId,
        participantId: participant.id,
        templateVersion: '2026-01',
        snapshot: {
          organiserName: 'Wijk-werken Westhoek',
          participantName: `${person.firstName} ${person.lastName}`,
          insz: demoInsz(person.birthDate, 101 + index * 2),
          address: `${person.street}, ${person.postcode} ${person.city}`,
          startDate,
          referralAgency: person.referralAgency === 'vdab' ? 'de VDAB' : 'het OCMW',
        },
        createdAt: now,
        signedOn: addDays(startDate, -3),
        signedHow: 'paper',
      })
      .returning({ id: participantAgreements.id });
    if (person.referralAgency === 'ocmw') {
      await tx.insert(consents).values({
        organiserId,
        participantId: participant.id,
        recipient: 'ocmw',
        purpose: 'Opvolging van het traject door het OCMW',
        givenOn: addDays(startDate, -3),
        recordedBy: coordinatorId,
      });
    }
    const extensionsGranted = person.trajectory.monthsAgo >= 6 ? 1 : 0;
    const endedOn = person.trajectory.outcome ? addMonthsClamped(startDate, 11) : null;
    const values = { startDate, extensionsGranted, endedOn, pwaTransitional: false };
    const [trajectory] = await tx
      .insert(trajectories)
      .values({
        ...values,
        organiserId,
        participantId: participant.id,
        referralId: referral?.id ?? null,
        agreementId: agreement?.id ?? null,
        plannedEndDate: endedOn ?? trajectoryWindow({ startDate, extensionsGranted, endedOn: null, pwaTransitional: null, interimWorkDates: [] }).endDate,
        outcome: person.trajectory.outcome ?? null,
        createdAt: now,
      })
      .returning({ id: trajectories.id });
    if (trajectory && extensionsGranted > 0) {
      await tx.insert(evaluations).values({
        organiserId,
        trajectoryId: trajectory.id,
        heldOn: addMonthsClamped(startDate, 6),
        outcome: 'extend',
        notes: 'Goede inzet en stiptheid; verlengd met zes maanden om de administratieve taken verder te oefenen.',
        recordedBy: counsellorId,
        createdAt: now,
      });
    }
  }

  await tx.insert(referrals).values([
    {
      organiserId,
      agency: 'vdab',
      channel: 'portal',
      counsellorAccountId: counsellorId,
      counsellorName: 'Ornella Declercq',
      counsellorEmail: 'counsellor@westhoek.demo',
      firstName: 'Mehmet',
      lastName: 'Yilmaz',
      phone: '0471 22 33 44',
      postcode: '8900',
      benefitStatus: 'unemployment_benefit',
      agreements: 'Wil graag buiten werken; groenonderhoud bij een school. Twee voormiddagen per week.',
      receivedAt: now,
    },
    {
      organiserId,
      agency: 'ocmw',
      channel: 'phone',
      counsellorName: 'Lies Dewaele (OCMW Nieuwpoort)',
      firstName: 'Nadia',
      lastName: 'Bouzid',
      postcode: '8620',
      benefitStatus: 'leefloon',
      agreements: 'Leefloon; start met logistieke taken in het woonzorgcentrum. Werkcoach gewenst.',
      receivedAt: now,
    },
  ]);
};

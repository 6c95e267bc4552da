import { and, asc, eq, gte, inArray } from 'drizzle-orm';
import type { Office } from '../../../contracts/offices';
import type { Executor } from '../../platform/db/database';
import { officeClosures, officeOpeningHours, offices } from './schema';

type OfficeFilter = { organiserId: string; officeId?: string; closuresEndingFrom?: string };

/** Offices of one organiser with their weekly hours and closures, in a stable order (name, weekday, time). */
export const findOffices = async (db: Executor, filter: OfficeFilter): Promise<Office[]> => {
  const officeRows = await db
    .select()
    .from(offices)
    .where(and(eq(offices.organiserId, filter.organiserId), filter.officeId === undefined ? undefined : eq(offices.id, filter.officeId)))
    .orderBy(asc(offices.name));
  if (officeRows.length === 0) return [];
  const officeIds = officeRows.map((office) => office.id);
  const hourRows = await db
    .select()
    .from(officeOpeningHours)
    .where(and(eq(officeOpeningHours.organiserId, filter.organiserId), inArray(officeOpeningHours.officeId, officeIds)))
    .orderBy(asc(officeOpeningHours.weekday), asc(officeOpeningHours.opensAt));
  const closureRows = await db
    .select()
    .from(officeClosures)
    .where(
      and(
        eq(officeClosures.organiserId, filter.organiserId),
        inArray(officeClosures.officeId, officeIds),
        filter.closuresEndingFrom === undefined ? undefined : gte(officeClosures.endsOn, filter.closuresEndingFrom),
      ),
    )
    .orderBy(asc(officeClosures.startsOn));
  return officeRows.map((office) => ({
    id: office.id,
    name: office.name,
    phone: office.phone,
    email: office.email,
    address: { street: office.street, postcode: office.postcode, city: office.city },
    openingHours: hourRows.filter((slot) => slot.officeId === office.id).map((slot) => ({ weekday: slot.weekday, opensAt: slot.opensAt, closesAt: slot.closesAt })),
    closures: closureRows
      .filter((closure) => closure.officeId === office.id)
      .map((closure) => ({ id: closure.id, startsOn: closure.startsOn, endsOn: closure.endsOn, reason: closure.reason })),
    version: office.version,
  }));
};

import { Temporal } from 'temporal-polyfill';

/** Weekday 1 = Monday … 7 = Sunday (ISO), times `HH:MM` in Europe/Brussels. */
export type OpeningSlot = { weekday: number; opensAt: string; closesAt: string };

/** Inclusive civil dates (`YYYY-MM-DD`) on which the office stays closed. */
export type Closure = { startsOn: string; endsOn: string; reason: string };

export type OpeningStatus =
  { state: 'open'; closesAt: string } | { state: 'closed'; closure: Closure | null; nextOpening: { date: string; time: string; daysAhead: number } | null };

export const officeTimeZone = 'Europe/Brussels';

// A year covers any closure an office announces (a 4-6 week summer closure, a renovation) and bounds the search.
const lookAheadDays = 366;

const minutesOf = (time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

// Civil dates in `YYYY-MM-DD` order as strings, which keeps a year of look-ahead over many closures cheap.
const closureOn = (closures: readonly Closure[], date: string): Closure | null => closures.find((closure) => closure.startsOn <= date && date <= closure.endsOn) ?? null;

/** Slots of one weekday sorted by start, with touching or overlapping slots merged (08–12 + 12–16 = 08–16). */
const slotsOfDay = (slots: readonly OpeningSlot[], weekday: number): Array<{ opens: number; closes: number }> => {
  const sorted = slots
    .filter((slot) => slot.weekday === weekday)
    .map((slot) => ({ opens: minutesOf(slot.opensAt), closes: minutesOf(slot.closesAt) }))
    .sort((a, b) => a.opens - b.opens);
  const merged: Array<{ opens: number; closes: number }> = [];
  for (const slot of sorted) {
    const last = merged.at(-1);
    if (last && slot.opens <= last.closes) last.closes = Math.max(last.closes, slot.closes);
    else merged.push({ ...slot });
  }
  return merged;
};

const formatMinutes = (minutes: number): string => `${String(Math.floor(minutes / 60)).padStart(2, '0')}:${String(minutes % 60).padStart(2, '0')}`;

/**
 * Whether an office is open at an instant, judged on the Brussels wall clock (so DST and the server's own
 * time zone do not matter), and when it closes or next opens. Closures win over opening hours.
 */
export const openingStatusAt = (slots: readonly OpeningSlot[], closures: readonly Closure[], instant: Date): OpeningStatus => {
  const local = Temporal.Instant.fromEpochMilliseconds(instant.getTime()).toZonedDateTimeISO(officeTimeZone);
  const today = local.toPlainDate();
  const nowMinutes = local.hour * 60 + local.minute;
  const closureToday = closureOn(closures, today.toString());
  const slotsByWeekday = [1, 2, 3, 4, 5, 6, 7].map((weekday) => slotsOfDay(slots, weekday));
  const slotsOn = (date: Temporal.PlainDate) => slotsByWeekday[date.dayOfWeek - 1] ?? [];

  if (!closureToday) {
    const current = slotsOn(today).find((slot) => slot.opens <= nowMinutes && nowMinutes < slot.closes);
    if (current) return { state: 'open', closesAt: formatMinutes(current.closes) };
  }

  const closedAhead = { state: 'closed', closure: closureToday, nextOpening: null } as const;
  if (slotsByWeekday.every((daySlots) => daySlots.length === 0)) return closedAhead;
  let daysAhead = 0;
  while (daysAhead <= lookAheadDays) {
    const date = today.add({ days: daysAhead });
    const closure = closureOn(closures, date.toString());
    if (closure) {
      // Jump to the day after the closure instead of testing each of its days.
      daysAhead += Temporal.PlainDate.from(closure.endsOn).since(date).days + 1;
      continue;
    }
    const next = slotsOn(date).find((slot) => daysAhead > 0 || slot.opens > nowMinutes);
    if (next) {
      return {
        state: 'closed',
        closure: closureToday,
        nextOpening: { date: date.toString(), time: formatMinutes(next.opens), daysAhead },
      };
    }
    daysAhead += 1;
  }
  return closedAhead;
};

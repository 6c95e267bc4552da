import type { OpeningSlotInput } from '../../../../contracts/offices';

export const weekdays = [1, 2, 3, 4, 5, 6, 7] as const;
export type Weekday = (typeof weekdays)[number];

export const weekdayKey = (weekday: number): `weekdays.${Weekday}` => {
  const known = weekdays.find((day) => day === weekday);
  if (known === undefined) throw new RangeError(`Weekday ${weekday} is not 1..7`);
  return `weekdays.${known}`;
};

/** The slots of one weekday, earliest first. */
export const slotsOn = (slots: readonly OpeningSlotInput[], weekday: number): OpeningSlotInput[] =>
  slots.filter((slot) => slot.weekday === weekday).sort((a, b) => a.opensAt.localeCompare(b.opensAt));

/** Weekdays whose slots overlap, so the editor can point at the day instead of at the whole week. */
export const overlappingWeekdays = (slots: readonly OpeningSlotInput[]): Weekday[] =>
  weekdays.filter((weekday) => {
    const day = slotsOn(slots, weekday);
    return day.some((slot, index) => index > 0 && slot.opensAt < (day[index - 1]?.closesAt ?? ''));
  });

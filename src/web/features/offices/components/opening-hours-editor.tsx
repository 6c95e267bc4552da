import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { replaceOpeningHoursRequestSchema, type Office, type OpeningSlotInput, type ReplaceOpeningHoursRequest } from '../../../../contracts/offices';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { TextField } from '../../../components/text-field';
import { normaliseTime } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import type { FieldErrors } from '../../../lib/validation';
import { useOfficeDraft } from '../hooks/use-office-draft';
import { overlappingWeekdays, slotsOn, weekdayKey, weekdays, type Weekday } from '../utils/opening-hours';

type SlotDraft = { key: number; opensAt: string; closesAt: string };
/** Index 0 is Monday: the week in the order Belgian calendars print it. */
type WeekDraft = SlotDraft[][];

type OpeningHoursEditorProps = {
  office: Office;
  onSave: (body: ReplaceOpeningHoursRequest) => Promise<Office>;
  onReload: () => Promise<Office | null>;
};

let lastSlotKey = 0;
const nextSlotKey = (): number => {
  lastSlotKey += 1;
  return lastSlotKey;
};

const toWeekDraft = (slots: readonly OpeningSlotInput[]): WeekDraft =>
  weekdays.map((weekday) => slotsOn(slots, weekday).map((slot) => ({ key: nextSlotKey(), opensAt: slot.opensAt, closesAt: slot.closesAt })));

const fromWeekDraft = (week: WeekDraft): Array<{ weekday: Weekday; slot: SlotDraft }> =>
  weekdays.flatMap((weekday, index) => (week[index] ?? []).map((slot) => ({ weekday, slot })));

const withoutKeys = (week: WeekDraft) => week.map((day) => day.map(({ opensAt, closesAt }) => ({ opensAt, closesAt })));

const isDirty = (week: WeekDraft, baseline: readonly OpeningSlotInput[]): boolean =>
  JSON.stringify(withoutKeys(week)) !== JSON.stringify(withoutKeys(toWeekDraft(baseline)));

/** Field errors arrive per slot index in the request; the form shows them per slot, which survives reordering. */
const errorsBySlotKey = (errors: FieldErrors, rows: ReadonlyArray<{ slot: SlotDraft }>): FieldErrors => {
  const mapped: FieldErrors = {};
  for (const [path, message] of Object.entries(errors)) {
    const match = /^slots\.(\d+)\.(opensAt|closesAt)$/.exec(path);
    const row = match ? rows[Number(match[1])] : undefined;
    if (match && row) mapped[`${row.slot.key}.${match[2]}`] = message;
  }
  return mapped;
};

export const OpeningHoursEditor = ({ office, onSave, onReload }: OpeningHoursEditorProps) => {
  const { t } = useTranslation();
  const { version, draft, setDraft, reset } = useOfficeDraft(office, {
    pick: (source) => source.openingHours,
    toDraft: toWeekDraft,
    isDirty,
  });
  const [dayErrors, setDayErrors] = useState<Partial<Record<Weekday, string>>>({});
  const form = useContractForm({
    schema: replaceOpeningHoursRequestSchema,
    send: onSave,
    successText: t('offices.hours.saved'),
    onSuccess: reset,
    // Normalising the times keeps the slots in place, so the request's slot indexes are the rows of this draft.
    mapFieldErrors: (errors) => errorsBySlotKey(errors, fromWeekDraft(draft)),
    invalidText: (issues) => (issues.some((issue) => issue.code === 'too_big') ? t('validation.tooManySlots') : t('common.formHasErrors')),
    conflictText: t('errors.VERSION_CONFLICT'),
    onConflict: async () => {
      const fresh = await onReload();
      if (fresh) reset(fresh);
    },
  });
  // Where focus goes after adding or removing a slot, so it never falls back to the top of the page.
  const [focusTarget, setFocusTarget] = useState<string | null>(null);

  const focusRef = (id: string) => (element: HTMLElement | null) => {
    if (element && focusTarget === id) {
      element.querySelector<HTMLElement>('input, button')?.focus();
      setFocusTarget(null);
    }
  };

  const edit = (update: (week: WeekDraft) => WeekDraft) => {
    form.clearSuccess();
    setDraft(update);
  };

  const updateSlot = (dayIndex: number, key: number, field: 'opensAt' | 'closesAt', value: string) =>
    edit((week) => week.map((day, index) => (index === dayIndex ? day.map((slot) => (slot.key === key ? { ...slot, [field]: value } : slot)) : day)));

  const addSlot = (dayIndex: number) => {
    const key = nextSlotKey();
    edit((week) => week.map((day, index) => (index === dayIndex ? [...day, { key, opensAt: '', closesAt: '' }] : day)));
    setFocusTarget(`opens-${key}`);
  };

  const removeSlot = (dayIndex: number, key: number) => {
    edit((week) => week.map((day, index) => (index === dayIndex ? day.filter((slot) => slot.key !== key) : day)));
    setFocusTarget(`add-${dayIndex}`);
  };

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalised = draft.map((day) => day.map((slot) => ({ ...slot, opensAt: normaliseTime(slot.opensAt), closesAt: normaliseTime(slot.closesAt) })));
    setDraft(() => normalised);
    const slots = fromWeekDraft(normalised).map(({ weekday, slot }) => ({ weekday, opensAt: slot.opensAt, closesAt: slot.closesAt }));
    // Overlaps fail the contract too; the day's fieldset says which day.
    setDayErrors(Object.fromEntries(overlappingWeekdays(slots).map((weekday) => [weekday, t('validation.overlap', { weekday: t(weekdayKey(weekday)) })])));
    void form.submit({ version, slots }, event.currentTarget);
  };

  return (
    <section aria-labelledby="opening-hours-title" className="panel">
      <h2 id="opening-hours-title">{t('offices.hours.title')}</h2>
      <p className="hint">{t('offices.hours.intro')}</p>
      <Form onSubmit={submit} className="form">
        {weekdays.map((weekday, dayIndex) => {
          const dayName = t(weekdayKey(weekday));
          const day = draft[dayIndex] ?? [];
          const dayError = dayErrors[weekday];
          const dayErrorId = `hours-day-${weekday}-error`;
          return (
            <fieldset key={weekday} className="weekday" aria-describedby={dayError ? dayErrorId : undefined}>
              <legend className="weekday__name">{dayName}</legend>
              {day.length === 0 ? <p className="weekday__closed">{t('offices.hours.closedDay')}</p> : null}
              {day.map((slot, slotIndex) => {
                const context = t('offices.hours.slotContext', { weekday: dayName, number: slotIndex + 1 });
                return (
                  <div key={slot.key} className="slot">
                    <div ref={focusRef(`opens-${slot.key}`)} className="slot__field">
                      <TextField
                        label={
                          <>
                            <span className="visually-hidden">{context}</span> {t('offices.hours.opensAt')}
                          </>
                        }
                        size="small"
                        autoComplete="off"
                        maxLength={5}
                        value={slot.opensAt}
                        onChange={(value) => updateSlot(dayIndex, slot.key, 'opensAt', value)}
                        error={form.fieldErrors[`${slot.key}.opensAt`]}
                      />
                    </div>
                    <div className="slot__field">
                      <TextField
                        label={
                          <>
                            <span className="visually-hidden">{context}</span> {t('offices.hours.closesAt')}
                          </>
                        }
                        size="small"
                        autoComplete="off"
                        maxLength={5}
                        value={slot.closesAt}
                        onChange={(value) => updateSlot(dayIndex, slot.key, 'closesAt', value)}
                        error={form.fieldErrors[`${slot.key}.closesAt`]}
                      />
                    </div>
                    <Button variant="quiet" onPress={() => removeSlot(dayIndex, slot.key)}>
                      {t('offices.hours.removeSlot')}{' '}
                      <span className="visually-hidden">{t('offices.hours.removeSlotContext', { weekday: dayName, number: slotIndex + 1 })}</span>
                    </Button>
                  </div>
                );
              })}
              {dayError ? (
                <p id={dayErrorId} className="field__error">
                  {dayError}
                </p>
              ) : null}
              <div ref={focusRef(`add-${dayIndex}`)} className="weekday__add">
                <Button variant="secondary" onPress={() => addSlot(dayIndex)}>
                  {t('offices.hours.addSlot')} <span className="visually-hidden">{t('offices.hours.addSlotContext', { weekday: dayName })}</span>
                </Button>
              </div>
            </fieldset>
          );
        })}
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.saving') : t('offices.hours.submit')}</Button>
      </Form>
    </section>
  );
};

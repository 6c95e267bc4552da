import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { RadioField } from '../../../components/choice-fields';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import type { FieldErrors } from '../../../lib/validation';

export type SlotValues = { key: number; weekday: string; startTime: string; endTime: string };

export type ScheduleValues = {
  kind: 'one_off' | 'weekly';
  date: string;
  startTime: string;
  endTime: string;
  slots: SlotValues[];
  startDate: string;
  endDate: string;
  minutesPerSession: string;
};

type Props = { value: ScheduleValues; onChange: (value: ScheduleValues) => void; errors: FieldErrors };

const weekdays = ['1', '2', '3', '4', '5', '6', '7'] as const;

/** One visit on a date, or weekly slots from a first day (until a last day): the two shapes of decision 052. */
export const ScheduleEditor = ({ value, onChange, errors }: Props) => {
  const { t } = useTranslation();
  const set = (changes: Partial<ScheduleValues>) => onChange({ ...value, ...changes });
  const setSlot = (key: number, changes: Partial<SlotValues>) => set({ slots: value.slots.map((slot) => (slot.key === key ? { ...slot, ...changes } : slot)) });
  const error = (path: string) => errors[`schedule.${path}`];

  return (
    <fieldset className="fieldset">
      <legend>{t('jobRequests.fields.schedule')}</legend>
      <RadioField
        label={t('jobRequests.fields.kind')}
        value={value.kind}
        options={[
          { value: 'one_off', label: t('jobRequests.fields.oneOff') },
          { value: 'weekly', label: t('jobRequests.fields.weekly') },
        ]}
        onChange={(kind) => set({ kind })}
        orientation="horizontal"
      />
      {value.kind === 'one_off' ? (
        <>
          <TextField
            label={t('jobRequests.fields.date')}
            type="date"
            value={value.date}
            onChange={(date) => set({ date })}
            error={error('date')}
            size="medium"
            isRequired
          />
          <TextField
            label={t('jobRequests.fields.startTime')}
            value={value.startTime}
            onChange={(startTime) => set({ startTime })}
            error={error('time.startTime') ?? error('startTime')}
            size="small"
            isRequired
          />
          <TextField
            label={t('jobRequests.fields.endTime')}
            value={value.endTime}
            onChange={(endTime) => set({ endTime })}
            error={error('time.endTime') ?? error('endTime')}
            size="small"
            isRequired
          />
        </>
      ) : (
        <>
          {value.slots.map((slot, index) => (
            <fieldset key={slot.key} className="fieldset">
              <legend>{t('jobRequests.schedule.slot', { number: index + 1 })}</legend>
              <SelectField
                label={t('jobRequests.fields.weekday')}
                value={slot.weekday}
                options={weekdays.map((day) => ({ value: day, label: t(`weekdays.${day}`) }))}
                onChange={(weekday) => setSlot(slot.key, { weekday })}
                error={error(`slots.${index}.weekday`) ?? error(`slots.${index}`)}
                size="medium"
                isRequired
              />
              <TextField
                label={t('jobRequests.fields.startTime')}
                value={slot.startTime}
                onChange={(startTime) => setSlot(slot.key, { startTime })}
                error={error(`slots.${index}.startTime`)}
                size="small"
                isRequired
              />
              <TextField
                label={t('jobRequests.fields.endTime')}
                value={slot.endTime}
                onChange={(endTime) => setSlot(slot.key, { endTime })}
                error={error(`slots.${index}.endTime`)}
                size="small"
                isRequired
              />
              {value.slots.length > 1 ? (
                <Button variant="quiet" onPress={() => set({ slots: value.slots.filter((other) => other.key !== slot.key) })}>
                  {t('jobRequests.schedule.removeSlot', { number: index + 1 })}
                </Button>
              ) : null}
            </fieldset>
          ))}
          {error('slots') ? <p className="field__error">{error('slots')}</p> : null}
          <Button
            variant="secondary"
            onPress={() => set({ slots: [...value.slots, { key: Math.max(0, ...value.slots.map((slot) => slot.key)) + 1, weekday: '', startTime: '', endTime: '' }] })}
          >
            {t('jobRequests.schedule.addSlot')}
          </Button>
          <TextField
            label={t('jobRequests.fields.startDate')}
            type="date"
            value={value.startDate}
            onChange={(startDate) => set({ startDate })}
            error={error('startDate')}
            size="medium"
            isRequired
          />
          <TextField
            label={t('jobRequests.fields.endDate')}
            type="date"
            value={value.endDate}
            onChange={(endDate) => set({ endDate })}
            error={error('endDate')}
            size="medium"
          />
        </>
      )}
      <TextField
        label={t('jobRequests.fields.minutesPerSession')}
        inputMode="numeric"
        value={value.minutesPerSession}
        onChange={(minutesPerSession) => set({ minutesPerSession })}
        error={error('minutesPerSession')}
        size="small"
        isRequired
      />
    </fieldset>
  );
};

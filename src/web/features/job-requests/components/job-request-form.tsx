import { useState, type ReactNode } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import type { JobRequestDetail, JobScheduleInputBody } from '../../../../contracts/job-requests';
import { MAIN_ACTIVITIES, MAIN_ACTIVITY_LABELS_NL } from '../../../../domain/activities/main-activities';
import type { ClientCategory } from '../../../../domain/clients/client-category';
import { Button } from '../../../components/button';
import { CheckboxesField } from '../../../components/choice-fields';
import { FormFeedback } from '../../../components/form-feedback';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import type { ApiError } from '../../../lib/api-error';
import type { FieldErrors } from '../../../lib/validation';
import { useContractForm } from '../../../lib/use-contract-form';
import { useActivityCatalogue } from '../api/job-requests';
import { ScheduleEditor, type ScheduleValues } from './schedule-editor';

export type JobRequestFormValues = {
  activityCode: string;
  description: string;
  atClient: boolean;
  street: string;
  postcode: string;
  city: string;
  schedule: ScheduleValues;
};

export const emptyJobRequestValues: JobRequestFormValues = {
  activityCode: '',
  description: '',
  atClient: true,
  street: '',
  postcode: '',
  city: '',
  schedule: {
    kind: 'one_off',
    date: '',
    startTime: '',
    endTime: '',
    slots: [{ key: 1, weekday: '', startTime: '', endTime: '' }],
    startDate: '',
    endDate: '',
    minutesPerSession: '120',
  },
};

/** A stored request as the form's starting point (edit). */
export const valuesOf = (request: JobRequestDetail): JobRequestFormValues => {
  const { schedule } = request;
  const first = schedule.slots[0];
  return {
    activityCode: request.activity.code,
    description: request.description,
    atClient: request.placeIsClientAddress,
    ...request.place,
    schedule: {
      kind: schedule.kind,
      date: schedule.startDate,
      startTime: first?.startTime ?? '',
      endTime: first?.endTime ?? '',
      slots: schedule.slots.map((slot, index) => ({ key: index + 1, weekday: String(slot.weekday), startTime: slot.startTime, endTime: slot.endTime })),
      startDate: schedule.startDate,
      endDate: schedule.endDate ?? '',
      minutesPerSession: String(schedule.minutesPerSession),
    },
  };
};

const scheduleBody = (schedule: ScheduleValues): JobScheduleInputBody => {
  const minutesPerSession = Number(schedule.minutesPerSession);
  return schedule.kind === 'one_off'
    ? { kind: 'one_off', date: schedule.date, startTime: schedule.startTime.trim(), endTime: schedule.endTime.trim(), minutesPerSession }
    : {
        kind: 'weekly',
        slots: schedule.slots.map((slot) => ({ weekday: Number(slot.weekday), startTime: slot.startTime.trim(), endTime: slot.endTime.trim() })),
        startDate: schedule.startDate,
        endDate: schedule.endDate === '' ? null : schedule.endDate,
        minutesPerSession,
      };
};

/** The fields both the new and the edit request share, as the contract takes them. */
export const requestFields = (values: JobRequestFormValues) => ({
  activityCode: values.activityCode,
  description: values.description.trim(),
  place: values.atClient ? null : { street: values.street.trim(), postcode: values.postcode.trim(), city: values.city.trim() },
  schedule: scheduleBody(values.schedule),
});

type Props<S extends z.ZodType, R> = {
  schema: S;
  initial: JobRequestFormValues;
  clientCategory: ClientCategory | null;
  body: (values: JobRequestFormValues) => unknown;
  send: (body: z.output<S>) => Promise<R>;
  onSuccess: (result: R) => unknown;
  submitText: string;
  /** The client choice of a new request, above the rest. */
  children?: (errors: FieldErrors) => ReactNode;
};

/**
 * What, where and when of a klusje, for a new one and an edit. The activities offered are those listed for the
 * client's category, by main activity; the server still checks the municipality's subset and says why (R15).
 */
export const JobRequestForm = <S extends z.ZodType, R>({ schema, initial, clientCategory, body, send, onSuccess, submitText, children }: Props<S, R>) => {
  const { t } = useTranslation();
  const catalogue = useActivityCatalogue();
  const [values, setValues] = useState(initial);
  const set = (changes: Partial<JobRequestFormValues>) => setValues((current) => ({ ...current, ...changes }));
  const scheduleErrors = (error: ApiError) => {
    const errors: Record<string, string> = {};
    for (const issue of error.fieldIssues) {
      if (issue.path.startsWith('schedule.') && issue.message.startsWith('SCHEDULE_')) {
        errors[issue.path] ??= t(`jobRequests.schedule.${issue.message as 'SCHEDULE_NO_SLOT'}`);
      }
    }
    return errors;
  };
  const form = useContractForm({
    schema,
    send,
    onSuccess,
    onRefused: (error) =>
      error.code === 'VALIDATION_FAILED' ? { fieldErrors: scheduleErrors(error) } : error.details.rule ? { message: t('jobRequests.create.refused') } : undefined,
  });
  const activities = (catalogue.data?.activities ?? []).filter((activity) => clientCategory === null || activity.clientCategories.includes(clientCategory));
  const ordered = MAIN_ACTIVITIES.flatMap((main) =>
    activities
      .filter((activity) => activity.mainActivity === main)
      .map((activity) => ({ value: activity.code, label: `${activity.labelNl} (${MAIN_ACTIVITY_LABELS_NL[main]})` })),
  );

  return (
    <Form onSubmit={form.handleSubmit(() => body(values))} className="form panel">
      {children?.(form.fieldErrors)}
      <SelectField
        label={t('jobRequests.fields.activity')}
        value={values.activityCode}
        placeholder={t('jobRequests.fields.chooseActivity')}
        options={ordered}
        onChange={(activityCode) => set({ activityCode })}
        error={form.fieldErrors.activityCode}
        isRequired
      />
      <TextAreaField
        label={t('jobRequests.fields.description')}
        value={values.description}
        onChange={(description) => set({ description })}
        error={form.fieldErrors.description}
        isRequired
        rows={3}
      />
      <CheckboxesField
        label={t('jobRequests.fields.place')}
        value={values.atClient ? ['atClient'] : []}
        options={[{ value: 'atClient', label: t('jobRequests.fields.placeAtClient') }]}
        onChange={(chosen) => set({ atClient: chosen.includes('atClient') })}
      />
      {values.atClient ? null : (
        <>
          <TextField
            label={t('jobRequests.fields.street')}
            value={values.street}
            onChange={(street) => set({ street })}
            error={form.fieldErrors['place.street']}
            isRequired
          />
          <TextField
            label={t('jobRequests.fields.postcode')}
            value={values.postcode}
            onChange={(postcode) => set({ postcode })}
            inputMode="numeric"
            size="small"
            error={form.fieldErrors['place.postcode']}
            isRequired
          />
          <TextField label={t('jobRequests.fields.city')} value={values.city} onChange={(city) => set({ city })} error={form.fieldErrors['place.city']} isRequired />
        </>
      )}
      <ScheduleEditor value={values.schedule} onChange={(schedule) => set({ schedule })} errors={form.fieldErrors} />
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.saving') : submitText}</Button>
    </Form>
  );
};

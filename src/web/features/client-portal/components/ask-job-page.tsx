import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import { createOwnJobRequestRequestSchema, type CreateOwnJobRequestRequest } from '../../../../contracts/client-portal';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../../../domain/activities/activity-catalogue';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { todayInBrussels } from '../../../lib/dates';
import { useContractForm } from '../../../lib/use-contract-form';
import { useClientPortal, useCreateOwnJobRequest } from '../api/client-portal';

const minutesOf = (time: string): number => {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
};

/** ISO weekday (1 Monday … 7 Sunday) of a yyyy-mm-dd date, counted in UTC so the browser's zone plays no part. */
const weekdayOf = (date: string): number => {
  const day = new Date(`${date}T00:00:00Z`).getUTCDay();
  return day === 0 ? 7 : day;
};

type Repeat = 'one_off' | 'weekly';

/**
 * "Klusje aanvragen" for a logged-in client: what (the activities of the client's category), a few words, the day
 * and hours, once or every week. The server checks the municipality's list and the place and says why it refuses.
 */
export const AskJobPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const portal = useClientPortal();
  const create = useCreateOwnJobRequest();
  const [activityCode, setActivityCode] = useState('');
  const [description, setDescription] = useState('');
  const [date, setDate] = useState(todayInBrussels);
  const [startTime, setStartTime] = useState('09:00');
  const [endTime, setEndTime] = useState('11:00');
  const [repeat, setRepeat] = useState<Repeat>('one_off');
  const form = useContractForm({
    schema: createOwnJobRequestRequestSchema,
    send: (body) => create.mutateAsync(body),
    onSuccess: () => navigate('/mijn-klusjes'),
  });
  const client = portal.data?.clients[0];
  if (!client) return <Loading>{t('app.loading')}</Loading>;
  const activities = FLEMISH_ACTIVITY_CATALOGUE.filter((activity) => activity.clientCategories.includes(client.category) && !activity.transitionalPwaOnly).map(
    (activity) => ({
      value: activity.code,
      label: activity.labelNl,
    }),
  );
  const body = (): CreateOwnJobRequestRequest => {
    const minutesPerSession = Math.max(1, minutesOf(endTime) - minutesOf(startTime));
    return {
      clientId: client.id,
      activityCode,
      description,
      place: null,
      schedule:
        repeat === 'one_off'
          ? { kind: 'one_off', date, startTime, endTime, minutesPerSession }
          : { kind: 'weekly', slots: [{ weekday: weekdayOf(date), startTime, endTime }], startDate: date, endDate: null, minutesPerSession },
    };
  };
  const scheduleError = form.fieldErrors['schedule.date'] ?? form.fieldErrors['schedule.startDate'] ?? form.fieldErrors.schedule;
  return (
    <>
      <PageHeading title={t('clientPortal.ask')}>{t('clientPortal.ask')}</PageHeading>
      <p>{t('clientPortal.form.intro')}</p>
      <Form onSubmit={form.handleSubmit(body)} className="form" aria-label={t('clientPortal.ask')}>
        <SelectField
          label={t('clientPortal.form.activity')}
          value={activityCode}
          options={activities}
          onChange={setActivityCode}
          placeholder={t('common.choose')}
          error={form.fieldErrors.activityCode}
          isRequired
        />
        <TextAreaField
          label={t('clientPortal.form.description')}
          value={description}
          onChange={setDescription}
          error={form.fieldErrors.description}
          maxLength={2000}
          isRequired
        />
        <TextField label={t('clientPortal.form.date')} type="date" size="medium" value={date} onChange={setDate} error={scheduleError} isRequired />
        <TextField label={t('clientPortal.form.from')} size="small" value={startTime} onChange={setStartTime} error={form.fieldErrors['schedule.startTime']} isRequired />
        <TextField label={t('clientPortal.form.until')} size="small" value={endTime} onChange={setEndTime} error={form.fieldErrors['schedule.endTime']} isRequired />
        <SelectField<Repeat>
          label={t('clientPortal.form.repeat')}
          value={repeat}
          options={[
            { value: 'one_off', label: t('clientPortal.form.once') },
            { value: 'weekly', label: t('clientPortal.form.weekly') },
          ]}
          onChange={(value) => setRepeat(value === '' ? 'one_off' : value)}
        />
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.sending') : t('clientPortal.form.send')}</Button>
      </Form>
    </>
  );
};

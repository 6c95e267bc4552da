import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { changeJobRequestStatusRequestSchema, editableJobRequestStatuses, type JobRequestDetail, type JobRequestStatus } from '../../../../contracts/job-requests';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { RuleReasons } from '../../../components/rule-reasons';
import { TextAreaField } from '../../../components/text-area-field';
import { errorMessageKey } from '../../../lib/api-error';
import { can } from '../../../lib/authorization';
import { formatCivilDate } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { useChangeJobRequestStatus, useJobRequest } from '../api/job-requests';

/** The next steps of a request as buttons; cancelling asks the reason the client is told. */
const StatusActions = ({ request }: { request: JobRequestDetail }) => {
  const { t } = useTranslation();
  const change = useChangeJobRequestStatus(request.id);
  const [cancelling, setCancelling] = useState(false);
  const [reason, setReason] = useState('');
  const form = useContractForm({
    schema: changeJobRequestStatusRequestSchema,
    send: (body) => change.mutateAsync(body),
    successText: t('jobRequests.page.moved'),
    onSuccess: () => {
      setCancelling(false);
      setReason('');
    },
  });
  const moves = request.nextStatuses.filter((status) => status !== 'cancelled');
  const move = (status: JobRequestStatus) => void form.submit({ version: request.version, status, reason: null });

  return (
    <section aria-labelledby="job-request-actions-title" className="panel">
      <h2 id="job-request-actions-title">{t('jobRequests.page.actions')}</h2>
      {request.nextStatuses.length === 0 ? <p>{t('jobRequests.page.noActions')}</p> : null}
      <div className="actions">
        {moves.map((status) => (
          <Button key={status} onPress={() => move(status)} isDisabled={form.isPending}>
            {t(`jobRequests.move.${status}`)}
          </Button>
        ))}
        {request.nextStatuses.includes('cancelled') && !cancelling ? (
          <Button variant="secondary" onPress={() => setCancelling(true)}>
            {t('jobRequests.move.cancelled')}
          </Button>
        ) : null}
      </div>
      {cancelling ? (
        <Form
          onSubmit={form.handleSubmit(() => ({ version: request.version, status: 'cancelled', reason: reason.trim() === '' ? null : reason.trim() }))}
          className="form"
        >
          <TextAreaField label={t('jobRequests.fields.reason')} value={reason} onChange={setReason} error={form.fieldErrors.reason} isRequired rows={3} />
          <Button type="submit" variant="danger">
            {t('jobRequests.page.cancelSubmit')}
          </Button>
        </Form>
      ) : null}
      <FormFeedback feedback={form.feedback} />
    </section>
  );
};

/** One klusje: client, what, where, when, its step and what R17 still needs; the matching helper's candidates go below. */
export const JobRequestPage = ({ session }: { session: SessionResponse }) => {
  const { t, i18n } = useTranslation();
  const { jobRequestId = '' } = useParams();
  const request = useJobRequest(jobRequestId);
  const data = request.data;
  const title = data?.activity.label ?? t('jobRequests.page.loadingTitle');
  const date = (value: string) => formatCivilDate(value, i18n.language);

  return (
    <>
      <p>
        <Link to="/klusjes">{t('jobRequests.page.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {request.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {request.isError ? <ErrorAlert>{t(errorMessageKey(request.error))}</ErrorAlert> : null}
      {data ? (
        <div className="stack">
          <section aria-labelledby="job-request-details-title" className="panel">
            <h2 id="job-request-details-title">{t('jobRequests.page.details')}</h2>
            <p>
              <span className={`status-tag status-tag--${data.status}`}>{t(`jobRequests.status.${data.status}`)}</span>
            </p>
            <dl className="facts">
              <dt>{t('jobRequests.fields.client')}</dt>
              <dd>
                <Link to={`/gebruikers/${data.client.id}`}>{data.client.name}</Link>
              </dd>
              <dt>{t('jobRequests.fields.description')}</dt>
              <dd>{data.description}</dd>
              <dt>{t('jobRequests.fields.place')}</dt>
              <dd>
                {data.place.street}, {data.place.postcode} {data.place.city}
              </dd>
              <dt>{t('jobRequests.fields.schedule')}</dt>
              <dd>
                <ul className="record-list">
                  {data.schedule.slots.map((slot) => (
                    <li key={`${slot.weekday}-${slot.startTime}`}>
                      {data.schedule.kind === 'one_off'
                        ? t('jobRequests.schedule.oneOffText', { date: date(data.schedule.startDate), start: slot.startTime, end: slot.endTime })
                        : t('jobRequests.schedule.weeklyText', { weekday: t(`weekdays.${String(slot.weekday) as '1'}`), start: slot.startTime, end: slot.endTime })}
                    </li>
                  ))}
                </ul>
                {data.schedule.kind === 'weekly'
                  ? data.schedule.endDate
                    ? t('jobRequests.schedule.period', { start: date(data.schedule.startDate), end: date(data.schedule.endDate) })
                    : t('jobRequests.schedule.periodOpen', { start: date(data.schedule.startDate) })
                  : null}{' '}
                {t('jobRequests.schedule.minutes', { count: data.schedule.minutesPerSession })}
              </dd>
              {data.wishedTiming ? (
                <>
                  <dt>{t('jobRequests.fields.wishedTiming')}</dt>
                  <dd>{data.wishedTiming}</dd>
                </>
              ) : null}
              <dt>{t('jobRequests.fields.origin')}</dt>
              <dd>{t(`jobRequests.origin.${data.origin}`)}</dd>
              {data.statusReason ? (
                <>
                  <dt>{t('jobRequests.fields.reason')}</dt>
                  <dd>{data.statusReason}</dd>
                </>
              ) : null}
            </dl>
            {can(session.role, 'jobRequests.update') && editableJobRequestStatuses.includes(data.status) ? (
              <p>
                <Link to={`/klusjes/${data.id}/bewerken`} className="button button--secondary">
                  {t('jobRequests.edit.link')}
                </Link>
              </p>
            ) : null}
          </section>
          {data.planning.allowed ? null : (
            <section aria-labelledby="job-request-planning-title" className="panel">
              <h2 id="job-request-planning-title">{t('jobRequests.page.planningBlocked')}</h2>
              <p>{t('jobRequests.page.planningBlockedHint')}</p>
              <RuleReasons reasons={data.planning.reasons} label={t('jobRequests.page.planningBlocked')} tone="warning" />
            </section>
          )}
          {can(session.role, 'jobRequests.update') ? <StatusActions request={data} /> : null}
          <section aria-labelledby="job-request-candidates-title" className="panel" id="kandidaten">
            <h2 id="job-request-candidates-title">{t('jobRequests.page.candidates')}</h2>
            <p>{t('jobRequests.page.candidatesHint')}</p>
            {can(session.role, 'matching.read') ? <Link to={`/klusjes/${data.id}/kandidaten`}>{t('jobRequests.page.openCandidates')}</Link> : null}
          </section>
        </div>
      ) : null}
    </>
  );
};

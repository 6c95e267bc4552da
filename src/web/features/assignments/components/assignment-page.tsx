import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { withReasonSchema, type Assignment } from '../../../../contracts/assignments';
import type { SessionResponse } from '../../../../contracts/sessions';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../../../domain/activities/activity-catalogue';
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
import { useAssignment, useCloseAssignment, useReloadAssignment } from '../api/assignments';

type CloseAction = 'withdraw' | 'end' | 'cancel';

/** What the coordinator may still do in each status (the server's own transitions, decision 075). */
const actionsFor = (status: Assignment['status']): readonly CloseAction[] => (status === 'proposed' ? ['withdraw'] : status === 'planned' ? ['end', 'cancel'] : []);

const km = (metres: number, locale: string): string => new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(metres / 1000);

const CloseForm = ({ assignment, action }: { assignment: Assignment; action: CloseAction }) => {
  const { t } = useTranslation();
  const close = useCloseAssignment(assignment.id, action);
  const reload = useReloadAssignment(assignment.id);
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const form = useContractForm({ schema: withReasonSchema, send: (body) => close.mutateAsync(body), onConflict: reload });
  if (!open) {
    return (
      <Button variant={action === 'end' ? 'secondary' : 'danger'} onPress={() => setOpen(true)}>
        {t(`assignments.detail.action.${action}`)}
      </Button>
    );
  }
  return (
    <Form onSubmit={form.handleSubmit(() => ({ version: assignment.version, reason }))} className="form" aria-label={t(`assignments.detail.action.${action}`)}>
      <TextAreaField label={t('assignments.detail.reason')} value={reason} onChange={setReason} error={form.fieldErrors.reason} maxLength={1000} rows={3} isRequired />
      <FormFeedback feedback={form.feedback} />
      <Button type="submit" variant={action === 'end' ? 'primary' : 'danger'}>
        {t(`assignments.detail.confirm.${action}`)}
      </Button>
    </Form>
  );
};

const Schedule = ({ assignment }: { assignment: Assignment }) => {
  const { t, i18n } = useTranslation();
  const { schedule } = assignment;
  const date = (value: string) => formatCivilDate(value, i18n.language);
  return (
    <>
      <ul>
        {schedule.slots.map((slot) => (
          <li key={`${String(slot.weekday)}-${slot.startTime}`}>
            {schedule.kind === 'one_off'
              ? t('assignments.detail.oneOff', { date: date(schedule.startDate), start: slot.startTime, end: slot.endTime })
              : t('assignments.detail.weekly', { weekday: t(`weekdays.${String(slot.weekday) as '1'}`), start: slot.startTime, end: slot.endTime })}
          </li>
        ))}
      </ul>
      {schedule.kind === 'weekly' ? (
        <p>
          {schedule.endDate
            ? t('assignments.detail.period', { start: date(schedule.startDate), end: date(schedule.endDate) })
            : t('assignments.detail.periodOpen', { start: date(schedule.startDate) })}
        </p>
      ) : null}
      <p>{t('assignments.detail.minutes', { count: schedule.minutesPerSession })}</p>
    </>
  );
};

/** One proposal or assignment for staff: who, where, when, how far, the coach, why it was proposed, and what may still change. */
export const AssignmentPage = ({ session }: { session: SessionResponse }) => {
  const { t, i18n } = useTranslation();
  const { assignmentId = '' } = useParams();
  const assignment = useAssignment(assignmentId);
  const data = assignment.data;
  const activity = data ? (FLEMISH_ACTIVITY_CATALOGUE.find((entry) => entry.code === data.activityCode)?.labelNl ?? data.activityCode) : '';
  const title = data ? t('assignments.detail.title', { activity, client: data.client.name }) : t('assignments.detail.loadingTitle');
  const actions = data && can(session.role, 'assignments.manage') ? actionsFor(data.status) : [];
  return (
    <>
      <p>
        <Link to="/planning">{t('assignments.detail.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {assignment.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {assignment.isError ? <ErrorAlert>{t(errorMessageKey(assignment.error))}</ErrorAlert> : null}
      {data ? (
        <div className="stack">
          <p>
            <span className={`status-tag status-tag--${data.status}`}>{t(`assignments.detail.status.${data.status}`)}</span>
          </p>
          {data.planningWarnings.length > 0 ? (
            <section className="panel" aria-labelledby="assignment-warnings-title">
              <h2 id="assignment-warnings-title">{t('assignments.detail.warnings')}</h2>
              <RuleReasons reasons={data.planningWarnings} label={t('assignments.detail.warnings')} tone="warning" />
            </section>
          ) : null}
          <section className="panel" aria-labelledby="assignment-details-title">
            <h2 id="assignment-details-title">{t('assignments.detail.details')}</h2>
            <dl className="details">
              <dt>{t('assignments.detail.participant')}</dt>
              <dd>
                <Link to={`/wijk-werkers/${data.participant.id}`}>{data.participant.name}</Link>
              </dd>
              <dt>{t('assignments.detail.client')}</dt>
              <dd>
                <Link to={`/gebruikers/${data.client.id}`}>{data.client.name}</Link>
              </dd>
              <dt>{t('assignments.detail.place')}</dt>
              <dd>
                {data.place.street}, {data.place.postcode} {data.place.city}
              </dd>
              <dt>{t('assignments.detail.schedule')}</dt>
              <dd>
                <Schedule assignment={data} />
              </dd>
              <dt>{t('assignments.detail.distance')}</dt>
              <dd>
                {data.oneWayMetres === null || data.roundTripMetres === null
                  ? t('assignments.detail.distanceUnknown')
                  : t(data.distanceSource === 'staff' ? 'assignments.detail.distanceStaff' : 'assignments.detail.distanceEstimate', {
                      oneWay: km(data.oneWayMetres, i18n.language),
                      roundTrip: km(data.roundTripMetres, i18n.language),
                    })}
              </dd>
              <dt>{t('assignments.detail.coach')}</dt>
              <dd>{data.coach ? data.coach.name : t('assignments.detail.noCoach')}</dd>
              <dt>{t('assignments.detail.proposedAt')}</dt>
              <dd>{new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(data.proposedAt))}</dd>
              {data.answeredAt && data.answeredVia ? (
                <>
                  <dt>{t('assignments.detail.answered')}</dt>
                  <dd>
                    {t(`assignments.detail.answeredVia.${data.answeredVia}`, {
                      at: new Intl.DateTimeFormat(i18n.language, { dateStyle: 'long', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(
                        new Date(data.answeredAt),
                      ),
                    })}
                  </dd>
                </>
              ) : null}
              {data.statusReason ? (
                <>
                  <dt>{t('assignments.detail.reason')}</dt>
                  <dd>{data.statusReason}</dd>
                </>
              ) : null}
            </dl>
          </section>
          {data.matchFactors.length > 0 ? (
            <section className="panel" aria-labelledby="assignment-factors-title">
              <h2 id="assignment-factors-title">{t('assignments.detail.factors')}</h2>
              <ul>
                {data.matchFactors.map((line) => (
                  <li key={line.factor}>{t(`assignments.detail.factor.${line.factor}`, { points: line.points, maxPoints: line.maxPoints })}</li>
                ))}
              </ul>
            </section>
          ) : null}
          {actions.length > 0 ? (
            <section className="panel" aria-labelledby="assignment-actions-title">
              <h2 id="assignment-actions-title">{t('assignments.detail.actions')}</h2>
              <div className="stack">
                {actions.map((action) => (
                  <CloseForm key={action} assignment={data} action={action} />
                ))}
              </div>
            </section>
          ) : null}
        </div>
      ) : null}
    </>
  );
};

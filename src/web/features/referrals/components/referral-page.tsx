import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { declineReferralRequestSchema, planIntakeRequestSchema, type Referral } from '../../../../contracts/referrals';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { RuleReasons } from '../../../components/rule-reasons';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { errorMessageKey } from '../../../lib/api-error';
import { can } from '../../../lib/authorization';
import { addDaysTo, brusselsDateTime, formatInstant, todayInBrussels } from '../../../lib/dates';
import { normaliseTime } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import type { FieldErrors } from '../../../lib/validation';
import { useDeclineReferral, useIntakeOffices, usePlanIntake, useReferral, useReloadReferral } from '../api/referrals';

const isOpen = (referral: Referral): boolean => referral.status === 'received' || referral.status === 'intake_planned';

const createdName = (state: unknown): string | null => {
  if (typeof state !== 'object' || state === null) return null;
  const name = (state as Record<string, unknown>).referredName;
  return typeof name === 'string' ? name : null;
};

const PlanIntakeForm = ({ referral }: { referral: Referral }) => {
  const { t } = useTranslation();
  const planIntake = usePlanIntake(referral.id);
  const reload = useReloadReferral(referral.id);
  const offices = useIntakeOffices();
  const [date, setDate] = useState(() => addDaysTo(todayInBrussels(), 1));
  const [time, setTime] = useState('10:00');
  const [officeId, setOfficeId] = useState('');
  const form = useContractForm({
    schema: planIntakeRequestSchema,
    send: (body) => planIntake.mutateAsync(body),
    successText: t('referrals.intake.saved'),
    conflictText: t('referrals.page.conflict'),
    onConflict: reload,
  });

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const normalisedTime = normaliseTime(time);
    setTime(normalisedTime);
    // The contract wants one instant; a date or time that makes none is named on its own field.
    const at = brusselsDateTime(date, normalisedTime);
    if (at === null) {
      const fieldErrors: FieldErrors = /^\d{2}:\d{2}$/.test(normalisedTime) ? { date: t('validation.date') } : { time: t('validation.time') };
      form.refuse({ message: t('common.formHasErrors'), fieldErrors }, event.currentTarget);
      return;
    }
    void form.submit({ version: referral.version, at, officeId: officeId || undefined }, event.currentTarget);
  };

  return (
    <section aria-labelledby="plan-intake-title" className="panel">
      {/* One title whether planning or moving the intake: the region keeps its name while the person works in it. */}
      <h2 id="plan-intake-title">{t('referrals.intake.title')}</h2>
      <Form onSubmit={submit} className="form">
        <div className="form__row">
          <TextField
            label={t('referrals.intake.date')}
            type="date"
            size="medium"
            value={date}
            onChange={setDate}
            error={form.fieldErrors.date ?? form.fieldErrors.at}
            isRequired
          />
          <TextField
            label={t('referrals.intake.time')}
            description={t('referrals.intake.timeHint')}
            size="small"
            value={time}
            onChange={setTime}
            onBlur={() => setTime((current) => normaliseTime(current))}
            error={form.fieldErrors.time}
            isRequired
          />
        </div>
        <SelectField
          label={t('referrals.intake.office')}
          value={officeId}
          options={(offices.data ?? []).map((office) => ({ value: office.id, label: office.name }))}
          placeholder={t('referrals.intake.noOffice')}
          onChange={setOfficeId}
          error={form.fieldErrors.officeId}
        />
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.saving') : referral.intake ? t('referrals.intake.titleReplan') : t('referrals.intake.submit')}</Button>
      </Form>
    </section>
  );
};

const DeclineForm = ({ referral }: { referral: Referral }) => {
  const { t } = useTranslation();
  const decline = useDeclineReferral(referral.id);
  const reload = useReloadReferral(referral.id);
  const [reason, setReason] = useState('');
  // A declined referral shows as such on this page; the form goes away with the open referral.
  const form = useContractForm({
    schema: declineReferralRequestSchema,
    send: (body) => decline.mutateAsync(body),
    conflictText: t('referrals.page.conflict'),
    onConflict: reload,
  });

  return (
    <section aria-labelledby="decline-title" className="panel">
      <h2 id="decline-title">{t('referrals.decline.title')}</h2>
      <p className="hint">{t('referrals.decline.intro')}</p>
      <Form onSubmit={form.handleSubmit(() => ({ version: referral.version, reason }))} className="form">
        <TextAreaField label={t('referrals.decline.reason')} value={reason} onChange={setReason} error={form.fieldErrors.reason} maxLength={1000} rows={3} isRequired />
        <FormFeedback feedback={form.feedback} />
        <Button type="submit" variant="danger">
          {form.isPending ? t('common.saving') : t('referrals.decline.submit')}
        </Button>
      </Form>
    </section>
  );
};

export const ReferralPage = ({ session }: { session: SessionResponse }) => {
  const { t, i18n } = useTranslation();
  const { referralId = '' } = useParams();
  const location = useLocation();
  const referral = useReferral(referralId);
  const data = referral.data;
  const title = data ? t('referrals.page.title', { name: `${data.candidate.firstName} ${data.candidate.lastName}` }) : t('referrals.page.loadingTitle');
  const mayDecide = can(session.role, 'referrals.decide');
  const justCreated = createdName(location.state);

  return (
    <>
      {can(session.role, 'referrals.queue') ? (
        <p>
          <Link to="/doorverwijzingen">{t('referrals.page.back')}</Link>
        </p>
      ) : null}
      <PageHeading title={title}>{title}</PageHeading>
      <StatusMessage>{justCreated ? t('referrals.refer.created', { name: justCreated }) : null}</StatusMessage>
      {referral.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {referral.isError ? <ErrorAlert>{t(errorMessageKey(referral.error))}</ErrorAlert> : null}
      {data ? (
        <div className="stack">
          <section aria-labelledby="referral-details-title" className="panel">
            <h2 id="referral-details-title">{t('referrals.page.details')}</h2>
            <dl className="facts">
              <div>
                <dt>{t('referrals.table.status')}</dt>
                <dd>
                  <span className={`status-tag status-tag--${data.status}`}>{t(`referrals.status.${data.status}`)}</span>
                </dd>
              </div>
              {data.intake ? (
                <div>
                  <dt>{t('referrals.page.intake')}</dt>
                  <dd>{formatInstant(data.intake.at, i18n.language)}</dd>
                </div>
              ) : null}
              <div>
                <dt>{t('referrals.table.source')}</dt>
                <dd>
                  {t(`participantLabels.agency.${data.agency}`)} — {data.counsellor.name}
                  {data.counsellor.email ? ` (${data.counsellor.email})` : ''} · {t(`referrals.channel.${data.channel}`)}
                </dd>
              </div>
              <div>
                <dt>{t('referrals.table.received')}</dt>
                <dd>{formatInstant(data.receivedAt, i18n.language)}</dd>
              </div>
              <div>
                <dt>{t('participantLabels.fields.postcode')}</dt>
                <dd>{data.candidate.postcode}</dd>
              </div>
              <div>
                <dt>{t('participantLabels.fields.phone')}</dt>
                <dd>{data.candidate.phone ?? t('common.notGiven')}</dd>
              </div>
              <div>
                <dt>{t('participantLabels.fields.email')}</dt>
                <dd>{data.candidate.email ?? t('common.notGiven')}</dd>
              </div>
              {data.benefitStatus !== undefined ? (
                <div>
                  <dt>{t('participantLabels.fields.benefitStatus')}</dt>
                  <dd>{data.benefitStatus ? t(`participantLabels.benefitStatus.${data.benefitStatus}`) : t('common.notGiven')}</dd>
                </div>
              ) : null}
              {data.refusalReasons ? (
                <div>
                  <dt>{t('referrals.page.refusalReasons')}</dt>
                  <dd>
                    <RuleReasons reasons={data.refusalReasons} label={t('referrals.page.refusalReasons')} />
                  </dd>
                </div>
              ) : null}
              {data.declineReason ? (
                <div>
                  <dt>{t('referrals.decline.reason')}</dt>
                  <dd>{data.declineReason}</dd>
                </div>
              ) : null}
            </dl>
            <h3>{t('referrals.fields.agreements')}</h3>
            <p className="preserve-lines">{data.agreements}</p>
            {data.participantId ? (
              <p>
                <Link to={`/wijk-werkers/${data.participantId}`}>{t('referrals.page.openParticipant')}</Link>
              </p>
            ) : null}
          </section>
          {mayDecide && isOpen(data) ? (
            <>
              <section aria-labelledby="accept-title" className="panel">
                <h2 id="accept-title">{t('referrals.page.acceptTitle')}</h2>
                <p>{t('referrals.page.acceptText')}</p>
                <p>
                  <Link to={`/doorverwijzingen/${data.id}/intake`} className="button button--primary">
                    {t('referrals.page.startWizard')}
                  </Link>
                </p>
              </section>
              <PlanIntakeForm referral={data} />
              <DeclineForm referral={data} />
            </>
          ) : null}
        </div>
      ) : null}
    </>
  );
};

import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { versionOnlySchema, withReasonSchema, type Assignment } from '../../../../contracts/assignments';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { TextAreaField } from '../../../components/text-area-field';
import { formatCivilDate } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { useAnswerProposal, useCalendarFeed, useChangeCalendarFeed, useMyPlanning, useReloadMyPlanning } from '../api/assignments';
import { SessionCard } from './session-card';

const ProposalCard = ({ proposal }: { proposal: Assignment }) => {
  const { t, i18n } = useTranslation();
  const reload = useReloadMyPlanning();
  const accept = useAnswerProposal(proposal.id, 'accept');
  const decline = useAnswerProposal(proposal.id, 'decline');
  const [declining, setDeclining] = useState(false);
  const [reason, setReason] = useState('');
  const yes = useContractForm({ schema: versionOnlySchema, send: (body) => accept.mutateAsync(body), onConflict: reload });
  const no = useContractForm({ schema: withReasonSchema, send: (body) => decline.mutateAsync(body), onConflict: reload });
  const slot = proposal.schedule.slots[0];
  return (
    <article className="panel proposal-card" aria-labelledby={`proposal-${proposal.id}`}>
      <h3 id={`proposal-${proposal.id}`}>
        <span aria-hidden="true">🧰 </span>
        {t('assignments.proposal.title', { client: proposal.client.name })}
      </h3>
      <p>
        <span aria-hidden="true">📅 </span>
        {proposal.schedule.kind === 'weekly'
          ? t('assignments.proposal.weekly', { date: formatCivilDate(proposal.schedule.startDate, i18n.language) })
          : formatCivilDate(proposal.schedule.startDate, i18n.language)}
        {slot ? ` · ${slot.startTime}` : ''}
      </p>
      <p>
        <span aria-hidden="true">📍 </span>
        {proposal.place.street}, {proposal.place.postcode} {proposal.place.city}
      </p>
      <Form onSubmit={yes.handleSubmit(() => ({ version: proposal.version }))}>
        <FormFeedback feedback={yes.feedback} />
        <Button type="submit">
          <span aria-hidden="true">✅ </span>
          {t('assignments.proposal.accept')}
        </Button>
      </Form>
      {declining ? (
        <Form onSubmit={no.handleSubmit(() => ({ version: proposal.version, reason }))} className="form">
          <TextAreaField
            label={t('assignments.proposal.reason')}
            value={reason}
            onChange={setReason}
            error={no.fieldErrors.reason}
            maxLength={1000}
            rows={3}
            isRequired
          />
          <FormFeedback feedback={no.feedback} />
          <Button type="submit" variant="danger">
            {t('assignments.proposal.declineSubmit')}
          </Button>
        </Form>
      ) : (
        <Button variant="secondary" onPress={() => setDeclining(true)}>
          <span aria-hidden="true">✖ </span>
          {t('assignments.proposal.decline')}
        </Button>
      )}
    </article>
  );
};

const CalendarFeedPanel = () => {
  const { t } = useTranslation();
  const feed = useCalendarFeed();
  const create = useChangeCalendarFeed('POST');
  const revoke = useChangeCalendarFeed('DELETE');
  return (
    <section className="panel" aria-labelledby="feed-title">
      <h2 id="feed-title">
        <span aria-hidden="true">📱 </span>
        {t('assignments.feed.title')}
      </h2>
      <p>{t('assignments.feed.intro')}</p>
      {feed.data?.url && (
        <p>
          {t('assignments.feed.yourLink')} <a href={feed.data.url}>{feed.data.url}</a>
        </p>
      )}
      {feed.data?.active && !feed.data.url && <p>{t('assignments.feed.active')}</p>}
      <Button onPress={() => create.mutate()}>{feed.data?.active ? t('assignments.feed.renew') : t('assignments.feed.create')}</Button>
      {feed.data?.active && (
        <Button variant="secondary" onPress={() => revoke.mutate()}>
          {t('assignments.feed.revoke')}
        </Button>
      )}
    </section>
  );
};

/** Mijn planning, phone first: proposals to answer on top, then the next visits as cards, then the phone calendar. */
export const MyPlanningPage = () => {
  const { t } = useTranslation();
  const planning = useMyPlanning();
  return (
    <div className="my-planning">
      <PageHeading title={t('assignments.mine.title')}>{t('assignments.mine.title')}</PageHeading>
      {planning.isPending && <Loading>{t('app.loading')}</Loading>}
      {planning.isError && <ErrorAlert>{t('assignments.loadFailed')}</ErrorAlert>}
      {planning.data && (
        <>
          {planning.data.proposals.length > 0 && (
            <section aria-labelledby="proposals-title">
              <h2 id="proposals-title">{t('assignments.mine.proposals')}</h2>
              {planning.data.proposals.map((proposal) => (
                <ProposalCard key={proposal.id} proposal={proposal} />
              ))}
            </section>
          )}
          <section aria-labelledby="next-title">
            <h2 id="next-title">{t('assignments.mine.next')}</h2>
            {planning.data.sessions.length === 0 ? (
              <p>{t('assignments.mine.none')}</p>
            ) : (
              planning.data.sessions.map((session) => <SessionCard key={`${session.assignmentId}-${session.date}`} session={session} />)
            )}
          </section>
        </>
      )}
      <CalendarFeedPanel />
    </div>
  );
};

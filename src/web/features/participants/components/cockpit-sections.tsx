import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { Button } from '../../../components/button';
import { ErrorAlert, Loading } from '../../../components/messages';
import { errorMessageKey } from '../../../lib/api-error';
import { formatCivilDate } from '../../../lib/format';
import { useParticipantList, useReminders } from '../api/participants';
import { monthsLeftText, monthText } from '../utils/trajectory-text';

/** The counsellor's participants with their trajectory counters (the server answers only the ones they may see). */
export const MyParticipants = () => {
  const { t, i18n } = useTranslation();
  const participants = useParticipantList({});
  const items = participants.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="my-participants-title" className="panel">
      <h2 id="my-participants-title">{t('cockpit.participants.title')}</h2>
      {participants.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {participants.isError ? <ErrorAlert>{t(errorMessageKey(participants.error))}</ErrorAlert> : null}
      {participants.isSuccess && items.length === 0 ? <p>{t('cockpit.participants.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="cards" aria-label={t('cockpit.participants.title')}>
          {items.map((participant) => (
            <li key={participant.id} className="card card--link">
              <Link to={`/wijk-werkers/${participant.id}`} className="card__title">
                {participant.firstName} {participant.lastName}
              </Link>
              <p>
                <span className={`status-tag status-tag--${participant.status}`}>{t(`participantLabels.status.${participant.status}`)}</span>
              </p>
              {participant.trajectory ? (
                <p>
                  {monthText(t, participant.trajectory)} · {monthsLeftText(t, participant.trajectory, i18n.language)}
                  {participant.trajectory.nextEvaluationDate ? (
                    <>
                      <br />
                      {t('cockpit.participants.nextEvaluation', { date: formatCivilDate(participant.trajectory.nextEvaluationDate, i18n.language) })}
                    </>
                  ) : null}
                </p>
              ) : (
                <p>{t('participants.trajectory.none')}</p>
              )}
            </li>
          ))}
        </ul>
      ) : null}
      {participants.hasNextPage ? (
        <Button variant="secondary" onPress={() => participants.isFetchingNextPage || void participants.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </section>
  );
};

/** Evaluations falling due and medical permissions about to expire, each with a way straight to the record. */
export const RemindersSection = () => {
  const { t, i18n } = useTranslation();
  const reminders = useReminders();
  const items = reminders.data ?? [];
  return (
    <section aria-labelledby="reminders-title" className="panel">
      <h2 id="reminders-title">{t('cockpit.reminders.title')}</h2>
      {reminders.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {reminders.isError ? <ErrorAlert>{t(errorMessageKey(reminders.error))}</ErrorAlert> : null}
      {reminders.isSuccess && items.length === 0 ? <p>{t('cockpit.reminders.empty')}</p> : null}
      {items.length > 0 ? (
        <ul className="record-list" aria-label={t('cockpit.reminders.title')}>
          {items.map((reminder) => (
            <li key={`${reminder.kind}-${reminder.participantId}-${reminder.dueOn}`} className="record-list__item">
              <p>
                <strong>{t(`cockpit.reminders.kind.${reminder.kind}`, { date: formatCivilDate(reminder.dueOn, i18n.language) })}</strong>
              </p>
              <p>
                <Link to={reminder.kind === 'evaluation_due' ? `/wijk-werkers/${reminder.participantId}#evaluatie` : `/wijk-werkers/${reminder.participantId}`}>
                  {reminder.kind === 'evaluation_due'
                    ? t('cockpit.reminders.recordEvaluation', { name: reminder.participantName })
                    : t('cockpit.reminders.open', { name: reminder.participantName })}
                </Link>
              </p>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PlannedSession } from '../../../../contracts/assignments';
import { formatCivilDate } from '../../../lib/format';

/** One visit as a card: when, where, for whom, how far; a proposal says it is not yet sure. */
export const SessionCard = ({ session, showParticipant = false }: { session: PlannedSession; showParticipant?: boolean }) => {
  const { t, i18n } = useTranslation();
  return (
    <article className={`session-card${session.tentative ? ' session-card--tentative' : ''}`}>
      <h3>
        <span aria-hidden="true">📅 </span>
        {formatCivilDate(session.date, i18n.language, { weekday: 'long', day: 'numeric', month: 'long' })} · {session.startTime}–{session.endTime}
      </h3>
      {session.tentative && <p className="badge">{t('assignments.tentative')}</p>}
      {showParticipant && (
        <p>
          <Link
            to={`/opdrachten/${session.assignmentId}`}
            aria-label={t('assignments.detail.open', { participant: session.participant.name, client: session.client.name })}
          >
            {session.participant.name}
          </Link>
        </p>
      )}
      <p>
        <span aria-hidden="true">🏠 </span>
        {t('assignments.client')}: {session.client.name}
      </p>
      <p>
        <span aria-hidden="true">📍 </span>
        {session.place.street}, {session.place.postcode} {session.place.city}
      </p>
      {session.roundTripMetres !== null && (
        <p>
          <span aria-hidden="true">🚲 </span>
          {t('assignments.roundTrip', { km: (session.roundTripMetres / 1000).toLocaleString(i18n.language, { maximumFractionDigits: 1 }) })}
        </p>
      )}
    </article>
  );
};

import { useTranslation } from 'react-i18next';
import { useSearchParams } from 'react-router';
import { isoWeekOf, isoWeekRange } from '../../../../domain/planning/iso-week';
import { parseCivilDate } from '../../../../domain/time/civil-date';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { addDaysTo, todayInBrussels } from '../../../lib/dates';
import { formatCivilDate } from '../../../lib/format';
import { usePlanningWeek } from '../api/assignments';
import { SessionCard } from './session-card';

/** The coordinator's week: a column per day on a wide screen, one list per day on a phone (CSS decides). */
export const PlanningPage = () => {
  const { t, i18n } = useTranslation();
  const [params, setParams] = useSearchParams();
  const asked = params.get('week') ?? '';
  const week = isoWeekRange(asked) === null ? isoWeekOf(parseCivilDate(todayInBrussels())) : asked;
  const range = isoWeekRange(week);
  const planning = usePlanningWeek(week);
  const shift = (days: number) => range && setParams({ week: isoWeekOf(parseCivilDate(addDaysTo(range.from, days))) });
  const days = range ? Array.from({ length: 7 }, (_, offset) => addDaysTo(range.from, offset)) : [];
  const sessions = planning.data?.participants.flatMap((entry) => entry.sessions) ?? [];
  return (
    <>
      <PageHeading title={t('assignments.week.title')}>{t('assignments.week.title')}</PageHeading>
      <nav aria-label={t('assignments.week.navigation')} className="week-navigation">
        <button type="button" className="button button--secondary" onClick={() => shift(-7)}>
          ← {t('assignments.week.previous')}
        </button>
        <p aria-live="polite">
          {t('assignments.week.label', { week })} {range && `(${formatCivilDate(range.from, i18n.language)} – ${formatCivilDate(range.to, i18n.language)})`}
        </p>
        <button type="button" className="button button--secondary" onClick={() => shift(7)}>
          {t('assignments.week.next')} →
        </button>
      </nav>
      {planning.isPending && <Loading>{t('app.loading')}</Loading>}
      {planning.isError && <ErrorAlert>{t('assignments.loadFailed')}</ErrorAlert>}
      {planning.data && (
        <div className="week-grid">
          {days.map((day) => (
            <section key={day} aria-labelledby={`day-${day}`} className="week-day">
              <h2 id={`day-${day}`}>{formatCivilDate(day, i18n.language, { weekday: 'long', day: 'numeric', month: 'short' })}</h2>
              {sessions
                .filter((session) => session.date === day)
                .map((session) => (
                  <SessionCard key={`${session.assignmentId}-${day}`} session={session} showParticipant />
                ))}
            </section>
          ))}
        </div>
      )}
    </>
  );
};

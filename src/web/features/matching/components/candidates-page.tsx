import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../../../domain/activities/activity-catalogue';
import type { CandidatesResponse, RankedCandidateView } from '../../../../contracts/matching';
import { Button } from '../../../components/button';
import { ErrorAlert, Loading, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { RuleReasons } from '../../../components/rule-reasons';
import { errorMessageKey } from '../../../lib/api-error';
import { formatCivilDate } from '../../../lib/format';
import { useCandidates } from '../api/matching';
import { usePropose } from '../api/propose';
import { exclusionLine, factorLine, kmText, type Line } from '../reason-lines';
import { DistanceDialog } from './distance-dialog';

const activityLabel = (code: string): string => FLEMISH_ACTIVITY_CATALOGUE.find((activity) => activity.code === code)?.labelNl ?? code;

type Editing = { participantId: string; name: string; initialKm: string };

const CandidateCard = ({
  candidate,
  onEditKm,
  onPropose,
  isProposing,
}: {
  candidate: RankedCandidateView;
  onEditKm: () => void;
  onPropose: () => void;
  isProposing: boolean;
}) => {
  const { t, i18n } = useTranslation();
  const say = (line: Line) => t(line.key, { ...line.values, defaultValue: t('matching.unknownLine', { code: line.key }) });
  const titleId = `candidate-${candidate.participantId}`;
  return (
    <li className="panel candidate" aria-labelledby={titleId}>
      <h2 id={titleId} className="candidate__title">
        <span className="candidate__rank">{t('matching.rank', { rank: candidate.rank })}</span> {candidate.name}
      </h2>
      <p>
        {candidate.city} ·{' '}
        {candidate.distance
          ? t(candidate.distance.source === 'staff' ? 'matching.kmStaff' : 'matching.kmEstimate', { km: kmText(candidate.distance.oneWayMetres, i18n.language) })
          : t('matching.kmUnknown')}{' '}
        · {t('matching.score', { score: candidate.score, maxScore: candidate.maxScore })}
      </p>
      <h3 className="candidate__why">{t('matching.whyHere')}</h3>
      <ul className="candidate__factors">
        {candidate.factors.map((line) => (
          <li key={line.factor}>{say(factorLine(line, i18n.language))}</li>
        ))}
      </ul>
      {candidate.tentativeHoursInMonth > 0 ? <p>{t('matching.tentativeHours', { hours: candidate.tentativeHoursInMonth })}</p> : null}
      <div className="actions">
        <Button variant="secondary" onPress={onEditKm}>
          {t('matching.editKm')}
        </Button>
        {candidate.alreadyProposed ? (
          <StatusMessage tone="note">{t('matching.alreadyProposed')}</StatusMessage>
        ) : (
          <Button onPress={onPropose} isDisabled={isProposing}>
            {t('matching.propose')}
          </Button>
        )}
      </div>
    </li>
  );
};

type Ranked = Extract<CandidatesResponse, { status: 'ranked' }>;

const ExcludedList = ({ excluded, excludedTotal, excludedCounts, excludedListed }: Pick<Ranked, 'excluded' | 'excludedTotal' | 'excludedCounts' | 'excludedListed'>) => {
  const { t, i18n } = useTranslation();
  if (excludedTotal === 0) return null;
  return (
    <details className="panel">
      <summary>{t('matching.excludedSummary', { count: excludedTotal })}</summary>
      <ul>
        {excludedCounts.map((line) => (
          <li key={line.code}>
            {t('matching.excludedCountLine', { count: line.count, reason: t(`matching.excludedReason.${line.code}`, { defaultValue: line.code }) })}
          </li>
        ))}
      </ul>
      {excluded.length > 0 ? <p>{t('matching.excludedListed', { shown: excluded.length, total: excludedListed.total })}</p> : null}
      <ul className="candidate__excluded">
        {excluded.map((entry) => (
          <li key={entry.participantId}>
            <strong>{entry.name}</strong> ({entry.city})
            <ul>
              {entry.reasons.map((reason) => {
                const line = exclusionLine(reason, i18n.language);
                return (
                  <li key={reason.code}>
                    {reason.rule ? <span className="rule-badge">{t('reasons.rule', { rule: reason.rule })}</span> : null}{' '}
                    {t(line.key, { ...line.values, defaultValue: t('matching.unknownLine', { code: reason.code }) })}
                  </li>
                );
              })}
            </ul>
          </li>
        ))}
      </ul>
    </details>
  );
};

/** A job request's candidates for staff (decision 226): ranked cards with "why here", the excluded ones, km, propose. */
export const CandidatesPage = () => {
  const { t, i18n } = useTranslation();
  const { jobRequestId = '' } = useParams();
  const candidates = useCandidates(jobRequestId);
  const propose = usePropose(jobRequestId);
  const [editing, setEditing] = useState<Editing | null>(null);
  const [proposed, setProposed] = useState<string | null>(null);
  const data = candidates.data;
  const title = t('matching.title');

  return (
    <>
      <p>
        <Link to={`/klusjes/${encodeURIComponent(jobRequestId)}`}>{t('matching.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {candidates.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {candidates.isError ? <ErrorAlert>{t(errorMessageKey(candidates.error))}</ErrorAlert> : null}
      {data ? (
        <div className="stack">
          <p>
            {t('matching.request', {
              activity: activityLabel(data.jobRequest.activityCode),
              client: data.jobRequest.clientName,
              place: `${data.jobRequest.placeStreet}, ${data.jobRequest.placePostcode} ${data.jobRequest.placeCity}`,
            })}
          </p>
          {data.status === 'client_not_in_good_standing' ? (
            <section className="panel" aria-labelledby="matching-gate-title">
              <h2 id="matching-gate-title">{t('matching.clientNotInGoodStanding')}</h2>
              <RuleReasons reasons={data.reasons} label={t('matching.clientNotInGoodStanding')} />
              <Link to={`/gebruikers/${encodeURIComponent(data.jobRequest.clientId)}`}>{t('matching.openClient')}</Link>
            </section>
          ) : null}
          {data.status === 'request_refused' ? (
            <section className="panel" aria-labelledby="matching-refused-title">
              <h2 id="matching-refused-title">{t('matching.requestRefused')}</h2>
              <RuleReasons reasons={data.reasons} label={t('matching.requestRefused')} />
            </section>
          ) : null}
          {data.status === 'ranked' ? (
            <>
              <p>{t('matching.firstSession', { date: formatCivilDate(data.firstSessionDate, i18n.language), hours: data.sessionHours })}</p>
              {proposed ? <StatusMessage>{t('matching.proposed', { name: proposed })}</StatusMessage> : null}
              {propose.isError ? <ErrorAlert>{t(errorMessageKey(propose.error))}</ErrorAlert> : null}
              {data.ranked.length === 0 ? <p>{t('matching.noneRanked')}</p> : null}
              <ol className="candidates" aria-label={t('matching.rankedLabel')}>
                {data.ranked.map((candidate) => (
                  <CandidateCard
                    key={candidate.participantId}
                    candidate={candidate}
                    isProposing={propose.isPending}
                    onEditKm={() =>
                      setEditing({
                        participantId: candidate.participantId,
                        name: candidate.name,
                        initialKm: candidate.distance ? kmText(candidate.distance.oneWayMetres, i18n.language) : '',
                      })
                    }
                    onPropose={() =>
                      propose.mutate(
                        { participantId: candidate.participantId, ...(candidate.distance ? { oneWayMetres: candidate.distance.oneWayMetres } : {}) },
                        { onSuccess: () => setProposed(candidate.name) },
                      )
                    }
                  />
                ))}
              </ol>
              <ExcludedList excluded={data.excluded} excludedTotal={data.excludedTotal} excludedCounts={data.excludedCounts} excludedListed={data.excludedListed} />
            </>
          ) : null}
        </div>
      ) : null}
      {editing ? <DistanceDialog jobRequestId={jobRequestId} {...editing} onClose={() => setEditing(null)} /> : null}
    </>
  );
};

import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import {
  endTrajectoryRequestSchema,
  recordEvaluationRequestSchema,
  startTrajectoryRequestSchema,
  trajectoryOutcomes,
  type TrajectoryDetail,
} from '../../../../contracts/trajectories';
import type { ParticipantDetail } from '../../../../contracts/participants';
import { extensionWindowOf } from '../../../../domain/trajectory/extension-window';
import { parseCivilDate } from '../../../../domain/time/civil-date';
import { Button } from '../../../components/button';
import { RadioField } from '../../../components/choice-fields';
import { FormFeedback } from '../../../components/form-feedback';
import { StatusMessage } from '../../../components/messages';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { todayInBrussels } from '../../../lib/dates';
import { formatCivilDate } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { useEndTrajectory, useRecordEvaluation, useReloadParticipant, useStartTrajectory } from '../api/participants';
import { monthsLeftText, monthText } from '../utils/trajectory-text';

type Outcome = (typeof trajectoryOutcomes)[number];
type EvaluationOutcome = 'continue' | 'extend' | 'end';

/** The extension's window around the 6-month evaluation (R5), in words, while the trajectory can still be extended. */
const extendHint = (t: TFunction, trajectory: TrajectoryDetail, locale: string): string => {
  if (trajectory.extended || trajectory.ofMonths === null) return t('participants.evaluation.outcomeHints.extend');
  const window = extensionWindowOf(parseCivilDate(trajectory.startDate), 0);
  return t('participants.evaluation.extendWindow', {
    dueDate: formatCivilDate(window.dueDate, locale),
    opensOn: formatCivilDate(window.opensOn, locale),
    closesOn: formatCivilDate(window.closesOn, locale),
  });
};

type EvaluationFormProps = {
  participantId: string;
  trajectory: TrajectoryDetail;
  /** A coordinator records the counsellor's evaluation on their behalf and names them (R5); the counsellor does not. */
  onBehalfOf: { defaultName: string } | null;
};

const EvaluationForm = ({ participantId, trajectory, onBehalfOf }: EvaluationFormProps) => {
  const { t, i18n } = useTranslation();
  const record = useRecordEvaluation(participantId);
  const reload = useReloadParticipant(participantId);
  const [heldOn, setHeldOn] = useState(todayInBrussels);
  const [outcome, setOutcome] = useState<EvaluationOutcome | null>(null);
  const [notes, setNotes] = useState('');
  const [counsellorName, setCounsellorName] = useState(onBehalfOf?.defaultName ?? '');
  const form = useContractForm({
    schema: recordEvaluationRequestSchema,
    send: (body) => record.mutateAsync({ ...body, trajectoryId: trajectory.id }),
    successText: t('participants.evaluation.saved'),
    onSuccess: () => {
      setNotes('');
      setOutcome(null);
    },
    onConflict: reload,
  });
  return (
    <Form
      id="evaluatie"
      onSubmit={form.handleSubmit(() => ({ version: trajectory.version, heldOn, outcome, notes, onBehalfOf: onBehalfOf ? { counsellorName } : undefined }))}
      className="form subpanel"
      aria-labelledby="evaluation-form-title"
    >
      <h3 id="evaluation-form-title">{t('participants.evaluation.title')}</h3>
      {onBehalfOf ? (
        <TextField
          label={t('participants.evaluation.onBehalfOf')}
          description={t('participants.evaluation.onBehalfOfHint')}
          autoComplete="off"
          value={counsellorName}
          onChange={setCounsellorName}
          error={form.fieldErrors['onBehalfOf.counsellorName'] ?? form.fieldErrors.onBehalfOf}
          isRequired
        />
      ) : null}
      <TextField label={t('participants.evaluation.heldOn')} type="date" size="medium" value={heldOn} onChange={setHeldOn} error={form.fieldErrors.heldOn} isRequired />
      <RadioField
        label={t('participants.evaluation.outcome')}
        value={outcome}
        options={(['continue', 'extend', 'end'] as const).map((value) => ({
          value,
          label: t(`participants.evaluation.outcomes.${value}`),
          description: value === 'extend' ? extendHint(t, trajectory, i18n.language) : t(`participants.evaluation.outcomeHints.${value}`),
        }))}
        onChange={setOutcome}
        error={form.fieldErrors.outcome}
        isRequired
      />
      <TextAreaField label={t('participants.evaluation.notes')} value={notes} onChange={setNotes} error={form.fieldErrors.notes} maxLength={5000} rows={4} />
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.saving') : t('participants.evaluation.submit')}</Button>
    </Form>
  );
};

const EndForm = ({ participantId, trajectory, onEnded }: { participantId: string; trajectory: TrajectoryDetail; onEnded: () => void }) => {
  const { t } = useTranslation();
  const end = useEndTrajectory(participantId);
  const reload = useReloadParticipant(participantId);
  const [endedOn, setEndedOn] = useState(todayInBrussels);
  const [outcome, setOutcome] = useState<Outcome | null>(null);
  const [outcomeReason, setOutcomeReason] = useState('');
  const form = useContractForm({
    schema: endTrajectoryRequestSchema,
    send: (body) => end.mutateAsync({ ...body, trajectoryId: trajectory.id }),
    successText: t('participants.end.saved'),
    onSuccess: onEnded,
    onConflict: reload,
  });
  return (
    <Form
      onSubmit={form.handleSubmit(() => ({ version: trajectory.version, endedOn, outcome, outcomeReason: outcomeReason.trim() === '' ? undefined : outcomeReason }))}
      className="form subpanel"
      aria-labelledby="end-form-title"
    >
      <h3 id="end-form-title">{t('participants.end.title')}</h3>
      <TextField label={t('participants.end.endedOn')} type="date" size="medium" value={endedOn} onChange={setEndedOn} error={form.fieldErrors.endedOn} isRequired />
      <RadioField
        label={t('participants.end.outcome')}
        value={outcome}
        options={trajectoryOutcomes.map((value) => ({ value, label: t(`participantLabels.outcome.${value}`) }))}
        onChange={setOutcome}
        error={form.fieldErrors.outcome}
        isRequired
      />
      <TextAreaField
        label={t('participants.end.reason')}
        description={t('participants.end.reasonHint')}
        value={outcomeReason}
        onChange={setOutcomeReason}
        error={form.fieldErrors.outcomeReason}
        maxLength={1000}
        rows={3}
      />
      <FormFeedback feedback={form.feedback} />
      <Button type="submit" variant="danger">
        {form.isPending ? t('common.saving') : t('participants.end.submit')}
      </Button>
    </Form>
  );
};

const TrajectoryFacts = ({ trajectory }: { trajectory: TrajectoryDetail }) => {
  const { t, i18n } = useTranslation();
  const date = (value: string) => formatCivilDate(value, i18n.language);
  const isRunning = trajectory.endedOn === null;
  return (
    <>
      <dl className="facts" data-testid="trajectory-facts">
        <div>
          <dt>{t('participants.trajectory.status')}</dt>
          <dd>
            <span className={`status-tag status-tag--${trajectory.status}`}>{t(`participants.trajectory.statuses.${trajectory.status}`)}</span>
          </dd>
        </div>
        <div>
          <dt>{t('participants.trajectory.start')}</dt>
          <dd>{date(trajectory.startDate)}</dd>
        </div>
        <div>
          <dt>{isRunning ? t('participants.trajectory.plannedEnd') : t('participants.trajectory.endedOn')}</dt>
          <dd>
            {date(trajectory.endedOn ?? trajectory.endDate)}
            {/* R5: the trajectory runs 6 months and up to 12 with one extension; say so while it can still be extended. */}
            {isRunning && !trajectory.extended && trajectory.ofMonths !== null ? <span className="table-note">{t('participants.trajectory.unlessExtended')}</span> : null}
          </dd>
        </div>
        {isRunning ? (
          <>
            <div>
              <dt>{t('participants.trajectory.progress')}</dt>
              <dd>{monthText(t, trajectory)}</dd>
            </div>
            <div>
              <dt>{t('participants.trajectory.left')}</dt>
              <dd>{monthsLeftText(t, trajectory, i18n.language)}</dd>
            </div>
            <div>
              <dt>{t('participants.trajectory.nextEvaluation')}</dt>
              <dd>{trajectory.nextEvaluationDate ? date(trajectory.nextEvaluationDate) : t('common.notGiven')}</dd>
            </div>
          </>
        ) : null}
        {trajectory.outcome ? (
          <div>
            <dt>{t('participants.trajectory.outcome')}</dt>
            <dd data-testid="trajectory-outcome">
              {t(`participantLabels.outcome.${trajectory.outcome}`)}
              {trajectory.outcomeReason ? ` — ${trajectory.outcomeReason}` : ''}
            </dd>
          </div>
        ) : null}
        <div>
          <dt>{t('participants.trajectory.extension')}</dt>
          <dd>{trajectory.extended ? t('participants.trajectory.extended') : t('participants.trajectory.notExtended')}</dd>
        </div>
        {trajectory.pwaTransitional ? (
          <div>
            <dt>{t('participants.trajectory.pwa')}</dt>
            <dd>{t('participants.trajectory.pwaText')}</dd>
          </div>
        ) : null}
      </dl>
      {trajectory.evaluationDueDates.length > 0 ? (
        <>
          <h3>{t('participants.trajectory.dueDates')}</h3>
          <ul className="inline-list">
            {trajectory.evaluationDueDates.map((due) => (
              <li key={due}>{date(due)}</li>
            ))}
          </ul>
        </>
      ) : null}
      <h3>{t('participants.evaluation.listTitle')}</h3>
      {trajectory.evaluations.length === 0 ? (
        <p>{t('participants.evaluation.none')}</p>
      ) : (
        <ul className="record-list" aria-label={t('participants.evaluation.listTitle')}>
          {trajectory.evaluations.map((evaluation) => (
            <li key={evaluation.id} className="record-list__item">
              <p>
                <strong>{date(evaluation.heldOn)}</strong> — {t(`participants.evaluation.outcomes.${evaluation.outcome}`)} (
                {evaluation.recordedBy
                  ? t('participants.evaluation.recordedOnBehalf', { recordedBy: evaluation.recordedBy, counsellor: evaluation.counsellor })
                  : evaluation.counsellor}
                )
              </p>
              {evaluation.notes ? <p className="preserve-lines">{evaluation.notes}</p> : null}
            </li>
          ))}
        </ul>
      )}
    </>
  );
};

type TrajectorySectionProps = { participant: ParticipantDetail; mayManage: boolean; mayEvaluate: boolean; evaluatesOnBehalf: boolean };

/** The 12-month trajectory (R5–R7): start, counters and due dates, evaluations with the extension, the end with its outcome. */
export const TrajectorySection = ({ participant, mayManage, mayEvaluate, evaluatesOnBehalf }: TrajectorySectionProps) => {
  const { t } = useTranslation();
  const start = useStartTrajectory(participant.id);
  const [startDate, setStartDate] = useState(todayInBrussels);
  const form = useContractForm({
    schema: startTrajectoryRequestSchema,
    send: (body) => start.mutateAsync(body.startDate),
    successText: t('participants.trajectory.started'),
  });
  // The end form goes away with the running trajectory; its confirmation is kept here, in a region that stays.
  const [notice, setNotice] = useState<string | null>(null);
  const trajectories = [...participant.trajectories].sort((a, b) => b.startDate.localeCompare(a.startDate));
  const running = trajectories.find((trajectory) => trajectory.endedOn === null);
  const past = trajectories.filter((trajectory) => trajectory !== running);

  return (
    <section aria-labelledby="trajectory-title" className="panel">
      <h2 id="trajectory-title">{t('participants.trajectory.title')}</h2>
      {running ? <TrajectoryFacts trajectory={running} /> : null}
      {running && mayEvaluate ? (
        <EvaluationForm participantId={participant.id} trajectory={running} onBehalfOf={evaluatesOnBehalf ? { defaultName: participant.counsellor?.name ?? '' } : null} />
      ) : null}
      {running && mayManage ? <EndForm participantId={participant.id} trajectory={running} onEnded={() => setNotice(t('participants.end.saved'))} /> : null}
      {!running && trajectories.length === 0 ? <p>{t('participants.trajectory.none')}</p> : null}
      {!running && mayManage ? (
        <Form onSubmit={form.handleSubmit(() => ({ startDate }))} className="form subpanel" aria-labelledby="start-form-title">
          <h3 id="start-form-title">{t('participants.trajectory.startTitle')}</h3>
          <p className="hint">{t('participants.trajectory.startHint')}</p>
          <TextField
            label={t('participants.trajectory.startDate')}
            type="date"
            size="medium"
            value={startDate}
            onChange={setStartDate}
            error={form.fieldErrors.startDate}
            isRequired
          />
          <Button type="submit">{form.isPending ? t('common.saving') : t('participants.trajectory.startSubmit')}</Button>
        </Form>
      ) : null}
      {/* Outside the start form, which disappears once the trajectory runs; the confirmation has to stay. */}
      {mayManage ? <FormFeedback feedback={form.feedback} /> : null}
      <StatusMessage>{notice}</StatusMessage>
      {past.length > 0 ? (
        <>
          <h3>{t('participants.trajectory.pastTitle')}</h3>
          {past.map((trajectory) => (
            <div key={trajectory.id} className="subpanel">
              <TrajectoryFacts trajectory={trajectory} />
            </div>
          ))}
        </>
      ) : null}
    </section>
  );
};

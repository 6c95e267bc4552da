import { ledgerWithEntry, type HoursLedger } from '../limits/hours-ledger';
import { checkProposedPlan, type LimitReasonCode } from '../limits/limit-check';
import { SCHEME_PARAMETERS, type SchemeParameterTable } from '../parameters/scheme-parameter-table';
import type { RuleReason } from '../rules/rule-reason';
import type { CivilDate } from '../time/civil-date';
import type { TrajectoryWindow } from '../trajectory/trajectory-window';

/** A session to plan for a participant; `tentative` while it is only proposed or pencilled in. */
export type SessionToPlan = { readonly date: CivilDate; readonly minutes: number; readonly tentative: boolean };

/** `planned`: fits; `refused`: a firm session that would break a rule; `warning`: a tentative one that would. */
export type SessionPlanOutcome = {
  readonly session: SessionToPlan;
  readonly outcome: 'planned' | 'refused' | 'warning';
  readonly reasons: readonly RuleReason<LimitReasonCode>[];
};

export type PlanningCheck = {
  /** False when any firm session is refused: then nothing of the plan is saved. */
  readonly accepted: boolean;
  /** One outcome per session, in the order given. */
  readonly sessions: readonly SessionPlanOutcome[];
};

const byDate = (sessions: readonly { readonly session: SessionToPlan; readonly index: number }[]) =>
  [...sessions].sort((left, right) => (left.session.date === right.session.date ? left.index - right.index : left.session.date < right.session.date ? -1 : 1));

/**
 * Planning check (decision 053): the sessions of an assignment against 60 h per month and 630 h per year in started
 * hours (R4, decision 114) and the trajectory window (R5, R6, R18). `ledger` holds what already counts: registered
 * hours and the participant's other firm planned sessions. Firm sessions are checked first, in date order; one that
 * would break a rule is refused and the plan is not accepted. Tentative sessions are then checked on top of the firm
 * ones: one that would break a rule is a warning, never a refusal, and never takes room from a firm session.
 */
export function checkPlannedSessions(
  ledger: HoursLedger,
  window: TrajectoryWindow,
  sessions: readonly SessionToPlan[],
  table: SchemeParameterTable = SCHEME_PARAMETERS,
): PlanningCheck {
  const indexed = sessions.map((session, index) => ({ session, index }));
  const firm = byDate(indexed.filter((entry) => !entry.session.tentative));
  const tentative = byDate(indexed.filter((entry) => entry.session.tentative));
  const outcomes = new Array<SessionPlanOutcome>(sessions.length);

  const firmDecisions = checkProposedPlan(
    ledger,
    window,
    firm.map((entry) => entry.session),
    table,
  ).decisions;
  let withFirm = ledger;
  firm.forEach((entry, position) => {
    const decision = firmDecisions[position];
    const reasons = decision?.reasons ?? [];
    if (decision?.accepted === true) withFirm = ledgerWithEntry(withFirm, entry.session);
    outcomes[entry.index] = { session: entry.session, outcome: reasons.length === 0 ? 'planned' : 'refused', reasons };
  });
  const tentativeDecisions = checkProposedPlan(
    withFirm,
    window,
    tentative.map((entry) => entry.session),
    table,
  ).decisions;
  tentative.forEach((entry, position) => {
    const reasons = tentativeDecisions[position]?.reasons ?? [];
    outcomes[entry.index] = { session: entry.session, outcome: reasons.length === 0 ? 'planned' : 'warning', reasons };
  });
  return { accepted: outcomes.every((outcome) => outcome.outcome !== 'refused'), sessions: outcomes };
}

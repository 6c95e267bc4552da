import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { acceptReferralRequestSchema, type Referral } from '../../../../contracts/referrals';
import { formatIban } from '../../../../domain/identity/iban';
import { formatInsz, parseInsz } from '../../../../domain/identity/insz';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { currentActivities, PersonalStep, SituationStep, WorkStep } from '../../../components/participant-form-fields';
import { reasonText, RuleReasons } from '../../../components/rule-reasons';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { formatCivilDate } from '../../../lib/format';
import { availableDays, participantInputOf, type ParticipantDraft } from '../../../lib/participant-draft';
import { ruleReasonsOf, type RuleReasonView } from '../../../lib/rule-reasons';
import { useContractForm } from '../../../lib/use-contract-form';
import { fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
import { useAcceptReferral, useAdmissionContext, useReferral, useReloadReferral } from '../api/referrals';
import { channelReasonsOf, domicileVerdictOf } from '../utils/admission-check';
import { draftFromReferral, intakeIssues, intakeSteps, stepOfField, type IntakeStep } from '../utils/intake-draft';
import { AreaMunicipalityField, RefusalPanel } from './intake-rule-checks';

export type ParticipantAcceptedState = { accepted: true; rereferral: boolean };

const yesNo = (t: (key: 'common.yes' | 'common.no' | 'common.notGiven') => string, value: boolean | null): string =>
  value === null ? t('common.notGiven') : value ? t('common.yes') : t('common.no');

const ReviewStep = ({ draft, areaMunicipality, onEdit }: { draft: ParticipantDraft; areaMunicipality: string | null; onEdit: (step: IntakeStep) => void }) => {
  const { t, i18n } = useTranslation();
  const insz = parseInsz(draft.insz);
  const notGiven = t('common.notGiven');
  // In the catalogue's order, as on the previous step, not in the order they were ticked.
  const activityLabels = currentActivities.filter((activity) => draft.activityCodes.includes(activity.code)).map((activity) => activity.labelNl);
  const section = (step: Exclude<IntakeStep, 'review'>, rows: Array<[string, string]>) => (
    <section aria-labelledby={`review-${step}`} className="review-section">
      <h3 id={`review-${step}`}>{t(`intake.steps.${step}`)}</h3>
      <dl className="facts">
        {rows.map(([term, value]) => (
          <div key={term}>
            <dt>{term}</dt>
            <dd>{value}</dd>
          </div>
        ))}
      </dl>
      <Button variant="secondary" onPress={() => onEdit(step)}>
        {t('intake.review.edit')} <span className="visually-hidden">{t(`intake.steps.${step}`)}</span>
      </Button>
    </section>
  );
  return (
    <>
      <p>{t('intake.review.intro')}</p>
      {section('personal', [
        [t('intake.insz.label'), insz ? formatInsz(insz.insz) : draft.insz || notGiven],
        [t('participantLabels.fields.birthDate'), insz?.birthDate ? formatCivilDate(insz.birthDate, i18n.language) : notGiven],
        [t('participantLabels.fields.name'), `${draft.firstName} ${draft.lastName}`],
        [t('participantLabels.fields.address'), `${draft.street}, ${draft.postcode} ${draft.city}`],
        ...(areaMunicipality ? [[t('intake.review.areaMunicipality'), areaMunicipality] as [string, string]] : []),
        [t('participantLabels.fields.phone'), draft.phone || notGiven],
        [t('participantLabels.fields.email'), draft.email || notGiven],
        [t('participantLabels.fields.preferredChannel'), draft.preferredChannel ? t(`participantLabels.channel.${draft.preferredChannel}`) : notGiven],
        [t('participantLabels.fields.preferredLanguage'), draft.preferredLanguage ? t(`participantLabels.language.${draft.preferredLanguage}`) : notGiven],
      ])}
      {section('situation', [
        [t('participantLabels.fields.benefitStatus'), draft.benefitStatus ? t(`participantLabels.benefitStatus.${draft.benefitStatus}`) : notGiven],
        [t('participantLabels.fields.vdabRegistered'), yesNo(t, draft.vdabRegistered)],
        [t('participantLabels.fields.availableForLabourMarket'), yesNo(t, draft.availableForLabourMarket)],
        [t('participantLabels.fields.hadPwaContract'), yesNo(t, draft.hadPwaContractOn20170930)],
        ...(draft.hadPwaContractOn20170930
          ? [
              [t('participantLabels.fields.pwaLastWorkedOn'), draft.pwaLastWorkedOn ? formatCivilDate(draft.pwaLastWorkedOn, i18n.language) : notGiven] as [
                string,
                string,
              ],
            ]
          : []),
      ])}
      {section('work', [
        [t('participantLabels.fields.activities'), activityLabels.length > 0 ? activityLabels.join(', ') : notGiven],
        [t('participantLabels.fields.transportModes'), draft.transportModes.map((mode) => t(`participantLabels.transport.${mode}`)).join(', ') || notGiven],
        [
          t('participantLabels.fields.availability'),
          availableDays(draft)
            .map((day) => t('intake.review.slot', { weekday: t(`weekdays.${String(day.weekday) as '1'}`), from: day.from, until: day.until }))
            .join(', ') || notGiven,
        ],
        [t('participantLabels.fields.maxTravelKm'), t('participantLabels.km', { km: draft.maxTravelKm })],
        [t('participantLabels.fields.iban'), draft.iban ? formatIban(draft.iban.replaceAll(' ', '').toUpperCase()) : notGiven],
      ])}
    </>
  );
};

const stripParticipantPrefix = (errors: FieldErrors): FieldErrors =>
  Object.fromEntries(Object.entries(errors).map(([path, message]) => [path.replace(/^participant\./, ''), message]));

/** A refused INSZ that is already a wijk-werker here names that record, so the coordinator can open it. */
const duplicateParticipantOf = (failure: unknown): string | null =>
  failure instanceof ApiError && failure.code === 'DUPLICATE_INSZ' && typeof failure.details.participantId === 'string' ? failure.details.participantId : null;

const Wizard = ({ referral }: { referral: Referral }) => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptReferral(referral.id);
  const reload = useReloadReferral(referral.id);
  const admission = useAdmissionContext();
  const stepTitleRef = useRef<HTMLHeadingElement>(null);
  const [draft, setDraft] = useState(() => draftFromReferral(referral));
  const [step, setStep] = useState<IntakeStep>('personal');
  const [areaMunicipalityId, setAreaMunicipalityId] = useState('');
  const stepIndex = intakeSteps.indexOf(step);
  const movedStep = useRef(false);
  const form = useContractForm({
    schema: acceptReferralRequestSchema,
    send: (body) => accept.mutateAsync(body),
    onSuccess: ({ participantId, rereferral }) => {
      const state: ParticipantAcceptedState = { accepted: true, rereferral };
      void navigate(`/wijk-werkers/${participantId}`, { state });
    },
    // The draft names the participant's fields without the request's wrapper.
    mapFieldErrors: stripParticipantPrefix,
    onRefused: (error) =>
      ruleReasonsOf(error).some((reason) => reason.rule === 'R1') ? { fieldErrors: { 'address.postcode': t('intake.review.postcodeRefused') } } : undefined,
    conflictText: t('referrals.page.conflict'),
    onConflict: reload,
  });
  const duplicateOf = duplicateParticipantOf(form.failure);

  // R1 on the address and R2 on the benefit, judged as they are typed with the server's own domain functions.
  const domicile = domicileVerdictOf(draft.postcode, admission.data, areaMunicipalityId === '' ? null : areaMunicipalityId);
  const domicileRefusals = domicile?.reasons ?? [];
  const outsideArea = domicile !== null && domicile.warnings.length > 0;
  const channelRefusals = channelReasonsOf(referral.agency, draft.benefitStatus);
  const firstText = (reasons: readonly RuleReasonView[]) => (reasons[0] ? reasonText(t, reasons[0], i18n.language) : undefined);
  const ruleErrors: FieldErrors = Object.fromEntries(
    [
      ['address.postcode', firstText(domicileRefusals)],
      ['benefitStatus', firstText(channelRefusals)],
    ].filter((entry): entry is [string, string] => entry[1] !== undefined),
  );
  const shownErrors: FieldErrors = { ...ruleErrors, ...form.fieldErrors };
  const areaMunicipalityName = outsideArea ? (admission.data?.area.find((municipality) => municipality.id === areaMunicipalityId)?.name ?? null) : null;

  // A new step replaces most of the form: focus its title so keyboard and screen-reader users start at the top of it.
  useEffect(() => {
    if (!movedStep.current) return;
    movedStep.current = false;
    stepTitleRef.current?.focus();
  }, [step]);

  const set =
    <K extends keyof ParticipantDraft>(field: K) =>
    (value: ParticipantDraft[K]) =>
      setDraft((current) => ({ ...current, [field]: value }));

  const goTo = (next: IntakeStep) => {
    form.dismissError();
    movedStep.current = true;
    setStep(next);
  };

  /** What the rules say about this step, beyond the contract's field checks: a refusal, or the area's municipality to choose. */
  const ruleBlock = (current: IntakeStep): { errors: FieldErrors; message: string } | null => {
    const refusals = current === 'personal' ? domicileRefusals : current === 'situation' ? channelRefusals : [...domicileRefusals, ...channelRefusals];
    if (refusals.length > 0) return { errors: {}, message: t('intake.refusal.blocked') };
    if ((current === 'personal' || current === 'review') && domicile?.municipalityChoiceNeeded) {
      return { errors: { areaMunicipalityId: t('intake.domicile.chooseMunicipality') }, message: t('common.formHasErrors') };
    }
    return null;
  };

  const next = (formElement: HTMLFormElement) => {
    const issues = intakeIssues(draft, step);
    const block = ruleBlock(step);
    if (issues.length > 0 || block) {
      const message = issues.length > 0 ? t('common.formHasErrors') : (block?.message ?? '');
      form.refuse({ message, fieldErrors: { ...fieldErrorsFromZod(t, issues), ...block?.errors } }, formElement);
      return;
    }
    form.reset();
    const following = intakeSteps[stepIndex + 1];
    if (following) goTo(following);
  };

  /** Back to the first step that still has a problem, with the messages on its fields and focus on the first of them. */
  const refuseOn = (problemStep: IntakeStep, refusal: { message: string; fieldErrors: FieldErrors }, formElement: HTMLFormElement) => {
    setStep(problemStep);
    form.refuse(refusal, formElement);
  };

  const submit = (formElement: HTMLFormElement) => {
    const issues = intakeIssues(draft, 'review');
    if (issues.length > 0) {
      const firstStep = stepOfField(issues[0]?.path.map(String).join('.') ?? '');
      refuseOn(firstStep, { message: t('common.formHasErrors'), fieldErrors: fieldErrorsFromZod(t, issues) }, formElement);
      return;
    }
    const block = ruleBlock('review');
    if (block) {
      refuseOn(
        domicileRefusals.length > 0 || domicile?.municipalityChoiceNeeded ? 'personal' : 'situation',
        { message: block.message, fieldErrors: block.errors },
        formElement,
      );
      return;
    }
    const areaChoice = outsideArea && areaMunicipalityId !== '' ? { areaMunicipalityId } : {};
    void form.submit({ version: referral.version, participant: participantInputOf(draft), ...areaChoice }, formElement);
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step === 'review') submit(event.currentTarget);
    else next(event.currentTarget);
  };

  const stepTitle = t(`intake.steps.${step}`);
  const erroredFieldsElsewhere = step === 'review' && Object.keys(form.fieldErrors).length > 0;

  return (
    <>
      <nav aria-label={t('intake.progressLabel')}>
        <ol className="steps">
          {intakeSteps.map((candidate, index) => (
            <li key={candidate} className="steps__item" aria-current={candidate === step ? 'step' : undefined}>
              <span className="steps__number" aria-hidden="true">
                {index + 1}
              </span>
              <span>
                {t(`intake.steps.${candidate}`)}
                {index < stepIndex ? <span className="visually-hidden"> {t('intake.done')}</span> : null}
              </span>
            </li>
          ))}
        </ol>
      </nav>
      <Form onSubmit={onSubmit} className="form panel" aria-labelledby="intake-step-title">
        <h2 id="intake-step-title" ref={stepTitleRef} tabIndex={-1}>
          {t('intake.stepTitle', { number: stepIndex + 1, total: intakeSteps.length, title: stepTitle })}
        </h2>
        {step === 'personal' ? (
          <PersonalStep
            draft={draft}
            errors={shownErrors}
            set={set}
            addressChecks={
              <>
                {outsideArea ? (
                  <AreaMunicipalityField
                    warnings={domicile.warnings}
                    area={admission.data?.area ?? []}
                    value={areaMunicipalityId}
                    onChange={(value) => {
                      setAreaMunicipalityId(value);
                      form.clearFieldError('areaMunicipalityId');
                    }}
                    error={form.fieldErrors.areaMunicipalityId}
                  />
                ) : null}
                {domicileRefusals.length > 0 ? <RefusalPanel referral={referral} reasons={domicileRefusals} postcode={draft.postcode} benefitStatus={null} /> : null}
              </>
            }
          />
        ) : null}
        {step === 'situation' ? <SituationStep draft={draft} errors={shownErrors} set={set} /> : null}
        {step === 'situation' && channelRefusals.length > 0 ? (
          <RefusalPanel referral={referral} reasons={channelRefusals} postcode={draft.postcode} benefitStatus={draft.benefitStatus} />
        ) : null}
        {step === 'work' ? <WorkStep draft={draft} errors={form.fieldErrors} set={set} /> : null}
        {step === 'review' ? <ReviewStep draft={draft} areaMunicipality={areaMunicipalityName} onEdit={goTo} /> : null}
        <FormFeedback feedback={form.feedback} reasonsLabel={t('intake.review.reasonsLabel')}>
          {duplicateOf ? (
            <p>
              <Link to={`/wijk-werkers/${duplicateOf}`}>{t('intake.review.openDuplicate')}</Link>
            </p>
          ) : null}
          {erroredFieldsElsewhere && form.feedback.reasons.length === 0 && !duplicateOf ? <p>{t('intake.review.fixFields')}</p> : null}
        </FormFeedback>
        <div className="wizard-actions">
          {stepIndex > 0 ? (
            <Button variant="secondary" onPress={() => goTo(intakeSteps[stepIndex - 1] ?? 'personal')}>
              {t('intake.previous')}
            </Button>
          ) : null}
          <Button type="submit">{step === 'review' ? (form.isPending ? t('common.saving') : t('intake.submit')) : t('intake.next')}</Button>
        </div>
      </Form>
    </>
  );
};

/** The intake wizard: the referral becomes a wijk-werker record (POST /api/referrals/:id/accept). */
export const IntakeWizardPage = () => {
  const { t } = useTranslation();
  const { referralId = '' } = useParams();
  const referral = useReferral(referralId);
  const data = referral.data;
  const title = data ? t('intake.title', { name: `${data.candidate.firstName} ${data.candidate.lastName}` }) : t('intake.loadingTitle');
  return (
    <>
      <p>
        <Link to={`/doorverwijzingen/${referralId}`}>{t('intake.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {referral.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {referral.isError ? <ErrorAlert>{t(errorMessageKey(referral.error))}</ErrorAlert> : null}
      {data && (data.status === 'accepted' || data.status === 'declined' || data.status === 'refused') ? (
        <ErrorAlert>
          <p>{t(`intake.closed.${data.status}`)}</p>
          <RuleReasons reasons={data.refusalReasons ?? []} label={t('intake.closed.reasonsLabel')} />
          {data.participantId ? <Link to={`/wijk-werkers/${data.participantId}`}>{t('referrals.page.openParticipant')}</Link> : null}
        </ErrorAlert>
      ) : null}
      {data && (data.status === 'received' || data.status === 'intake_planned') ? <Wizard referral={data} /> : null}
    </>
  );
};

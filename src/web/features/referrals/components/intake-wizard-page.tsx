import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import type { Referral } from '../../../../contracts/referrals';
import { formatIban } from '../../../../domain/identity/iban';
import { formatInsz, parseInsz } from '../../../../domain/identity/insz';
import { Button } from '../../../components/button';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { reasonText, RuleReasons } from '../../../components/rule-reasons';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { describeFailure } from '../../../lib/describe-failure';
import { formatCivilDate } from '../../../lib/format';
import type { RuleReasonView } from '../../../lib/rule-reasons';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
import { currentActivities, PersonalStep, SituationStep, WorkStep } from '../../participants/components/participant-form-fields';
import { useAcceptReferral, useAdmissionContext, useReferral } from '../api/referrals';
import { channelReasonsOf, domicileVerdictOf } from '../utils/admission-check';
import { AreaMunicipalityField, RefusalPanel } from './intake-rule-checks';
import {
  availableDays,
  draftFromReferral,
  intakeIssues,
  intakeParticipantSchema,
  intakeSteps,
  participantInputOf,
  stepOfField,
  type IntakeDraft,
  type IntakeStep,
} from '../utils/intake-draft';

export type ParticipantAcceptedState = { accepted: true; rereferral: boolean };

const yesNo = (t: (key: 'common.yes' | 'common.no' | 'common.notGiven') => string, value: boolean | null): string =>
  value === null ? t('common.notGiven') : value ? t('common.yes') : t('common.no');

const ReviewStep = ({ draft, areaMunicipality, onEdit }: { draft: IntakeDraft; areaMunicipality: string | null; onEdit: (step: IntakeStep) => void }) => {
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
          ? [[t('participantLabels.fields.pwaLastWorkedOn'), draft.pwaLastWorkedOn ? formatCivilDate(draft.pwaLastWorkedOn, i18n.language) : notGiven] as [string, string]]
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

const Wizard = ({ referral }: { referral: Referral }) => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptReferral(referral.id);
  const admission = useAdmissionContext();
  const formRef = useRef<HTMLFormElement>(null);
  const stepTitleRef = useRef<HTMLHeadingElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [draft, setDraft] = useState(() => draftFromReferral(referral));
  const [step, setStep] = useState<IntakeStep>('personal');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [reasons, setReasons] = useState<RuleReasonView[]>([]);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const [areaMunicipalityId, setAreaMunicipalityId] = useState('');
  const stepIndex = intakeSteps.indexOf(step);
  const movedStep = useRef(false);

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
  const shownErrors: FieldErrors = { ...ruleErrors, ...fieldErrors };
  const areaMunicipalityName = outsideArea ? (admission.data?.area.find((municipality) => municipality.id === areaMunicipalityId)?.name ?? null) : null;

  // A new step replaces most of the form: focus its title so keyboard and screen-reader users start at the top of it.
  useEffect(() => {
    if (!movedStep.current) return;
    movedStep.current = false;
    stepTitleRef.current?.focus();
  }, [step]);

  const set =
    <K extends keyof IntakeDraft>(field: K) =>
    (value: IntakeDraft[K]) =>
      setDraft((current) => ({ ...current, [field]: value }));

  const goTo = (next: IntakeStep) => {
    setFormError(null);
    movedStep.current = true;
    setStep(next);
  };

  const refuse = (errors: FieldErrors, message: string) => {
    setFieldErrors(errors);
    setFormError(message);
    focusFirstInvalid();
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

  const next = () => {
    const issues = intakeIssues(draft, step);
    const block = ruleBlock(step);
    if (issues.length > 0 || block) {
      refuse({ ...fieldErrorsFromZod(t, issues), ...block?.errors }, issues.length > 0 ? t('common.formHasErrors') : (block?.message ?? ''));
      return;
    }
    setFieldErrors({});
    const following = intakeSteps[stepIndex + 1];
    if (following) goTo(following);
  };

  const submit = () => {
    if (accept.isPending) return;
    setReasons([]);
    setDuplicateOf(null);
    const parsed = intakeParticipantSchema.safeParse(participantInputOf(draft));
    if (!parsed.success) {
      // Send the person back to the first step that still has a problem, with the messages on its fields.
      const firstStep = stepOfField(parsed.error.issues[0]?.path.map(String).join('.') ?? '');
      setFieldErrors(fieldErrorsFromZod(t, parsed.error.issues));
      goTo(firstStep);
      setFormError(t('common.formHasErrors'));
      return;
    }
    const block = ruleBlock('review');
    if (block) {
      setFieldErrors(block.errors);
      goTo(domicileRefusals.length > 0 || domicile?.municipalityChoiceNeeded ? 'personal' : 'situation');
      setFormError(block.message);
      return;
    }
    accept.mutate(
      { version: referral.version, participant: parsed.data, ...(outsideArea && areaMunicipalityId !== '' ? { areaMunicipalityId } : {}) },
      {
        onSuccess: ({ participantId, rereferral }) => {
          const state: ParticipantAcceptedState = { accepted: true, rereferral };
          void navigate(`/wijk-werkers/${participantId}`, { state });
        },
        onError: (error) => {
          const failure = describeFailure(error, t);
          if (error instanceof ApiError && error.code === 'DUPLICATE_INSZ' && typeof error.details.participantId === 'string') {
            setDuplicateOf(error.details.participantId);
          }
          setReasons(failure.reasons);
          const errors = stripParticipantPrefix(failure.fieldErrors);
          if (failure.reasons.some((reason) => reason.rule === 'R1')) errors['address.postcode'] = t('intake.review.postcodeRefused');
          setFieldErrors(errors);
          setFormError(failure.isConflict ? t('referrals.page.conflict') : failure.message);
        },
      },
    );
  };

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (step === 'review') submit();
    else next();
  };

  const stepTitle = t(`intake.steps.${step}`);
  const erroredFieldsElsewhere = step === 'review' && Object.keys(fieldErrors).length > 0;

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
      <Form ref={formRef} onSubmit={onSubmit} className="form panel" aria-labelledby="intake-step-title">
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
                      setFieldErrors(({ areaMunicipalityId: _chosen, ...others }) => others);
                    }}
                    error={fieldErrors.areaMunicipalityId}
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
        {step === 'work' ? <WorkStep draft={draft} errors={fieldErrors} set={set} /> : null}
        {step === 'review' ? <ReviewStep draft={draft} areaMunicipality={areaMunicipalityName} onEdit={goTo} /> : null}
        {formError ? (
          <ErrorAlert>
            <p>{formError}</p>
            <RuleReasons reasons={reasons} label={t('intake.review.reasonsLabel')} />
            {duplicateOf ? (
              <p>
                <Link to={`/wijk-werkers/${duplicateOf}`}>{t('intake.review.openDuplicate')}</Link>
              </p>
            ) : null}
            {erroredFieldsElsewhere && reasons.length === 0 && !duplicateOf ? <p>{t('intake.review.fixFields')}</p> : null}
          </ErrorAlert>
        ) : null}
        <div className="wizard-actions">
          {stepIndex > 0 ? (
            <Button variant="secondary" onPress={() => goTo(intakeSteps[stepIndex - 1] ?? 'personal')}>
              {t('intake.previous')}
            </Button>
          ) : null}
          <Button type="submit">{step === 'review' ? (accept.isPending ? t('common.saving') : t('intake.submit')) : t('intake.next')}</Button>
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

import { useEffect, useRef, useState, type FormEvent } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { contactChannels, languages, transportModes } from '../../../../contracts/participants';
import type { Referral } from '../../../../contracts/referrals';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../../../domain/activities/activity-catalogue';
import { MAIN_ACTIVITIES, MAIN_ACTIVITY_LABELS_NL } from '../../../../domain/activities/main-activities';
import { formatIban } from '../../../../domain/identity/iban';
import { formatInsz, parseInsz } from '../../../../domain/identity/insz';
import { Button } from '../../../components/button';
import { CheckboxesField, RadioField, YesNoField } from '../../../components/choice-fields';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { RuleReasons } from '../../../components/rule-reasons';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { describeFailure } from '../../../lib/describe-failure';
import { formatCivilDate } from '../../../lib/format';
import type { RuleReasonView } from '../../../lib/rule-reasons';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
import { useAcceptReferral, useReferral } from '../api/referrals';
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
import { benefitStatusOptions } from '../utils/labels';
import { InszField } from './insz-field';

export type ParticipantAcceptedState = { accepted: true };

type StepProps = {
  draft: IntakeDraft;
  errors: FieldErrors;
  set: <K extends keyof IntakeDraft>(field: K) => (value: IntakeDraft[K]) => void;
};

const PersonalStep = ({ draft, errors, set }: StepProps) => {
  const { t } = useTranslation();
  return (
    <>
      <InszField value={draft.insz} onChange={set('insz')} error={errors.insz} />
      <TextField label={t('participantLabels.fields.firstName')} autoComplete="off" value={draft.firstName} onChange={set('firstName')} error={errors.firstName} isRequired />
      <TextField label={t('participantLabels.fields.lastName')} autoComplete="off" value={draft.lastName} onChange={set('lastName')} error={errors.lastName} isRequired />
      <fieldset className="fieldset">
        <legend>{t('intake.personal.addressLegend')}</legend>
        <TextField label={t('participantLabels.fields.street')} autoComplete="off" value={draft.street} onChange={set('street')} error={errors['address.street']} isRequired />
        <div className="form__row">
          <TextField
            label={t('participantLabels.fields.postcode')}
            inputMode="numeric"
            maxLength={4}
            size="small"
            value={draft.postcode}
            onChange={set('postcode')}
            error={errors['address.postcode']}
            isRequired
          />
          <TextField label={t('participantLabels.fields.city')} autoComplete="off" size="medium" value={draft.city} onChange={set('city')} error={errors['address.city']} isRequired />
        </div>
      </fieldset>
      <TextField label={t('participantLabels.fields.phoneOptional')} type="tel" autoComplete="off" size="medium" value={draft.phone} onChange={set('phone')} error={errors.phone} />
      <TextField label={t('participantLabels.fields.emailOptional')} type="email" autoComplete="off" value={draft.email} onChange={set('email')} error={errors.email} />
      <RadioField
        label={t('participantLabels.fields.preferredChannel')}
        value={draft.preferredChannel}
        options={contactChannels.map((channel) => ({ value: channel, label: t(`participantLabels.channel.${channel}`) }))}
        onChange={set('preferredChannel')}
        error={errors.preferredChannel}
        orientation="horizontal"
        isRequired
      />
      <SelectField
        label={t('participantLabels.fields.preferredLanguage')}
        value={draft.preferredLanguage ?? ''}
        options={languages.map((language) => ({ value: language, label: t(`participantLabels.language.${language}`) }))}
        onChange={(value) => set('preferredLanguage')(value === '' ? null : value)}
        error={errors.preferredLanguage}
        size="medium"
        isRequired
      />
    </>
  );
};

const SituationStep = ({ draft, errors, set }: StepProps) => {
  const { t } = useTranslation();
  const yes = t('common.yes');
  const no = t('common.no');
  return (
    <>
      <RadioField
        label={t('participantLabels.fields.benefitStatus')}
        description={t('intake.situation.benefitHint')}
        value={draft.benefitStatus}
        options={benefitStatusOptions(t)}
        onChange={set('benefitStatus')}
        error={errors.benefitStatus}
        isRequired
      />
      <YesNoField label={t('participantLabels.fields.vdabRegistered')} value={draft.vdabRegistered} onChange={set('vdabRegistered')} yes={yes} no={no} error={errors.vdabRegistered} />
      <YesNoField
        label={t('participantLabels.fields.availableForLabourMarket')}
        description={t('intake.situation.availableHint')}
        value={draft.availableForLabourMarket}
        onChange={set('availableForLabourMarket')}
        yes={yes}
        no={no}
        error={errors.availableForLabourMarket}
      />
      <YesNoField
        label={t('participantLabels.fields.hadPwaContract')}
        description={t('intake.situation.pwaHint')}
        value={draft.hadPwaContractOn20170930}
        onChange={set('hadPwaContractOn20170930')}
        yes={yes}
        no={no}
        error={errors.hadPwaContractOn20170930}
      />
      {draft.hadPwaContractOn20170930 ? (
        <TextField
          label={t('participantLabels.fields.pwaLastWorkedOn')}
          description={t('intake.situation.pwaLastWorkedHint')}
          type="date"
          size="medium"
          value={draft.pwaLastWorkedOn}
          onChange={set('pwaLastWorkedOn')}
          error={errors.pwaLastWorkedOn}
        />
      ) : null}
    </>
  );
};

const currentActivities = FLEMISH_ACTIVITY_CATALOGUE.filter((activity) => activity.validTo === null);

const WorkStep = ({ draft, errors, set }: StepProps) => {
  const { t } = useTranslation();
  const selectedDays = availableDays(draft);
  const setDay = (weekday: number, change: Partial<IntakeDraft['availability'][number]>) =>
    set('availability')(draft.availability.map((day) => (day.weekday === weekday ? { ...day, ...change } : day)));
  return (
    <>
      <fieldset className="fieldset">
        <legend>{t('intake.work.activitiesLegend')}</legend>
        <p className="hint">{t('intake.work.activitiesHint')}</p>
        {MAIN_ACTIVITIES.map((main) => {
          // R16: the PWA transitional activities are only for people who did them under the PWA.
          const options = currentActivities
            .filter((activity) => activity.mainActivity === main && (!activity.transitionalPwaOnly || draft.hadPwaContractOn20170930 === true))
            .map((activity) => ({ value: activity.code, label: activity.labelNl }));
          if (options.length === 0) return null;
          return (
            <CheckboxesField
              key={main}
              label={MAIN_ACTIVITY_LABELS_NL[main]}
              value={draft.activityCodes.filter((code) => options.some((option) => option.value === code))}
              options={options}
              onChange={(chosen) =>
                set('activityCodes')([...draft.activityCodes.filter((code) => !options.some((option) => option.value === code)), ...chosen])
              }
            />
          );
        })}
        {errors.activityCodes ? <p className="field__error">{errors.activityCodes}</p> : null}
      </fieldset>
      <CheckboxesField
        label={t('participantLabels.fields.transportModes')}
        value={draft.transportModes}
        options={transportModes.map((mode) => ({ value: mode, label: t(`participantLabels.transport.${mode}`) }))}
        onChange={set('transportModes')}
        error={errors.transportModes}
      />
      <fieldset className="fieldset">
        <legend>{t('participantLabels.fields.availability')}</legend>
        <p className="hint">{t('intake.work.availabilityHint')}</p>
        {draft.availability.map((day) => {
          const weekdayName = t(`weekdays.${String(day.weekday) as '1'}`);
          const index = selectedDays.findIndex((selected) => selected.weekday === day.weekday);
          return (
            <div key={day.weekday} className="availability-day">
              <Checkbox isSelected={day.available} onChange={(available) => setDay(day.weekday, { available })} className="checkbox">
                <span className="checkbox__box" aria-hidden="true" />
                <span className="availability-day__name">{weekdayName}</span>
              </Checkbox>
              {day.available ? (
                <div className="form__row">
                  <TextField
                    label={t('intake.work.from', { weekday: weekdayName })}
                    size="small"
                    value={day.from}
                    onChange={(from) => setDay(day.weekday, { from })}
                    error={errors[`availability.${index}.from`]}
                  />
                  <TextField
                    label={t('intake.work.until', { weekday: weekdayName })}
                    size="small"
                    value={day.until}
                    onChange={(until) => setDay(day.weekday, { until })}
                    error={errors[`availability.${index}.until`]}
                  />
                </div>
              ) : null}
            </div>
          );
        })}
      </fieldset>
      <TextField
        label={t('participantLabels.fields.maxTravelKm')}
        description={t('intake.work.maxTravelHint')}
        inputMode="numeric"
        size="small"
        maxLength={3}
        value={draft.maxTravelKm}
        onChange={set('maxTravelKm')}
        error={errors.maxTravelKm}
        isRequired
      />
      <TextField
        label={t('participantLabels.fields.ibanOptional')}
        description={t('intake.work.ibanHint')}
        autoComplete="off"
        value={draft.iban}
        onChange={set('iban')}
        error={errors.iban}
      />
    </>
  );
};

const yesNo = (t: (key: 'common.yes' | 'common.no' | 'common.notGiven') => string, value: boolean | null): string =>
  value === null ? t('common.notGiven') : value ? t('common.yes') : t('common.no');

const ReviewStep = ({ draft, onEdit }: { draft: IntakeDraft; onEdit: (step: IntakeStep) => void }) => {
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
  const { t } = useTranslation();
  const navigate = useNavigate();
  const accept = useAcceptReferral(referral.id);
  const formRef = useRef<HTMLFormElement>(null);
  const stepTitleRef = useRef<HTMLHeadingElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [draft, setDraft] = useState(() => draftFromReferral(referral));
  const [step, setStep] = useState<IntakeStep>('personal');
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [reasons, setReasons] = useState<RuleReasonView[]>([]);
  const [duplicateOf, setDuplicateOf] = useState<string | null>(null);
  const stepIndex = intakeSteps.indexOf(step);
  const movedStep = useRef(false);

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

  const next = () => {
    const issues = intakeIssues(draft, step);
    if (issues.length > 0) {
      refuse(fieldErrorsFromZod(t, issues), t('common.formHasErrors'));
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
    accept.mutate(
      { version: referral.version, participant: parsed.data },
      {
        onSuccess: ({ participantId }) => {
          const state: ParticipantAcceptedState = { accepted: true };
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
        {step === 'personal' ? <PersonalStep draft={draft} errors={fieldErrors} set={set} /> : null}
        {step === 'situation' ? <SituationStep draft={draft} errors={fieldErrors} set={set} /> : null}
        {step === 'work' ? <WorkStep draft={draft} errors={fieldErrors} set={set} /> : null}
        {step === 'review' ? <ReviewStep draft={draft} onEdit={goTo} /> : null}
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
      {data && (data.status === 'accepted' || data.status === 'declined') ? (
        <ErrorAlert>
          <p>{t(`intake.closed.${data.status}`)}</p>
          {data.participantId ? <Link to={`/wijk-werkers/${data.participantId}`}>{t('referrals.page.openParticipant')}</Link> : null}
        </ErrorAlert>
      ) : null}
      {data && (data.status === 'received' || data.status === 'intake_planned') ? <Wizard referral={data} /> : null}
    </>
  );
};

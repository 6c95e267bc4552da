import type { ReactNode } from 'react';
import { Checkbox } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { TFunction } from 'i18next';
import { benefitStatuses, contactChannels, languages, transportModes, type BenefitStatus } from '../../contracts/participants';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../domain/activities/activity-catalogue';
import { MAIN_ACTIVITIES, MAIN_ACTIVITY_LABELS_NL } from '../../domain/activities/main-activities';
import { availableDays, type ParticipantDraft } from '../lib/participant-draft';
import type { FieldErrors } from '../lib/validation';
import { CheckboxesField, RadioField, YesNoField } from './choice-fields';
import { InszField } from './insz-field';
import { SelectField } from './select-field';
import { TextField } from './text-field';

export const benefitStatusOptions = (t: TFunction): Array<{ value: BenefitStatus; label: string }> =>
  benefitStatuses.map((status) => ({ value: status, label: t(`participantLabels.benefitStatus.${status}`) }));

/**
 * The fields of a participant's record, in the intake's three groups. The intake wizard (referrals) shows them one
 * step at a time; the edit page (participants) shows all three on one form, without the INSZ, which cannot be
 * changed after intake. Both features use them, so they live here.
 */
export type StepProps = {
  draft: ParticipantDraft;
  errors: FieldErrors;
  set: <K extends keyof ParticipantDraft>(field: K) => (value: ParticipantDraft[K]) => void;
};

/**
 * `withInsz={false}` leaves the INSZ out: it is asked once, at intake, and never edited. `addressChecks` follow the
 * address, where the intake says at once what the rules make of it (R1).
 */
export const PersonalStep = ({ draft, errors, set, withInsz = true, addressChecks }: StepProps & { withInsz?: boolean; addressChecks?: ReactNode }) => {
  const { t } = useTranslation();
  return (
    <>
      {withInsz ? <InszField value={draft.insz} onChange={set('insz')} error={errors.insz} /> : null}
      <TextField
        label={t('participantLabels.fields.firstName')}
        autoComplete="off"
        value={draft.firstName}
        onChange={set('firstName')}
        error={errors.firstName}
        isRequired
      />
      <TextField label={t('participantLabels.fields.lastName')} autoComplete="off" value={draft.lastName} onChange={set('lastName')} error={errors.lastName} isRequired />
      <fieldset className="fieldset">
        <legend>{t('intake.personal.addressLegend')}</legend>
        <TextField
          label={t('participantLabels.fields.street')}
          autoComplete="off"
          value={draft.street}
          onChange={set('street')}
          error={errors['address.street']}
          isRequired
        />
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
          <TextField
            label={t('participantLabels.fields.city')}
            autoComplete="off"
            size="medium"
            value={draft.city}
            onChange={set('city')}
            error={errors['address.city']}
            isRequired
          />
        </div>
        {addressChecks}
      </fieldset>
      <TextField
        label={t('participantLabels.fields.phoneOptional')}
        type="tel"
        autoComplete="off"
        size="medium"
        value={draft.phone}
        onChange={set('phone')}
        error={errors.phone}
      />
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

export const SituationStep = ({ draft, errors, set }: StepProps) => {
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
      <YesNoField
        label={t('participantLabels.fields.vdabRegistered')}
        value={draft.vdabRegistered}
        onChange={set('vdabRegistered')}
        yes={yes}
        no={no}
        error={errors.vdabRegistered}
      />
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

/** The activities one can still choose (the catalogue keeps the retired ones for old records). */
export const currentActivities = FLEMISH_ACTIVITY_CATALOGUE.filter((activity) => activity.validTo === null);

export const WorkStep = ({ draft, errors, set }: StepProps) => {
  const { t } = useTranslation();
  const selectedDays = availableDays(draft);
  const setDay = (weekday: number, change: Partial<ParticipantDraft['availability'][number]>) =>
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
              onChange={(chosen) => set('activityCodes')([...draft.activityCodes.filter((code) => !options.some((option) => option.value === code)), ...chosen])}
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

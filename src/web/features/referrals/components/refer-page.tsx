import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BenefitStatus } from '../../../../contracts/participants';
import { createReferralRequestSchema, type Agency, type CreateReferralRequest } from '../../../../contracts/referrals';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { RadioField } from '../../../components/choice-fields';
import { ErrorAlert, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { reasonText } from '../../../components/rule-reasons';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { describeFailure } from '../../../lib/describe-failure';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
import { useAdmissionContext, useCreateReferral } from '../api/referrals';
import { channelReasonsOf, domicileVerdictOf } from '../utils/admission-check';
import { benefitStatusOptions } from '../utils/labels';

export type ReferralCreatedState = { referredName: string };

type Values = {
  firstName: string;
  lastName: string;
  phone: string;
  email: string;
  postcode: string;
  benefitStatus: BenefitStatus | 'unknown';
  agreements: string;
  agency: Agency | null;
  channel: 'phone' | 'email' | null;
  counsellorName: string;
  counsellorEmail: string;
};

const empty: Values = {
  firstName: '',
  lastName: '',
  phone: '',
  email: '',
  postcode: '',
  benefitStatus: 'unknown',
  agreements: '',
  agency: null,
  channel: null,
  counsellorName: '',
  counsellorEmail: '',
};

const optional = (text: string): string | undefined => (text.trim() === '' ? undefined : text.trim());

/** The request as the contract wants it; a coordinator also says who referred and how it came in. */
export const referralRequestOf = (values: Values, recordsForSomeoneElse: boolean): unknown => ({
  candidate: {
    firstName: values.firstName.trim(),
    lastName: values.lastName.trim(),
    phone: optional(values.phone),
    email: optional(values.email),
    postcode: values.postcode.trim(),
  },
  benefitStatus: values.benefitStatus === 'unknown' ? undefined : values.benefitStatus,
  agreements: values.agreements.trim(),
  recordedFor: recordsForSomeoneElse
    ? { agency: values.agency, channel: values.channel, counsellorName: values.counsellorName.trim(), counsellorEmail: optional(values.counsellorEmail) }
    : undefined,
});

/**
 * Counsellors refer from their portal; a coordinator records a referral that came in by phone or e-mail. What the
 * rules refuse is said at once, with the server's own domain functions: a domicile outside Flanders or outside the
 * organiser's area (R1) on the postcode, a benefit that belongs to the other channel (R2) on the benefit question.
 */
export const ReferPage = ({ session }: { session: SessionResponse }) => {
  const { t, i18n } = useTranslation();
  const navigate = useNavigate();
  const createReferral = useCreateReferral();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [values, setValues] = useState(empty);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const recordsForSomeoneElse = session.role !== 'counsellor';
  const admission = useAdmissionContext();

  const domicile = domicileVerdictOf(values.postcode, admission.data, null);
  const [domicileRefusal] = domicile?.reasons ?? [];
  const outsideArea = domicile !== null && domicile.warnings.length > 0;
  const agency = recordsForSomeoneElse ? values.agency : (admission.data?.agency ?? null);
  const [channelRefusal] = channelReasonsOf(agency, values.benefitStatus === 'unknown' ? null : values.benefitStatus);
  const ruleErrors: FieldErrors = {
    ...(domicileRefusal ? { 'candidate.postcode': reasonText(t, domicileRefusal, i18n.language) } : {}),
    ...(channelRefusal ? { benefitStatus: reasonText(t, channelRefusal, i18n.language) } : {}),
  };

  const set = <K extends keyof Values>(field: K) => (value: Values[K]) => setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (createReferral.isPending) return;
    setFormError(null);
    const parsed = createReferralRequestSchema.safeParse(referralRequestOf(values, recordsForSomeoneElse));
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromZod(t, parsed.error.issues));
      setFormError(t('common.formHasErrors'));
      focusFirstInvalid();
      return;
    }
    setFieldErrors({});
    if (Object.keys(ruleErrors).length > 0) {
      setFormError(t('referrals.refer.rulesBlock'));
      focusFirstInvalid();
      return;
    }
    const body: CreateReferralRequest = parsed.data;
    createReferral.mutate(body, {
      onSuccess: (referral) => {
        const state: ReferralCreatedState = { referredName: `${referral.candidate.firstName} ${referral.candidate.lastName}` };
        void navigate(recordsForSomeoneElse ? `/doorverwijzingen/${referral.id}` : '/mijn-overzicht', { state });
      },
      onError: (error) => {
        const failure = describeFailure(error, t);
        setFieldErrors(failure.fieldErrors);
        setFormError(failure.message);
        focusFirstInvalid();
      },
    });
  };

  const title = recordsForSomeoneElse ? t('referrals.refer.titleRecorded') : t('referrals.refer.title');

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{recordsForSomeoneElse ? t('referrals.refer.introRecorded') : t('referrals.refer.intro')}</p>
      <Form ref={formRef} onSubmit={submit} className="form panel">
        {recordsForSomeoneElse ? (
          <fieldset className="fieldset">
            <legend>{t('referrals.refer.sourceLegend')}</legend>
            <RadioField
              label={t('referrals.fields.agency')}
              value={values.agency}
              options={[
                { value: 'vdab', label: t('participantLabels.agency.vdab') },
                { value: 'ocmw', label: t('participantLabels.agency.ocmw') },
              ]}
              onChange={set('agency')}
              error={fieldErrors['recordedFor.agency'] ?? fieldErrors.recordedFor}
              orientation="horizontal"
              isRequired
            />
            <RadioField
              label={t('referrals.fields.channel')}
              value={values.channel}
              options={[
                { value: 'phone', label: t('referrals.channel.phone') },
                { value: 'email', label: t('referrals.channel.email') },
              ]}
              onChange={set('channel')}
              error={fieldErrors['recordedFor.channel']}
              orientation="horizontal"
              isRequired
            />
            <TextField label={t('referrals.fields.counsellorName')} value={values.counsellorName} onChange={set('counsellorName')} error={fieldErrors['recordedFor.counsellorName']} isRequired />
            <TextField
              label={t('referrals.fields.counsellorEmail')}
              type="email"
              autoComplete="off"
              value={values.counsellorEmail}
              onChange={set('counsellorEmail')}
              error={fieldErrors['recordedFor.counsellorEmail']}
            />
          </fieldset>
        ) : null}
        <fieldset className="fieldset">
          <legend>{t('referrals.refer.candidateLegend')}</legend>
          <TextField label={t('participantLabels.fields.firstName')} autoComplete="off" value={values.firstName} onChange={set('firstName')} error={fieldErrors['candidate.firstName']} isRequired />
          <TextField label={t('participantLabels.fields.lastName')} autoComplete="off" value={values.lastName} onChange={set('lastName')} error={fieldErrors['candidate.lastName']} isRequired />
          <TextField
            label={t('participantLabels.fields.postcode')}
            description={t('referrals.refer.postcodeHint')}
            inputMode="numeric"
            maxLength={4}
            size="small"
            value={values.postcode}
            onChange={set('postcode')}
            error={fieldErrors['candidate.postcode'] ?? ruleErrors['candidate.postcode']}
            isRequired
          />
          {/* Said as soon as the postcode is complete; a field's own error is not announced, so the refusal is read out here too. */}
          <div role="status" className="visually-hidden">
            {ruleErrors['candidate.postcode'] ?? ''}
          </div>
          <StatusMessage tone="note">{outsideArea ? t('referrals.refer.outsideAreaNote', { postcode: values.postcode.trim() }) : null}</StatusMessage>
          <TextField
            label={t('participantLabels.fields.phoneOptional')}
            type="tel"
            autoComplete="off"
            size="medium"
            value={values.phone}
            onChange={set('phone')}
            error={fieldErrors['candidate.phone']}
          />
          <TextField
            label={t('participantLabels.fields.emailOptional')}
            type="email"
            autoComplete="off"
            value={values.email}
            onChange={set('email')}
            error={fieldErrors['candidate.email']}
          />
          <RadioField
            label={t('participantLabels.fields.benefitStatus')}
            description={t('referrals.refer.benefitHint')}
            value={values.benefitStatus}
            options={[...benefitStatusOptions(t), { value: 'unknown' as const, label: t('referrals.refer.benefitUnknown') }]}
            onChange={set('benefitStatus')}
            error={fieldErrors.benefitStatus ?? ruleErrors.benefitStatus}
          />
        </fieldset>
        <TextAreaField
          label={t('referrals.fields.agreements')}
          description={t('referrals.refer.agreementsHint')}
          value={values.agreements}
          onChange={set('agreements')}
          error={fieldErrors.agreements}
          maxLength={4000}
          isRequired
        />
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <Button type="submit">{createReferral.isPending ? t('common.sending') : t('referrals.refer.submit')}</Button>
      </Form>
    </>
  );
};

import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { BenefitStatus } from '../../../../contracts/participants';
import { createReferralRequestSchema, type Agency } from '../../../../contracts/referrals';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { RadioField } from '../../../components/choice-fields';
import { FormFeedback } from '../../../components/form-feedback';
import { StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { benefitStatusOptions } from '../../../components/participant-form-fields';
import { reasonText } from '../../../components/rule-reasons';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import type { FieldErrors } from '../../../lib/validation';
import { useAdmissionContext, useCreateReferral } from '../api/referrals';
import { channelReasonsOf, domicileVerdictOf } from '../utils/admission-check';

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
  const [values, setValues] = useState(empty);
  const recordsForSomeoneElse = session.role !== 'counsellor';
  const admission = useAdmissionContext();
  const form = useContractForm({
    schema: createReferralRequestSchema,
    send: (body) => createReferral.mutateAsync(body),
    onSuccess: (referral) => {
      const state: ReferralCreatedState = { referredName: `${referral.candidate.firstName} ${referral.candidate.lastName}` };
      void navigate(recordsForSomeoneElse ? `/doorverwijzingen/${referral.id}` : '/mijn-overzicht', { state });
    },
  });

  const domicile = domicileVerdictOf(values.postcode, admission.data, null);
  const [domicileRefusal] = domicile?.reasons ?? [];
  const outsideArea = domicile !== null && domicile.warnings.length > 0;
  const agency = recordsForSomeoneElse ? values.agency : (admission.data?.agency ?? null);
  const [channelRefusal] = channelReasonsOf(agency, values.benefitStatus === 'unknown' ? null : values.benefitStatus);
  const ruleErrors: FieldErrors = {
    ...(domicileRefusal ? { 'candidate.postcode': reasonText(t, domicileRefusal, i18n.language) } : {}),
    ...(channelRefusal ? { benefitStatus: reasonText(t, channelRefusal, i18n.language) } : {}),
  };

  const set =
    <K extends keyof Values>(field: K) =>
    (value: Values[K]) =>
      setValues((current) => ({ ...current, [field]: value }));

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    const input = referralRequestOf(values, recordsForSomeoneElse);
    // The contract's checks come first; a request it accepts can still meet a rule said as typed (R1, R2).
    if (Object.keys(ruleErrors).length > 0 && createReferralRequestSchema.safeParse(input).success) {
      form.refuse({ message: t('referrals.refer.rulesBlock') }, event.currentTarget);
      return;
    }
    void form.submit(input, event.currentTarget);
  };

  const title = recordsForSomeoneElse ? t('referrals.refer.titleRecorded') : t('referrals.refer.title');

  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{recordsForSomeoneElse ? t('referrals.refer.introRecorded') : t('referrals.refer.intro')}</p>
      <Form onSubmit={submit} className="form panel">
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
              error={form.fieldErrors['recordedFor.agency'] ?? form.fieldErrors.recordedFor}
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
              error={form.fieldErrors['recordedFor.channel']}
              orientation="horizontal"
              isRequired
            />
            <TextField
              label={t('referrals.fields.counsellorName')}
              value={values.counsellorName}
              onChange={set('counsellorName')}
              error={form.fieldErrors['recordedFor.counsellorName']}
              isRequired
            />
            <TextField
              label={t('referrals.fields.counsellorEmail')}
              type="email"
              autoComplete="off"
              value={values.counsellorEmail}
              onChange={set('counsellorEmail')}
              error={form.fieldErrors['recordedFor.counsellorEmail']}
            />
          </fieldset>
        ) : null}
        <fieldset className="fieldset">
          <legend>{t('referrals.refer.candidateLegend')}</legend>
          <TextField
            label={t('participantLabels.fields.firstName')}
            autoComplete="off"
            value={values.firstName}
            onChange={set('firstName')}
            error={form.fieldErrors['candidate.firstName']}
            isRequired
          />
          <TextField
            label={t('participantLabels.fields.lastName')}
            autoComplete="off"
            value={values.lastName}
            onChange={set('lastName')}
            error={form.fieldErrors['candidate.lastName']}
            isRequired
          />
          <TextField
            label={t('participantLabels.fields.postcode')}
            description={t('referrals.refer.postcodeHint')}
            inputMode="numeric"
            maxLength={4}
            size="small"
            value={values.postcode}
            onChange={set('postcode')}
            error={form.fieldErrors['candidate.postcode'] ?? ruleErrors['candidate.postcode']}
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
            error={form.fieldErrors['candidate.phone']}
          />
          <TextField
            label={t('participantLabels.fields.emailOptional')}
            type="email"
            autoComplete="off"
            value={values.email}
            onChange={set('email')}
            error={form.fieldErrors['candidate.email']}
          />
          <RadioField
            label={t('participantLabels.fields.benefitStatus')}
            description={t('referrals.refer.benefitHint')}
            value={values.benefitStatus}
            options={[...benefitStatusOptions(t), { value: 'unknown' as const, label: t('referrals.refer.benefitUnknown') }]}
            onChange={set('benefitStatus')}
            error={form.fieldErrors.benefitStatus ?? ruleErrors.benefitStatus}
          />
        </fieldset>
        <TextAreaField
          label={t('referrals.fields.agreements')}
          description={t('referrals.refer.agreementsHint')}
          value={values.agreements}
          onChange={set('agreements')}
          error={form.fieldErrors.agreements}
          maxLength={4000}
          isRequired
        />
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.sending') : t('referrals.refer.submit')}</Button>
      </Form>
    </>
  );
};

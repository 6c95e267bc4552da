import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { useNavigate, useParams } from 'react-router';
import { clientApplicationRequestSchema, type ClientApplicationRequest } from '../../../../contracts/client-applications';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../../../domain/activities/activity-catalogue';
import type { ClientCategory, LocalAuthorityKind } from '../../../../domain/clients/client-category';
import { Button } from '../../../components/button';
import { ClientIdentityFields } from '../../../components/client-identity-fields';
import { RadioField } from '../../../components/choice-fields';
import { FormFeedback } from '../../../components/form-feedback';
import { PageHeading } from '../../../components/page-heading';
import { PageShell } from '../../../components/page-shell';
import { SelectField } from '../../../components/select-field';
import { TextAreaField } from '../../../components/text-area-field';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useSubmitClientApplication } from '../api/client-registration';
import { applicationRequest, emptyApplication, type ApplicationValues } from './application-request';

type Language = ClientApplicationRequest['preferredLanguage'];
type Channel = ClientApplicationRequest['preferredChannel'];

/**
 * "Word gebruiker": the public form, phone-first. Category first, then only what that category needs; the address
 * is checked against Flanders and the office's area when it is sent. Nothing is registered until the office says yes.
 */
export const BecomeClientPage = () => {
  const { t } = useTranslation();
  const { slug = '' } = useParams();
  const navigate = useNavigate();
  const submit = useSubmitClientApplication();
  const [category, setCategory] = useState<ClientCategory | null>(null);
  const [kind, setKind] = useState<LocalAuthorityKind | null>(null);
  const [channel, setChannel] = useState<Channel>('email');
  const [language, setLanguage] = useState<Language>('nl');
  const [activityCode, setActivityCode] = useState('');
  const [values, setValues] = useState<ApplicationValues>(emptyApplication);
  const field = (name: keyof ApplicationValues) => ({ value: values[name], onChange: (value: string) => setValues((current) => ({ ...current, [name]: value })) });
  const form = useContractForm({
    schema: clientApplicationRequestSchema,
    send: (body) => submit.mutateAsync(body),
    onSuccess: (received) => void navigate(`/word-gebruiker/${encodeURIComponent(slug)}/bedankt`, { state: { organiserName: received.organiserName } }),
  });
  const activities = category ? FLEMISH_ACTIVITY_CATALOGUE.filter((activity) => activity.clientCategories.includes(category) && !activity.transitionalPwaOnly) : [];

  return (
    <PageShell siteName={t('clientside.apply.siteName')}>
      <PageHeading title={t('clientside.apply.title')}>{t('clientside.apply.title')}</PageHeading>
      <p>{t('clientside.apply.intro')}</p>
      <Form
        onSubmit={form.handleSubmit(() => applicationRequest({ slug, category, kind, channel, language, activityCode, values }) ?? {})}
        className="form panel"
        aria-label={t('clientside.apply.title')}
      >
        <ClientIdentityFields
          categoryLabel={t('clientside.apply.who')}
          category={category}
          onCategoryChange={setCategory}
          kind={kind}
          onKindChange={setKind}
          field={field}
          fieldErrors={form.fieldErrors}
          autoFill
          enterpriseNumberError={form.fieldErrors.enterpriseNumber ? t('clientside.apply.enterpriseNumberWrong') : undefined}
        >
          <h2>{t('clientside.apply.contactTitle')}</h2>
          <TextField label={t('clientside.apply.contactName')} {...field('contactName')} autoComplete="name" error={form.fieldErrors['contact.name']} isRequired />
          <TextField
            label={t('clients.fields.email')}
            type="email"
            {...field('contactEmail')}
            autoComplete="email"
            error={form.fieldErrors['contact.email']}
            isRequired
          />
          <TextField label={t('clients.fields.phone')} type="tel" {...field('contactPhone')} autoComplete="tel" error={form.fieldErrors['contact.phone']} size="medium" />
          <RadioField
            label={t('clientside.apply.channel')}
            value={channel}
            options={(['email', 'phone', 'sms', 'letter'] as const).map((value) => ({ value, label: t(`clientside.channel.${value}`) }))}
            onChange={setChannel}
          />
          <RadioField
            label={t('clientside.apply.language')}
            value={language}
            options={(['nl', 'fr', 'en'] as const).map((value) => ({ value, label: t(`clientside.language.${value}`) }))}
            onChange={setLanguage}
          />
          <h2>{t('clientside.apply.wishTitle')}</h2>
          <p>{t('clientside.apply.wishIntro')}</p>
          <SelectField
            label={t('clientside.apply.wishActivity')}
            value={activityCode}
            options={activities.map((activity) => ({ value: activity.code, label: activity.labelNl }))}
            onChange={setActivityCode}
            error={form.fieldErrors['jobWish.activityCode']}
          />
          <TextAreaField label={t('clientside.apply.wishText')} {...field('jobWish')} maxLength={2000} rows={3} error={form.fieldErrors['jobWish.text']} />
        </ClientIdentityFields>
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.saving') : t('clientside.apply.submit')}</Button>
      </Form>
    </PageShell>
  );
};

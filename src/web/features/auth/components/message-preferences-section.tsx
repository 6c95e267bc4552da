import { useState } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { updateMessagePreferencesRequestSchema, type MessagePreferences } from '../../../../contracts/accounts';
import { staffDigestRoles } from '../../../../contracts/messages';
import type { Role } from '../../../../contracts/roles';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { errorMessageKey } from '../../../lib/api-error';
import { useContractForm } from '../../../lib/use-contract-form';
import { useMessagePreferences, useUpdateMessagePreferences } from '../api/session';

const PreferencesForm = ({ preferences, role }: { preferences: MessagePreferences; role: Role }) => {
  const { t } = useTranslation();
  const update = useUpdateMessagePreferences();
  const [channel, setChannel] = useState<'email' | 'sms' | ''>(preferences.channel === 'sms' ? 'sms' : 'email');
  const [phone, setPhone] = useState(preferences.phone ?? '');
  const [staffDigest, setStaffDigest] = useState(preferences.staffDigest);
  const form = useContractForm({
    schema: updateMessagePreferencesRequestSchema,
    send: (body) => update.mutateAsync(body),
    successText: t('account.messages.saved'),
  });

  return (
    <Form onSubmit={form.handleSubmit(() => ({ channel, phone: phone.trim() || null, staffDigest }))} className="form" aria-labelledby="message-preferences-title">
      <SelectField
        label={t('account.messages.channel')}
        value={channel}
        options={[
          { value: 'email', label: t('account.messages.email') },
          { value: 'sms', label: t('account.messages.sms') },
        ]}
        onChange={setChannel}
        error={form.fieldErrors.channel}
        isRequired
      />
      <TextField
        label={t('account.messages.phone')}
        description={t('account.messages.phoneHint')}
        name="phone"
        type="tel"
        autoComplete="tel"
        value={phone}
        onChange={setPhone}
        error={form.fieldErrors.phone}
      />
      {staffDigestRoles.some((digestRole) => digestRole === role) ? (
        <Checkbox isSelected={staffDigest} onChange={setStaffDigest} className="checkbox">
          <span className="checkbox__box" aria-hidden="true" />
          {t('account.messages.digest')}
        </Checkbox>
      ) : null}
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.saving') : t('account.messages.submit')}</Button>
    </Form>
  );
};

/** How messages from the organiser reach the account holder, and the morning digest for staff (decision 036). */
export const MessagePreferencesSection = ({ role }: { role: Role }) => {
  const { t } = useTranslation();
  const preferences = useMessagePreferences();
  return (
    <section className="panel" aria-labelledby="message-preferences-title">
      <h2 id="message-preferences-title">{t('account.messages.title')}</h2>
      <p>{t('account.messages.intro')}</p>
      {preferences.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {preferences.isError ? <ErrorAlert>{t(errorMessageKey(preferences.error))}</ErrorAlert> : null}
      {preferences.data ? <PreferencesForm preferences={preferences.data} role={role} /> : null}
    </section>
  );
};

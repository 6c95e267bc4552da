import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createInvitationRequestSchema, type CreateInvitationRequest, type Invitation } from '../../../../contracts/invitations';
import { invitableRoles } from '../../../../contracts/policies/invitations';
import { agencies, type Agency } from '../../../../contracts/referrals';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { useContractForm, type Refusal } from '../../../lib/use-contract-form';

type InviteMemberFormProps = {
  onInvite: (body: CreateInvitationRequest) => Promise<Invitation>;
  onInvited: (invitation: Invitation) => void;
};

type StaffRole = (typeof invitableRoles.admin)[number];

/**
 * A colleague, counsellor or coach gets an e-mail with a link and chooses their own password (decision 216): the
 * admin never knows it. A counsellor also needs the agency whose consents decide what they see.
 */
export const InviteMemberForm = ({ onInvite, onInvited }: InviteMemberFormProps) => {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<StaffRole | ''>('');
  const [agency, setAgency] = useState<Agency | ''>('');
  const form = useContractForm({
    schema: createInvitationRequestSchema,
    send: onInvite,
    onSuccess: onInvited,
    onRefused: (error): Refusal | undefined =>
      error.code === 'ALREADY_EXISTS' ? { message: t('accounts.invite.emailTaken'), fieldErrors: { email: t('accounts.invite.emailTaken') } } : undefined,
  });

  return (
    <Form
      onSubmit={form.handleSubmit(() => ({
        displayName,
        email: email.trim(),
        role: role || undefined,
        ...(role === 'counsellor' ? { agency: agency || undefined } : {}),
      }))}
      className="form panel"
      aria-label={t('accounts.invite.title')}
    >
      <TextField
        label={t('accounts.fields.displayName')}
        name="displayName"
        autoComplete="off"
        value={displayName}
        onChange={setDisplayName}
        error={form.fieldErrors.displayName}
        isRequired
      />
      <TextField
        label={t('accounts.fields.email')}
        description={t('accounts.invite.emailHint')}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        error={form.fieldErrors.email}
        isRequired
      />
      <SelectField
        label={t('accounts.fields.role')}
        value={role}
        options={invitableRoles.admin.map((value) => ({ value, label: t(`roles.${value}`) }))}
        placeholder={t('common.choose')}
        onChange={setRole}
        error={form.fieldErrors.role}
        isRequired
      />
      {role === 'counsellor' ? (
        <SelectField
          label={t('accounts.invite.agency')}
          value={agency}
          options={agencies.map((value) => ({ value, label: t(`accounts.invite.agencies.${value}`) }))}
          placeholder={t('common.choose')}
          onChange={setAgency}
          error={form.fieldErrors.agency}
          isRequired
        />
      ) : null}
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.saving') : t('accounts.invite.submit')}</Button>
    </Form>
  );
};

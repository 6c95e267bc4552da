import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createAccountRequestSchema, type Account, type CreateAccountRequest } from '../../../../contracts/accounts';
import type { Role } from '../../../../contracts/roles';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { SelectField } from '../../../components/select-field';
import { ShowPasswordCheckbox } from '../../../components/show-password-checkbox';
import { TextField } from '../../../components/text-field';
import { passwordProblemKey } from '../../../lib/password-problem';
import { useContractForm, type Refusal } from '../../../lib/use-contract-form';
import { roleOptions } from './role-options';

type AccountCreateFormProps = {
  onCreate: (body: CreateAccountRequest) => Promise<Account>;
  onCreated: (account: Account) => void;
};

/**
 * A new member with a first password the admin hands over in person; the member changes it under "Mijn account".
 * Checked with the contract's schema; the server's refusals land on the field they are about.
 */
export const AccountCreateForm = ({ onCreate, onCreated }: AccountCreateFormProps) => {
  const { t } = useTranslation();
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const form = useContractForm({
    schema: createAccountRequestSchema,
    send: onCreate,
    onSuccess: onCreated,
    onRefused: (error): Refusal | undefined => {
      if (error.code === 'ALREADY_EXISTS') return { message: t('accounts.create.emailTaken'), fieldErrors: { email: t('accounts.create.emailTaken') } };
      if (error.code !== 'PASSWORD_TOO_WEAK') return undefined;
      const problem = t(passwordProblemKey(error), { min: 8, max: 128 });
      return { message: problem, fieldErrors: { password: problem } };
    },
  });

  return (
    <Form
      onSubmit={form.handleSubmit(() => ({ displayName, email: email.trim(), role: role || undefined, password }))}
      className="form panel"
      aria-label={t('accounts.create.title')}
    >
      <TextField label={t('accounts.fields.displayName')} name="displayName" autoComplete="off" value={displayName} onChange={setDisplayName} error={form.fieldErrors.displayName} isRequired />
      <TextField
        label={t('accounts.fields.email')}
        description={t('accounts.create.emailHint')}
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
        options={roleOptions(t)}
        placeholder={t('common.choose')}
        onChange={setRole}
        error={form.fieldErrors.role}
        isRequired
      />
      <TextField
        label={t('accounts.create.password')}
        description={t('accounts.create.passwordHint')}
        name="password"
        type={showPassword ? 'text' : 'password'}
        autoComplete="new-password"
        value={password}
        onChange={setPassword}
        error={form.fieldErrors.password}
        isRequired
      />
      <ShowPasswordCheckbox isSelected={showPassword} onChange={setShowPassword} label={t('login.showPassword')} />
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.saving') : t('accounts.create.submit')}</Button>
    </Form>
  );
};

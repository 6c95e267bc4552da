import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createAccountRequestSchema, type Account, type CreateAccountRequest } from '../../../../contracts/accounts';
import type { Role } from '../../../../contracts/roles';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/messages';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ShowPasswordCheckbox } from '../../../components/show-password-checkbox';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { passwordProblemKey } from '../../../lib/password-problem';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromServer, fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
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
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [displayName, setDisplayName] = useState('');
  const [email, setEmail] = useState('');
  const [role, setRole] = useState<Role | ''>('');
  const [password, setPassword] = useState('');
  const [showPassword, setShowPassword] = useState(false);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [isBusy, setIsBusy] = useState(false);

  const refuse = (errors: FieldErrors, message: string) => {
    setFieldErrors(errors);
    setFormError(message);
    focusFirstInvalid();
  };

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isBusy) return;
    setFormError(null);
    const parsed = createAccountRequestSchema.safeParse({ displayName, email: email.trim(), role: role || undefined, password });
    if (!parsed.success) {
      refuse(fieldErrorsFromZod(t, parsed.error.issues), t('common.formHasErrors'));
      return;
    }
    setFieldErrors({});
    setIsBusy(true);
    try {
      onCreated(await onCreate(parsed.data));
    } catch (error) {
      if (error instanceof ApiError && error.code === 'ALREADY_EXISTS') {
        refuse({ email: t('accounts.create.emailTaken') }, t('accounts.create.emailTaken'));
      } else if (error instanceof ApiError && error.code === 'PASSWORD_TOO_WEAK') {
        const problem = t(passwordProblemKey(error), { min: 8, max: 128 });
        refuse({ password: problem }, problem);
      } else {
        const errors = error instanceof ApiError && error.code === 'VALIDATION_FAILED' ? fieldErrorsFromServer(t, error.fieldIssues) : {};
        refuse(errors, t(errorMessageKey(error)));
      }
    } finally {
      setIsBusy(false);
    }
  };

  return (
    <Form ref={formRef} onSubmit={(event) => void submit(event)} className="form panel" aria-label={t('accounts.create.title')}>
      <TextField label={t('accounts.fields.displayName')} name="displayName" autoComplete="off" value={displayName} onChange={setDisplayName} error={fieldErrors.displayName} isRequired />
      <TextField
        label={t('accounts.fields.email')}
        description={t('accounts.create.emailHint')}
        name="email"
        type="email"
        inputMode="email"
        autoComplete="off"
        value={email}
        onChange={setEmail}
        error={fieldErrors.email}
        isRequired
      />
      <SelectField
        label={t('accounts.fields.role')}
        value={role}
        options={roleOptions(t)}
        placeholder={t('common.choose')}
        onChange={setRole}
        error={fieldErrors.role}
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
        error={fieldErrors.password}
        isRequired
      />
      <ShowPasswordCheckbox isSelected={showPassword} onChange={setShowPassword} label={t('login.showPassword')} />
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
      <Button type="submit">{isBusy ? t('common.saving') : t('accounts.create.submit')}</Button>
    </Form>
  );
};

import type { TFunction } from 'i18next';
import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { updateAccountRequestSchema, type Account } from '../../../../contracts/accounts';
import type { Role } from '../../../../contracts/roles';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert, Loading, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { can } from '../../../lib/authorization';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
import { useAccount, useEndAccountSessions, useReloadAccount, useResetTwoFactor, useUpdateAccount } from '../api/accounts';
import { roleOptions } from './role-options';

const wasJustCreated = (state: unknown): boolean => typeof state === 'object' && state !== null && 'created' in state && state.created === true;

/** Conflicts and self-protection get their own sentence; the rest reads like anywhere else in the app. */
const failureText = (error: unknown, t: TFunction): string =>
  error instanceof ApiError && error.code === 'VERSION_CONFLICT' ? t('common.recordConflict') : t(errorMessageKey(error));

type EditFormProps = { account: Account; isSelf: boolean; onSaved: (text: string) => void; onFailed: (text: string) => void };

const AccountEditForm = ({ account, isSelf, onSaved, onFailed }: EditFormProps) => {
  const { t } = useTranslation();
  const update = useUpdateAccount(account.id);
  const reload = useReloadAccount(account.id);
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [displayName, setDisplayName] = useState(account.displayName);
  const [role, setRole] = useState<Role | ''>(account.role);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    setFormError(null);
    // Only what changed is sent; nobody sends a role for themselves (the server refuses a change of one's own role).
    const parsed = updateAccountRequestSchema.safeParse({
      version: account.version,
      displayName: displayName === account.displayName ? undefined : displayName,
      role: isSelf || role === account.role ? undefined : role || undefined,
    });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromZod(t, parsed.error.issues));
      setFormError(t('common.formHasErrors'));
      focusFirstInvalid();
      return;
    }
    setFieldErrors({});
    update.mutate(parsed.data, {
      onSuccess: () => onSaved(t('accounts.detail.saved')),
      onError: (error) => {
        // Reported by the page: on a conflict the reloaded account remounts this form, which would lose its own alert.
        onFailed(failureText(error, t));
        if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') void reload();
        focusFirstInvalid();
      },
    });
  };

  return (
    <section className="panel" aria-labelledby="account-edit-title">
      <h2 id="account-edit-title">{t('accounts.detail.editTitle')}</h2>
      <Form ref={formRef} onSubmit={submit} className="form" aria-labelledby="account-edit-title">
        <TextField label={t('accounts.fields.displayName')} name="displayName" value={displayName} onChange={setDisplayName} error={fieldErrors.displayName} isRequired />
        {isSelf ? (
          <p className="hint">{t('accounts.detail.ownRole', { role: t(`roles.${account.role}`) })}</p>
        ) : (
          <SelectField
            label={t('accounts.fields.role')}
            description={t('accounts.detail.roleHint')}
            value={role}
            options={roleOptions(t)}
            onChange={setRole}
            error={fieldErrors.role}
            isRequired
          />
        )}
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <Button type="submit">{update.isPending ? t('common.saving') : t('accounts.detail.save')}</Button>
      </Form>
    </section>
  );
};

type PendingAction = 'disable' | 'endSessions' | 'resetTwoFactor' | null;

type ActionsProps = { account: Account; isSelf: boolean; onDone: (text: string) => void; onFailed: (text: string) => void };

/** The destructive actions, each confirmed in a dialog that names the person and what will happen. */
const AccountActions = ({ account, isSelf, onDone, onFailed }: ActionsProps) => {
  const { t } = useTranslation();
  const update = useUpdateAccount(account.id);
  const endSessions = useEndAccountSessions(account.id);
  const resetTwoFactor = useResetTwoFactor(account.id);
  const reload = useReloadAccount(account.id);
  const [pending, setPending] = useState<PendingAction>(null);
  const name = account.displayName;

  const fail = (error: unknown) => {
    setPending(null);
    onFailed(failureText(error, t));
    if (error instanceof ApiError && error.code === 'VERSION_CONFLICT') void reload();
  };

  const setDisabled = (isDisabled: boolean) =>
    update.mutate(
      { version: account.version, isDisabled },
      {
        onSuccess: () => {
          setPending(null);
          onDone(isDisabled ? t('accounts.actions.disabled', { name }) : t('accounts.actions.enabled', { name }));
        },
        onError: fail,
      },
    );

  const dialogs = {
    disable: {
      title: t('accounts.actions.disableTitle', { name }),
      text: t('accounts.actions.disableText'),
      confirm: t('accounts.actions.disableConfirm'),
      run: () => setDisabled(true),
      isPending: update.isPending,
    },
    endSessions: {
      title: t('accounts.actions.endSessionsTitle', { name }),
      text: t('accounts.actions.endSessionsText'),
      confirm: t('accounts.actions.endSessionsConfirm'),
      run: () =>
        endSessions.mutate(undefined, {
          onSuccess: () => {
            setPending(null);
            onDone(t('accounts.actions.sessionsEnded', { name }));
          },
          onError: fail,
        }),
      isPending: endSessions.isPending,
    },
    resetTwoFactor: {
      title: t('accounts.actions.resetTitle', { name }),
      text: t('accounts.actions.resetText'),
      confirm: t('accounts.actions.resetConfirm'),
      run: () =>
        resetTwoFactor.mutate(undefined, {
          onSuccess: () => {
            setPending(null);
            onDone(t('accounts.actions.resetDone', { name }));
          },
          onError: fail,
        }),
      isPending: resetTwoFactor.isPending,
    },
  } as const;
  const open = pending ? dialogs[pending] : null;

  return (
    <section className="panel" aria-labelledby="account-actions-title">
      <h2 id="account-actions-title">{t('accounts.actions.title')}</h2>
      <p>{t('accounts.actions.intro')}</p>
      <p>{t(account.twoFactorEnabled ? 'accounts.actions.twoFactorOn' : 'accounts.actions.twoFactorOff')}</p>
      <div className="row-actions">
        {account.isDisabled ? (
          <Button variant="secondary" onPress={() => update.isPending || setDisabled(false)}>
            {t('accounts.actions.enable')}
          </Button>
        ) : isSelf ? null : (
          <Button variant="danger" onPress={() => setPending('disable')}>
            {t('accounts.actions.disable')}
          </Button>
        )}
        <Button variant="secondary" onPress={() => setPending('endSessions')}>
          {t('accounts.actions.endSessions')}
        </Button>
        {isSelf || !account.twoFactorEnabled ? null : (
          <Button variant="secondary" onPress={() => setPending('resetTwoFactor')}>
            {t('accounts.actions.reset')}
          </Button>
        )}
      </div>
      {isSelf ? <p className="hint">{t('accounts.actions.selfNote')}</p> : null}
      <ConfirmDialog
        isOpen={open !== null}
        title={open?.title ?? ''}
        text={open?.text ?? ''}
        confirmLabel={open?.confirm ?? ''}
        cancelLabel={t('accounts.actions.cancel')}
        isPending={open?.isPending ?? false}
        onConfirm={() => open?.run()}
        onCancel={() => setPending(null)}
      />
    </section>
  );
};

export const AccountDetailPage = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  const { accountId = '' } = useParams();
  const location = useLocation();
  const account = useAccount(accountId);
  const [status, setStatus] = useState<string | null>(wasJustCreated(location.state) ? t('accounts.create.done') : null);
  const [failure, setFailure] = useState<string | null>(null);
  const mayManage = can(session.role, 'accounts.update');
  const isSelf = accountId === session.account.id;

  const done = (text: string) => {
    setFailure(null);
    setStatus(text);
  };
  const failed = (text: string) => {
    setStatus(null);
    setFailure(text);
  };

  return (
    <>
      <p>
        <Link to="/beheer/accounts">{t('accounts.backToList')}</Link>
      </p>
      {account.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {account.isError ? (
        <>
          <PageHeading title={t('accounts.detail.notFound')}>{t('accounts.detail.notFound')}</PageHeading>
          <ErrorAlert>{t(errorMessageKey(account.error))}</ErrorAlert>
        </>
      ) : null}
      {account.data ? (
        <>
          <PageHeading title={account.data.displayName}>{account.data.displayName}</PageHeading>
          <dl className="facts">
            <div>
              <dt>{t('accounts.fields.email')}</dt>
              <dd>{account.data.email}</dd>
            </div>
            <div>
              <dt>{t('accounts.fields.role')}</dt>
              <dd>{t(`roles.${account.data.role}`)}</dd>
            </div>
            <div>
              <dt>{t('accounts.fields.status')}</dt>
              <dd>{account.data.isDisabled ? t('accounts.status.disabledLong') : t('accounts.status.active')}</dd>
            </div>
          </dl>
          {failure ? <ErrorAlert>{failure}</ErrorAlert> : null}
          <StatusMessage>{status}</StatusMessage>
          {mayManage ? (
            <div className="stack">
              {/* Keyed by version: after a save or a reload the form starts again from the account as it is now. */}
              <AccountEditForm key={account.data.version} account={account.data} isSelf={isSelf} onSaved={done} onFailed={failed} />
              <AccountActions account={account.data} isSelf={isSelf} onDone={done} onFailed={failed} />
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
};

import type { TFunction } from 'i18next';
import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useLocation, useParams } from 'react-router';
import { updateAccountRequestSchema, type Account } from '../../../../contracts/accounts';
import type { Role } from '../../../../contracts/roles';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { formatInstant } from '../../../lib/dates';
import { can } from '../../../lib/authorization';
import { useContractForm } from '../../../lib/use-contract-form';
import { useAccount, useEndAccountSessions, useReloadAccount, useResetTwoFactor, useUpdateAccount } from '../api/accounts';
import { roleOptions } from './role-options';

/** Arriving from the invitation form: the link's expiry, for the confirmation. */
const invitedUntil = (state: unknown): string | null | undefined =>
  typeof state === 'object' && state !== null && 'invitedUntil' in state && (typeof state.invitedUntil === 'string' || state.invitedUntil === null)
    ? state.invitedUntil
    : undefined;

const statusText = (account: Account, t: TFunction): string =>
  account.status === 'invited' ? t('accounts.status.invitedLong') : account.isDisabled ? t('accounts.status.disabledLong') : t('accounts.status.active');

/** Conflicts and self-protection get their own sentence; the rest reads like anywhere else in the app. */
const failureText = (error: unknown, t: TFunction): string =>
  error instanceof ApiError && error.code === 'VERSION_CONFLICT' ? t('common.recordConflict') : t(errorMessageKey(error));

const AccountEditForm = ({ account, isSelf }: { account: Account; isSelf: boolean }) => {
  const { t } = useTranslation();
  const update = useUpdateAccount(account.id);
  const reload = useReloadAccount(account.id);
  const [displayName, setDisplayName] = useState(account.displayName);
  const [role, setRole] = useState<Role | ''>(account.role);
  const form = useContractForm({
    schema: updateAccountRequestSchema,
    send: (body) => update.mutateAsync(body),
    successText: t('accounts.detail.saved'),
    // Someone else changed the account first: the form starts again from the account as it is now.
    onConflict: async () => {
      const fresh = await reload();
      setDisplayName(fresh.displayName);
      setRole(fresh.role);
    },
  });

  // Only what changed is sent; nobody sends a role for themselves (the server refuses a change of one's own role).
  const request = () => ({
    version: account.version,
    displayName: displayName === account.displayName ? undefined : displayName,
    role: isSelf || role === account.role ? undefined : role || undefined,
  });

  return (
    <section className="panel" aria-labelledby="account-edit-title">
      <h2 id="account-edit-title">{t('accounts.detail.editTitle')}</h2>
      <Form onSubmit={form.handleSubmit(request)} className="form" aria-labelledby="account-edit-title">
        <TextField
          label={t('accounts.fields.displayName')}
          name="displayName"
          value={displayName}
          onChange={setDisplayName}
          error={form.fieldErrors.displayName}
          isRequired
        />
        {isSelf ? (
          <p className="hint">{t('accounts.detail.ownRole', { role: t(`roles.${account.role}`) })}</p>
        ) : (
          <SelectField
            label={t('accounts.fields.role')}
            description={t('accounts.detail.roleHint')}
            value={role}
            options={roleOptions(t)}
            onChange={setRole}
            error={form.fieldErrors.role}
            isRequired
          />
        )}
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.saving') : t('accounts.detail.save')}</Button>
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
        {account.status === 'invited' ? null : account.isDisabled ? (
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
  const { t, i18n } = useTranslation();
  const { accountId = '' } = useParams();
  const location = useLocation();
  const account = useAccount(accountId);
  const [status, setStatus] = useState<string | null>(() => {
    const until = invitedUntil(location.state);
    return until === undefined ? null : t('accounts.invite.done', { until: until ? formatInstant(until, i18n.language) : '' });
  });
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
              <dd>{statusText(account.data, t)}</dd>
            </div>
          </dl>
          {failure ? <ErrorAlert>{failure}</ErrorAlert> : null}
          <StatusMessage>{status}</StatusMessage>
          {mayManage ? (
            <div className="stack">
              <AccountEditForm account={account.data} isSelf={isSelf} />
              <AccountActions account={account.data} isSelf={isSelf} onDone={done} onFailed={failed} />
            </div>
          ) : null}
        </>
      ) : null}
    </>
  );
};

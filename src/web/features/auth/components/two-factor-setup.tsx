import { useTranslation } from 'react-i18next';
import { Form } from 'react-aria-components';
import type { SessionResponse, TwoFactorSetup as Setup } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert } from '../../../components/messages';
import { errorMessageKey } from '../../../lib/api-error';
import { useConfirmTwoFactor, useStartTwoFactorSetup } from '../api/session';
import { useCodeForm } from '../hooks/use-code-form';
import { groupSecret } from '../utils/login-steps';
import { OneTimeCodeField } from './one-time-code-field';
import { QrCode } from './qr-code';

type ConfirmStepProps = { setup: Setup; onConfirmed?: ((session: SessionResponse) => void) | undefined };

const ConfirmStep = ({ setup, onConfirmed }: ConfirmStepProps) => {
  const { t } = useTranslation();
  const confirm = useConfirmTwoFactor();
  const { form, code, setCode, onSubmit } = useCodeForm(confirm, onConfirmed);
  const groups = groupSecret(setup.secret);
  return (
    <>
      <h3>{t('twoFactor.setup.scanTitle')}</h3>
      <ol className="instructions">
        <li>{t('twoFactor.setup.scanOpenApp')}</li>
        <li>{t('twoFactor.setup.scanAdd')}</li>
        <li>{t('twoFactor.setup.scanPoint')}</li>
      </ol>
      <QrCode text={setup.otpauthUri} label={t('twoFactor.setup.qrLabel')} />
      <p>{t('twoFactor.setup.typeInstead')}</p>
      <p className="secret-line">
        <span className="secret-line__label">{t('twoFactor.setup.secretLabel')}</span>{' '}
        <code className="secret" data-testid="totp-secret">
          {groups.join(' ')}
        </code>
      </p>
      <p className="hint">{t('twoFactor.setup.typeHint')}</p>
      <h3>{t('twoFactor.setup.confirmTitle')}</h3>
      <p>{t('twoFactor.setup.confirmText')}</p>
      <Form onSubmit={onSubmit} className="form" aria-label={t('twoFactor.setup.confirmTitle')}>
        <OneTimeCodeField value={code} onChange={setCode} error={form.fieldErrors.code} />
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('twoFactor.setup.confirming') : t('twoFactor.setup.confirm')}</Button>
      </Form>
    </>
  );
};

/**
 * Setting up an authenticator, written for people who never used one: install an app, scan (or type) the key, type
 * the code it shows. Nothing is sent before the person says they have the app, so the secret is made once, when
 * it will be used (an automatic request on render would make a new one on every visit or remount).
 */
export const TwoFactorSetup = ({ onConfirmed }: { onConfirmed?: (session: SessionResponse) => void }) => {
  const { t } = useTranslation();
  const start = useStartTwoFactorSetup();
  return (
    <div className="two-factor-setup">
      <h3>{t('twoFactor.setup.installTitle')}</h3>
      <p>{t('twoFactor.setup.installText')}</p>
      <p className="hint">{t('twoFactor.setup.installHint')}</p>
      {start.data ? (
        <ConfirmStep key={start.data.secret} setup={start.data} onConfirmed={onConfirmed} />
      ) : (
        <>
          {start.isError ? <ErrorAlert>{t(errorMessageKey(start.error))}</ErrorAlert> : null}
          <Button onPress={() => start.isPending || start.mutate()}>{start.isPending ? t('twoFactor.setup.starting') : t('twoFactor.setup.start')}</Button>
        </>
      )}
    </div>
  );
};

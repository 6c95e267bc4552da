import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Navigate, useSearchParams } from 'react-router';
import type { SessionResponse, SessionStage } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageShell } from '../../../components/page-shell';
import { errorMessageKey } from '../../../lib/api-error';
import { useLogOut, useSession } from '../api/session';
import { loginPath, returnParam, safeReturnPath, stagePath } from '../utils/login-steps';

type LoginStepShellProps = {
  stage: Exclude<SessionStage, 'complete'>;
  children: (session: SessionResponse, returnPath: string) => ReactNode;
};

/**
 * The frame of the steps between password and work: only shown to a session in that stage; any other session is
 * sent on (to the page it asked for once complete, to the other step, or to the password when there is none).
 * Logging out stays possible, for someone at the wrong account or without their phone.
 */
export const LoginStepShell = ({ stage, children }: LoginStepShellProps) => {
  const { t } = useTranslation();
  const [searchParams] = useSearchParams();
  const returnPath = safeReturnPath(searchParams.get(returnParam));
  const session = useSession();
  const logOut = useLogOut();

  if (session.isPending) return <Loading>{t('app.loading')}</Loading>;
  if (session.isError) {
    return (
      <PageShell siteName={t('app.name')}>
        <ErrorAlert>{t(errorMessageKey(session.error))}</ErrorAlert>
      </PageShell>
    );
  }
  if (!session.data) return <Navigate to={logOut.isIdle ? loginPath(returnPath) : '/aanmelden'} replace />;
  if (session.data.stage !== stage) return <Navigate to={stagePath(session.data.stage, returnPath)} replace />;

  return (
    <PageShell
      siteName={session.data.organiser.name}
      account={
        <Button variant="secondary" onPress={() => logOut.isPending || logOut.mutate()}>
          {logOut.isPending ? t('layout.loggingOut') : t('twoFactor.cancelLogin')}
        </Button>
      }
    >
      <div className="narrow">{children(session.data, returnPath)}</div>
    </PageShell>
  );
};

import { useTranslation } from 'react-i18next';
import { Link, useRouteError } from 'react-router';
import { Button } from '../components/button';
import { PageHeading } from '../components/page-heading';
import { PageShell } from '../components/page-shell';

export const NotFoundContent = () => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('pages.notFound.title')}>{t('pages.notFound.title')}</PageHeading>
      <p>{t('pages.notFound.text')}</p>
      <p>
        <Link to="/">{t('pages.notFound.home')}</Link>
      </p>
    </>
  );
};

export const NotFoundPage = () => {
  const { t } = useTranslation();
  return (
    <PageShell siteName={t('app.name')}>
      <NotFoundContent />
    </PageShell>
  );
};

export const ForbiddenContent = ({ role }: { role: string }) => {
  const { t } = useTranslation();
  return (
    <>
      <PageHeading title={t('pages.forbidden.title')}>{t('pages.forbidden.title')}</PageHeading>
      <p>{t('pages.forbidden.text', { role })}</p>
      <p>
        <Link to="/">{t('pages.notFound.home')}</Link>
      </p>
    </>
  );
};

/** The last resort when rendering or loading a route throws: plain words and a way out. */
export const RouteErrorPage = () => {
  const { t } = useTranslation();
  const error = useRouteError();
  console.error(error);
  return (
    <PageShell siteName={t('app.name')}>
      <PageHeading title={t('pages.error.title')}>{t('pages.error.title')}</PageHeading>
      <p>{t('pages.error.text')}</p>
      <Button onPress={() => window.location.reload()}>{t('pages.error.reload')}</Button>
    </PageShell>
  );
};

import { useEffect, type ReactNode } from 'react';
import { useTranslation } from 'react-i18next';

type PageHeadingProps = { children: ReactNode; title: string };

export const pageHeadingId = 'page-title';

/** The page's h1; it also names the browser tab and is where focus lands after a route change. */
export const PageHeading = ({ children, title }: PageHeadingProps) => {
  const { t } = useTranslation();
  useEffect(() => {
    document.title = t('app.documentTitle', { page: title });
  }, [t, title]);
  return (
    <h1 id={pageHeadingId} tabIndex={-1} className="page-title">
      {children}
    </h1>
  );
};

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { LanguageSwitcher } from './language-switcher';

type PageShellProps = { siteName: string; nav?: ReactNode; account?: ReactNode; children: ReactNode };

const mainId = 'inhoud';

/** The frame every page shares: skip link, header with the organiser's name, optional navigation, one main. */
export const PageShell = ({ siteName, nav, account, children }: PageShellProps) => {
  const { t } = useTranslation();
  return (
    <div className="shell">
      <a
        className="skip-link"
        href={`#${mainId}`}
        onClick={(event) => {
          // Moving focus ourselves keeps the router's URL clean and works even when the main is already in view.
          event.preventDefault();
          document.getElementById(mainId)?.focus();
        }}
      >
        {t('app.skipLink')}
      </a>
      <header className="site-header">
        <div className="site-header__bar">
          <p className="site-header__name">{siteName}</p>
          <div className="site-header__tools">
            <LanguageSwitcher />
            {account}
          </div>
        </div>
        {nav}
      </header>
      <main id={mainId} tabIndex={-1} className="main">
        {children}
      </main>
    </div>
  );
};

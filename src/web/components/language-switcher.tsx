import { ToggleButton } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { supportedLocales } from '../i18n/i18n';

export const LanguageSwitcher = () => {
  const { t, i18n } = useTranslation();
  return (
    <div role="group" aria-label={t('layout.language')} className="language-switcher">
      {supportedLocales.map((locale) => (
        <ToggleButton
          key={locale}
          // Each language names itself in its own language, so the lang attribute lets screen readers pronounce it.
          lang={locale}
          isSelected={i18n.language === locale}
          onChange={(selected) => {
            if (selected) void i18n.changeLanguage(locale);
          }}
          className="language-switcher__option"
        >
          {t(`locales.${locale}`)}
        </ToggleButton>
      ))}
    </div>
  );
};

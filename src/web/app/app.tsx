import { QueryClientProvider } from '@tanstack/react-query';
import { useState, type ReactNode } from 'react';
import { I18nProvider } from 'react-aria-components';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { RouterProvider } from 'react-router';
import { i18n } from '../i18n/i18n';
import { queryClient } from '../lib/api';
import { createAppRouter } from './router';

/** React Aria's built-in texts (e.g. a dialog's hidden dismiss button) follow the chosen language too. */
const AriaLocale = ({ children }: { children: ReactNode }) => {
  const { i18n: instance } = useTranslation();
  return <I18nProvider locale={instance.language}>{children}</I18nProvider>;
};

export const App = () => {
  const [router] = useState(createAppRouter);
  return (
    <QueryClientProvider client={queryClient}>
      <I18nextProvider i18n={i18n}>
        <AriaLocale>
          <RouterProvider router={router} />
        </AriaLocale>
      </I18nextProvider>
    </QueryClientProvider>
  );
};

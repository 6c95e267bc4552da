import { useEffect, useState } from 'react';
import { Checkbox, Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { signAgreementByLinkRequestSchema, type AgreementSigningPreview } from '../../../../contracts/clients';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { PageShell } from '../../../components/page-shell';
import { TextField } from '../../../components/text-field';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { formatCivilDate } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { useSignAgreementByLink, useSigningPreview } from '../api/client-registration';

/** The token from the address's fragment, then taken out of the address bar so it stays out of the history (decision 040). */
const useFragmentToken = (): string => {
  const [token] = useState(() => window.location.hash.slice(1));
  useEffect(() => {
    if (window.location.hash) window.history.replaceState(window.history.state, '', window.location.pathname);
  }, []);
  return token;
};

const linkProblem = (error: unknown): 'LINK_INVALID' | 'LINK_EXPIRED' | 'LINK_USED' | null =>
  error instanceof ApiError && (error.code === 'LINK_INVALID' || error.code === 'LINK_EXPIRED' || error.code === 'LINK_USED') ? error.code : null;

const SignForm = ({ token, preview, onSigned }: { token: string; preview: AgreementSigningPreview; onSigned: (signedOn: string) => void }) => {
  const { t } = useTranslation();
  const sign = useSignAgreementByLink();
  const [typedName, setTypedName] = useState('');
  const [agree, setAgree] = useState(false);
  const form = useContractForm({
    schema: signAgreementByLinkRequestSchema,
    send: (body) => sign.mutateAsync(body),
    onSuccess: (signed) => onSigned(signed.signedOn),
  });
  return (
    <Form onSubmit={form.handleSubmit(() => ({ token, typedName, agree }))} className="form panel" aria-labelledby="sign-title">
      <h2 id="sign-title">{t('clientside.sign.formTitle')}</h2>
      <TextField label={t('clientside.sign.typedName')} value={typedName} onChange={setTypedName} autoComplete="name" error={form.fieldErrors.typedName} isRequired />
      <Checkbox isSelected={agree} onChange={setAgree} className="checkbox">
        <span className="checkbox__box" aria-hidden="true" />
        {t('clientside.sign.agree', { client: preview.clientName })}
      </Checkbox>
      {form.fieldErrors.agree ? <p className="field__error">{t('clientside.sign.agreeMissing')}</p> : null}
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.saving') : t('clientside.sign.submit')}</Button>
    </Form>
  );
};

/** The public signing page behind the e-mailed link: the frozen agreement text, a typed name and a ticked box. */
export const SignAgreementPage = () => {
  const { t, i18n } = useTranslation();
  const token = useFragmentToken();
  const preview = useSigningPreview(token);
  const [signedOn, setSignedOn] = useState<string | null>(null);
  const problem = linkProblem(preview.error);
  return (
    <PageShell siteName={preview.data?.organiserName ?? t('app.name')}>
      {signedOn ? (
        <>
          <PageHeading title={t('clientside.sign.doneTitle')}>{t('clientside.sign.doneTitle')}</PageHeading>
          <p>{t('clientside.sign.doneText', { date: formatCivilDate(signedOn, i18n.language) })}</p>
        </>
      ) : (
        <>
          <PageHeading title={t('clientside.sign.title')}>{t('clientside.sign.title')}</PageHeading>
          {preview.isPending ? <Loading>{t('app.loading')}</Loading> : null}
          {problem ? <ErrorAlert>{t(`clientside.sign.problem.${problem}`)}</ErrorAlert> : null}
          {preview.isError && !problem ? <ErrorAlert>{t(errorMessageKey(preview.error))}</ErrorAlert> : null}
          {preview.data ? (
            <>
              <article className="panel" aria-labelledby="agreement-title">
                <h2 id="agreement-title">{preview.data.title}</h2>
                {preview.data.clauses.map((clause) => (
                  <p key={clause}>{clause}</p>
                ))}
                <p className="hint">{t('clientside.sign.version', { version: preview.data.templateVersion })}</p>
              </article>
              <SignForm token={token} preview={preview.data} onSigned={setSignedOn} />
            </>
          ) : null}
        </>
      )}
    </PageShell>
  );
};

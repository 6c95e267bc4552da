import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { approveClientApplicationRequestSchema, declineClientApplicationRequestSchema, type ClientApplicationDetail } from '../../../../contracts/client-applications';
import type { SessionResponse } from '../../../../contracts/sessions';
import { formatEnterpriseNumber } from '../../../../domain/identity/kbo';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { TextAreaField } from '../../../components/text-area-field';
import { errorMessageKey } from '../../../lib/api-error';
import { can } from '../../../lib/authorization';
import { formatInstant } from '../../../lib/dates';
import { useContractForm } from '../../../lib/use-contract-form';
import { useApproveClientApplication, useClientApplication, useDeclineClientApplication } from '../api/client-applications';

/** Approve as a new client, or (when it is a client we know) link it to that one; or decline with a reason. */
const Decision = ({ application }: { application: ClientApplicationDetail }) => {
  const { t } = useTranslation();
  const approve = useApproveClientApplication(application.id);
  const decline = useDeclineClientApplication(application.id);
  const [reason, setReason] = useState('');
  const [linkTo, setLinkTo] = useState<string | null>(null);
  const approveForm = useContractForm({ schema: approveClientApplicationRequestSchema, send: (body) => approve.mutateAsync(body) });
  const declineForm = useContractForm({ schema: declineClientApplicationRequestSchema, send: (body) => decline.mutateAsync(body) });
  const duplicate = application.possibleDuplicate;
  return (
    <div className="stack">
      <Form
        onSubmit={approveForm.handleSubmit(() => ({ version: application.version, ...(linkTo ? { linkToClientId: linkTo } : {}) }))}
        className="form panel"
        aria-labelledby="approve-title"
      >
        <h2 id="approve-title">{t('clientside.application.approveTitle')}</h2>
        <p>{t('clientside.application.approveText')}</p>
        {duplicate ? (
          <div className="card card--note">
            <p>
              {t(duplicate.match === 'enterprise_number' ? 'clientside.application.duplicateKbo' : 'clientside.application.duplicateNamesake', {
                name: duplicate.name,
                number: duplicate.clientNumber,
              })}
            </p>
            <p>
              <Link to={`/gebruikers/${duplicate.clientId}`}>{t('clients.create.openExisting')}</Link>
            </p>
            <Button variant="secondary" onPress={() => setLinkTo(duplicate.clientId)} isDisabled={linkTo !== null}>
              {linkTo ? t('clientside.application.linkChosen') : t('clientside.application.linkToExisting')}
            </Button>
          </div>
        ) : null}
        <FormFeedback feedback={approveForm.feedback} />
        <Button type="submit">
          {approveForm.isPending ? t('common.saving') : t(linkTo ? 'clientside.application.approveLinked' : 'clientside.application.approve')}
        </Button>
      </Form>
      <Form onSubmit={declineForm.handleSubmit(() => ({ version: application.version, reason }))} className="form panel" aria-labelledby="decline-title">
        <h2 id="decline-title">{t('clientside.application.declineTitle')}</h2>
        <TextAreaField label={t('clientside.application.reason')} value={reason} onChange={setReason} error={declineForm.fieldErrors.reason} rows={3} isRequired />
        <FormFeedback feedback={declineForm.feedback} />
        <Button type="submit" variant="secondary">
          {declineForm.isPending ? t('common.saving') : t('clientside.application.decline')}
        </Button>
      </Form>
    </div>
  );
};

export const ClientApplicationPage = ({ session }: { session: SessionResponse }) => {
  const { t, i18n } = useTranslation();
  const { applicationId = '' } = useParams();
  const application = useClientApplication(applicationId);
  const data = application.data;
  const title = data?.name ?? t('clients.page.loadingTitle');
  return (
    <>
      <p>
        <Link to="/gebruikers/aanvragen">{t('clientside.applications.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {application.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {application.isError ? <ErrorAlert>{t(errorMessageKey(application.error))}</ErrorAlert> : null}
      {data ? (
        <div className="stack">
          <section className="panel" aria-labelledby="application-facts">
            <h2 id="application-facts">{t('clientside.application.facts')}</h2>
            <dl className="facts">
              <dt>{t('clientside.application.statusLabel')}</dt>
              <dd>{t(`clientside.applications.status.${data.status}`)}</dd>
              <dt>{t('clients.fields.category')}</dt>
              <dd>
                {t(`clients.category.${data.category}`)}
                {data.localAuthorityKind ? ` — ${t(`clients.kind.${data.localAuthorityKind}`)}` : ''}
              </dd>
              {data.enterpriseNumber ? (
                <>
                  <dt>{t('clients.fields.enterpriseNumber')}</dt>
                  <dd>{formatEnterpriseNumber(data.enterpriseNumber)}</dd>
                </>
              ) : null}
              <dt>{t('clients.fields.address')}</dt>
              <dd>
                {data.address.street}, {data.address.postcode} {data.address.city}
              </dd>
              <dt>{t('clients.fields.municipality')}</dt>
              <dd>{data.municipality?.name ?? t('clientside.application.outsideArea')}</dd>
              <dt>{t('clientside.apply.contactTitle')}</dt>
              <dd>
                {data.contact.name} — {data.contact.email}
                {data.contact.phone ? ` — ${data.contact.phone}` : ''}
              </dd>
              <dt>{t('clientside.apply.channel')}</dt>
              <dd>
                {t(`clientside.channel.${data.preferredChannel}`)}, {data.preferredLanguage}
              </dd>
              <dt>{t('clientside.apply.wishTitle')}</dt>
              <dd>{data.jobWish ? `${data.jobWish.activityCode ? `${data.jobWish.activityCode}: ` : ''}${data.jobWish.text}` : '—'}</dd>
              <dt>{t('clientside.application.submitted')}</dt>
              <dd>{formatInstant(data.submittedAt, i18n.language)}</dd>
              {data.declineReason ? (
                <>
                  <dt>{t('clientside.application.reason')}</dt>
                  <dd>{data.declineReason}</dd>
                </>
              ) : null}
            </dl>
            {data.clientId ? (
              <p>
                <Link to={`/gebruikers/${data.clientId}`}>{t('clientside.application.openClient')}</Link>
              </p>
            ) : null}
          </section>
          {data.status === 'new' && can(session.role, 'clientApplications.decide') ? <Decision key={data.version} application={data} /> : null}
        </div>
      ) : null}
    </>
  );
};

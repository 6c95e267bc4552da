import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { ErrorAlert, Loading, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { errorMessageKey } from '../../../lib/api-error';
import { can } from '../../../lib/authorization';
import { formatInstant } from '../../../lib/dates';
import { useMessage, useResendMessage } from '../api/messages';
import { statusTagClass } from './message-labels';

/** One message as its recipient gets it, with what happened to it; a failed or unsent one can be sent again. */
export const MessagePage = ({ session }: { session: SessionResponse }) => {
  const { t, i18n } = useTranslation();
  const { messageId = '' } = useParams();
  const message = useMessage(messageId);
  const resend = useResendMessage(messageId);
  const [status, setStatus] = useState<string | null>(null);
  const data = message.data;

  const sendAgain = () => {
    if (resend.isPending) return;
    setStatus(null);
    resend.mutate(undefined, { onSuccess: () => setStatus(t('messages.detail.resent')) });
  };

  return (
    <>
      <p>
        <Link to="/berichten">{t('messages.backToList')}</Link>
      </p>
      {message.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {message.isError ? (
        <>
          <PageHeading title={t('messages.detail.notFound')}>{t('messages.detail.notFound')}</PageHeading>
          <ErrorAlert>{t(errorMessageKey(message.error))}</ErrorAlert>
        </>
      ) : null}
      {data ? (
        <>
          <PageHeading title={data.subject}>{data.subject}</PageHeading>
          <dl className="facts">
            <div>
              <dt>{t('messages.fields.recipient')}</dt>
              <dd>{data.recipientName}</dd>
            </div>
            <div>
              <dt>{t('messages.fields.address')}</dt>
              <dd>{data.address ?? t('messages.detail.noAddress')}</dd>
            </div>
            <div>
              <dt>{t('messages.fields.channel')}</dt>
              <dd>{t(`messages.channel.${data.channel}`)}</dd>
            </div>
            <div>
              <dt>{t('messages.fields.status')}</dt>
              <dd>
                <span className={statusTagClass(data.status)}>{t(`messages.status.${data.status}`)}</span>
              </dd>
            </div>
            <div>
              <dt>{t('messages.fields.attempts')}</dt>
              <dd>{data.attempts}</dd>
            </div>
            {data.lastError ? (
              <div>
                <dt>{t('messages.fields.lastError')}</dt>
                <dd>{data.lastError}</dd>
              </div>
            ) : null}
            <div>
              <dt>{t('messages.fields.createdAt')}</dt>
              <dd>{formatInstant(data.createdAt, i18n.language)}</dd>
            </div>
            {data.sentAt ? (
              <div>
                <dt>{t(data.status === 'printed' ? 'messages.fields.printedAt' : 'messages.fields.sentAt')}</dt>
                <dd>{formatInstant(data.sentAt, i18n.language)}</dd>
              </div>
            ) : null}
          </dl>
          {resend.isError ? <ErrorAlert>{t(errorMessageKey(resend.error))}</ErrorAlert> : null}
          <StatusMessage>{status}</StatusMessage>
          {data.canResend && can(session.role, 'messages.resend') ? (
            <p>
              <Button onPress={sendAgain}>{resend.isPending ? t('messages.detail.resending') : t('messages.detail.resend')}</Button>
            </p>
          ) : null}
          <section className="panel" aria-labelledby="message-text-title">
            <h2 id="message-text-title">{t('messages.detail.textTitle')}</h2>
            <div className="message-text">{data.text}</div>
          </section>
        </>
      ) : null}
    </>
  );
};

import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { messageChannelSchema, messageStatusSchema } from '../../../../contracts/messages';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { PageHeading } from '../../../components/page-heading';
import { PagedResults, ScrollingTable } from '../../../components/paged-results';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { can } from '../../../lib/authorization';
import { formatInstant, todayInBrussels } from '../../../lib/dates';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter';
import { printListHref, useMessageList, type MessageFilters } from '../api/messages';
import { channelOptions, statusOptions, statusTagClass } from './message-labels';

const filtersFrom = (params: URLSearchParams): MessageFilters => {
  const status = messageStatusSchema.safeParse(params.get('status'));
  const channel = messageChannelSchema.safeParse(params.get('kanaal'));
  return { q: params.get('zoek')?.trim() || undefined, status: status.success ? status.data : undefined, channel: channel.success ? channel.data : undefined };
};

/** "Berichten": every e-mail, SMS and letter the organiser sent or has still to send. Filters live in the URL. */
export const MessagesPage = ({ session }: { session: SessionResponse }) => {
  const { t, i18n } = useTranslation();
  const [params, setParam] = useSearchParamSetter();
  const filters = filtersFrom(params);
  const [search, setSearch] = useState(filters.q ?? '');
  const messages = useMessageList(filters);
  const items = messages.data?.pages.flatMap((page) => page.items) ?? [];

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParam('zoek', search.trim());
  };

  return (
    <>
      <PageHeading title={t('messages.title')}>{t('messages.title')}</PageHeading>
      <p>{t('messages.intro')}</p>
      {can(session.role, 'messages.print') ? (
        <p>
          <a href={printListHref(todayInBrussels())} target="_blank" rel="noreferrer" className="button button--secondary">
            {t('messages.printToday')}
          </a>
        </p>
      ) : null}
      <Form onSubmit={submitSearch} role="search" aria-label={t('messages.searchLabel')} className="search-form">
        <TextField label={t('messages.search')} description={t('messages.searchHint')} value={search} onChange={setSearch} size="medium" />
        <Button type="submit">{t('messages.searchSubmit')}</Button>
      </Form>
      <div className="filters" role="group" aria-label={t('messages.filters')}>
        <SelectField
          label={t('messages.fields.status')}
          value={filters.status ?? ''}
          options={statusOptions(t)}
          placeholder={t('messages.allStatuses')}
          size="medium"
          onChange={(value) => setParam('status', value)}
        />
        <SelectField
          label={t('messages.fields.channel')}
          value={filters.channel ?? ''}
          options={channelOptions(t)}
          placeholder={t('messages.allChannels')}
          size="small"
          onChange={(value) => setParam('kanaal', value)}
        />
      </div>
      <PagedResults
        query={messages}
        itemCount={items.length}
        countText={(count, hasMore) => (hasMore ? t('messages.countMore', { count }) : t('messages.count', { count }))}
        emptyText={t('messages.empty')}
      >
        <ScrollingTable
          caption={t('messages.tableCaption')}
          head={
            <>
              <th scope="col">{t('messages.fields.recipient')}</th>
              <th scope="col">{t('messages.fields.template')}</th>
              <th scope="col">{t('messages.fields.channel')}</th>
              <th scope="col">{t('messages.fields.status')}</th>
              <th scope="col">{t('messages.fields.createdAt')}</th>
            </>
          }
        >
          {items.map((message) => (
            <tr key={message.id}>
              <th scope="row">
                <Link to={message.id}>{message.recipientName}</Link>
                {message.address ? <span className="table-note">{message.address}</span> : null}
              </th>
              <td>{t(`messages.template.${message.template}`)}</td>
              <td>{t(`messages.channel.${message.channel}`)}</td>
              <td>
                <span className={statusTagClass(message.status)}>{t(`messages.status.${message.status}`)}</span>
              </td>
              <td>{formatInstant(message.createdAt, i18n.language)}</td>
            </tr>
          ))}
        </ScrollingTable>
      </PagedResults>
    </>
  );
};

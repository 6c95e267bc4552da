import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { PageHeading } from '../../../components/page-heading';
import { PagedResults, ScrollingTable } from '../../../components/paged-results';
import { TextField } from '../../../components/text-field';
import { can } from '../../../lib/authorization';
import { useClientList } from '../api/clients';

/** The coordinator's clients (gebruikers): search by name, place or KBO number. */
export const ClientListPage = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  const [q, setQ] = useState('');
  const clients = useClientList(q);
  const items = clients.data?.pages.flatMap((page) => page.items) ?? [];
  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setQ(search.trim());
  };

  return (
    <>
      <PageHeading title={t('clients.list.title')}>{t('clients.list.title')}</PageHeading>
      {can(session.role, 'clients.create') ? (
        <p>
          <Link to="/gebruikers/nieuw" className="button button--secondary">
            {t('clients.list.new')}
          </Link>
        </p>
      ) : null}
      {can(session.role, 'clientApplications.read') ? (
        <p>
          <Link to="/gebruikers/aanvragen">{t('clientside.applications.open')}</Link>
        </p>
      ) : null}
      <Form onSubmit={submitSearch} role="search" aria-label={t('clients.list.searchLabel')} className="search-form">
        <TextField label={t('clients.list.search')} description={t('clients.list.searchHint')} value={search} onChange={setSearch} size="medium" />
        <Button type="submit">{t('clients.list.searchButton')}</Button>
      </Form>
      <PagedResults
        query={clients}
        itemCount={items.length}
        countText={(count, hasMore) => (hasMore ? t('clients.list.countMore', { count }) : t('clients.list.count', { count }))}
        emptyText={t('clients.list.empty')}
      >
        <ScrollingTable
          caption={t('clients.list.tableCaption')}
          head={
            <>
              <th scope="col">{t('clients.fields.name')}</th>
              <th scope="col">{t('clients.fields.category')}</th>
              <th scope="col">{t('clients.fields.municipality')}</th>
              <th scope="col">{t('clients.fields.clientNumber')}</th>
            </>
          }
        >
          {items.map((client) => (
            <tr key={client.id}>
              <th scope="row">
                <Link to={`/gebruikers/${client.id}`}>{client.name}</Link>
              </th>
              <td>{t(`clients.category.${client.category}`)}</td>
              <td>{client.municipality?.name ?? '—'}</td>
              <td>{client.clientNumber}</td>
            </tr>
          ))}
        </ScrollingTable>
      </PagedResults>
    </>
  );
};

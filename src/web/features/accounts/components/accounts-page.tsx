import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { roleSchema } from '../../../../contracts/roles';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { PageHeading } from '../../../components/page-heading';
import { PagedResults, ScrollingTable } from '../../../components/paged-results';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { can } from '../../../lib/authorization';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter';
import { useAccountList, type AccountFilters } from '../api/accounts';
import { roleOptions } from './role-options';

const filtersFrom = (params: URLSearchParams): AccountFilters => {
  const role = roleSchema.safeParse(params.get('rol'));
  return { q: params.get('zoek')?.trim() || undefined, role: role.success ? role.data : undefined };
};

/** The organiser's logins. Filters live in the URL (back, reload and shared links keep them), like the other lists. */
export const AccountsPage = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  const [params, setParam] = useSearchParamSetter();
  const filters = filtersFrom(params);
  const [search, setSearch] = useState(filters.q ?? '');
  const accounts = useAccountList(filters);
  const items = accounts.data?.pages.flatMap((page) => page.items) ?? [];
  const mayManage = can(session.role, 'invitations.create');

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParam('zoek', search.trim());
  };

  return (
    <>
      <PageHeading title={t('accounts.title')}>{t('accounts.title')}</PageHeading>
      <p>{mayManage ? t('accounts.intro') : t('accounts.introReadOnly')}</p>
      {mayManage ? (
        <p>
          <Link to="nieuw" className="button button--secondary">
            {t('accounts.new')}
          </Link>
        </p>
      ) : null}
      <Form onSubmit={submitSearch} role="search" aria-label={t('accounts.searchLabel')} className="search-form">
        <TextField label={t('accounts.search')} description={t('accounts.searchHint')} value={search} onChange={setSearch} size="medium" />
        <Button type="submit">{t('accounts.searchSubmit')}</Button>
      </Form>
      <div className="filters" role="group" aria-label={t('accounts.filters')}>
        <SelectField
          label={t('accounts.fields.role')}
          value={filters.role ?? ''}
          options={roleOptions(t)}
          placeholder={t('accounts.allRoles')}
          size="small"
          onChange={(value) => setParam('rol', value)}
        />
      </div>
      <PagedResults
        query={accounts}
        itemCount={items.length}
        countText={(count, hasMore) => (hasMore ? t('accounts.countMore', { count }) : t('accounts.count', { count }))}
        emptyText={t('accounts.empty')}
      >
        <ScrollingTable
          caption={t('accounts.tableCaption')}
          head={
            <>
              <th scope="col">{t('accounts.fields.displayName')}</th>
              <th scope="col">{t('accounts.fields.email')}</th>
              <th scope="col">{t('accounts.fields.role')}</th>
              <th scope="col">{t('accounts.fields.status')}</th>
            </>
          }
        >
          {items.map((account) => (
            <tr key={account.id}>
              <th scope="row">
                <Link to={account.id}>{account.displayName}</Link>
              </th>
              <td>{account.email}</td>
              <td>{t(`roles.${account.role}`)}</td>
              <td>
                {account.status === 'invited' ? (
                  <span className="status-tag">{t('accounts.status.invited')}</span>
                ) : (
                  <span className={`status-tag ${account.isDisabled ? 'status-tag--declined' : 'status-tag--active'}`}>
                    {account.isDisabled ? t('accounts.status.disabled') : t('accounts.status.active')}
                  </span>
                )}
              </td>
            </tr>
          ))}
        </ScrollingTable>
      </PagedResults>
    </>
  );
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { jobRequestStatuses, type JobRequestStatus } from '../../../../contracts/job-requests';
import type { SessionResponse } from '../../../../contracts/sessions';
import { PageHeading } from '../../../components/page-heading';
import { PagedResults } from '../../../components/paged-results';
import { SelectField } from '../../../components/select-field';
import { can } from '../../../lib/authorization';
import { formatCivilDate } from '../../../lib/format';
import { useJobRequestList } from '../api/job-requests';

/** The coordinator's klusjes, newest first, as cards that read well on a phone; filtered by step. */
export const JobRequestListPage = ({ session }: { session: SessionResponse }) => {
  const { t, i18n } = useTranslation();
  const [status, setStatus] = useState<JobRequestStatus | ''>('');
  const list = useJobRequestList(status);
  const items = list.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading title={t('jobRequests.list.title')}>{t('jobRequests.list.title')}</PageHeading>
      {can(session.role, 'jobRequests.create') ? (
        <p>
          <Link to="/klusjes/nieuw" className="button button--secondary">
            {t('jobRequests.list.new')}
          </Link>
        </p>
      ) : null}
      <SelectField
        label={t('jobRequests.list.filterStatus')}
        value={status}
        placeholder={t('jobRequests.list.allStatuses')}
        options={jobRequestStatuses.map((value) => ({ value, label: t(`jobRequests.status.${value}`) }))}
        onChange={setStatus}
        size="medium"
      />
      <PagedResults
        query={list}
        itemCount={items.length}
        countText={(count, hasMore) => (hasMore ? t('jobRequests.list.countMore', { count }) : t('jobRequests.list.count', { count }))}
        emptyText={t('jobRequests.list.empty')}
      >
        <ul className="cards" aria-label={t('jobRequests.list.label')}>
          {items.map((item) => (
            <li key={item.id} className="card">
              <Link to={`/klusjes/${item.id}`} className="card__title">
                {item.activity.label}
              </Link>
              <p>
                {item.client.name} — {item.placeCity}
              </p>
              <p>{t('jobRequests.list.startsOn', { date: formatCivilDate(item.startDate, i18n.language) })}</p>
              <p>
                <span className={`status-tag status-tag--${item.status}`}>{t(`jobRequests.status.${item.status}`)}</span>
              </p>
            </li>
          ))}
        </ul>
      </PagedResults>
    </>
  );
};

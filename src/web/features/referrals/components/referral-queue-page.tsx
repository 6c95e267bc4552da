import { useTranslation } from 'react-i18next';
import { Link, useSearchParams } from 'react-router';
import { referralStatusSchema } from '../../../../contracts/referrals';
import type { SessionResponse } from '../../../../contracts/sessions';
import { PageHeading } from '../../../components/page-heading';
import { PagedResults } from '../../../components/paged-results';
import { SelectField } from '../../../components/select-field';
import { can } from '../../../lib/authorization';
import { useReferralList } from '../api/referrals';
import { referralStatusOptions } from '../utils/labels';
import { ReferralTable } from './referral-table';

/** The organiser's intake queue. The filter lives in the URL, so the back button and a shared link keep it. */
export const ReferralQueuePage = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  const [searchParams, setSearchParams] = useSearchParams();
  const parsedStatus = referralStatusSchema.safeParse(searchParams.get('status'));
  const status = parsedStatus.success ? parsedStatus.data : undefined;
  const referrals = useReferralList(status);
  const items = referrals.data?.pages.flatMap((page) => page.items) ?? [];

  return (
    <>
      <PageHeading title={t('referrals.queue.title')}>{t('referrals.queue.title')}</PageHeading>
      <p>{t('referrals.queue.intro')}</p>
      {can(session.role, 'referrals.create') ? (
        <p>
          <Link to="/doorverwijzen" className="button button--secondary">
            {t('referrals.queue.record')}
          </Link>
        </p>
      ) : null}
      <div className="filters">
        <SelectField
          label={t('referrals.queue.filterStatus')}
          value={status ?? ''}
          options={referralStatusOptions(t)}
          placeholder={t('referrals.queue.allStatuses')}
          size="medium"
          onChange={(value) => setSearchParams(value ? { status: value } : {}, { replace: true })}
        />
      </div>
      <PagedResults query={referrals} itemCount={items.length} countText={(count) => t('referrals.queue.count', { count })} emptyText={t('referrals.queue.empty')}>
        <ReferralTable referrals={items} caption={t('referrals.queue.tableCaption')} linkToDetail />
      </PagedResults>
    </>
  );
};

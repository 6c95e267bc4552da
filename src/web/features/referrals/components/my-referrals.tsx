import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { ErrorAlert, Loading } from '../../../components/messages';
import { errorMessageKey } from '../../../lib/api-error';
import { useReferralList } from '../api/referrals';
import { ReferralTable } from './referral-table';

/** The counsellor's own referrals (the server answers only theirs) with where each one stands. */
export const MyReferrals = () => {
  const { t } = useTranslation();
  const referrals = useReferralList(undefined);
  const items = referrals.data?.pages.flatMap((page) => page.items) ?? [];
  return (
    <section aria-labelledby="my-referrals-title" className="panel">
      <h2 id="my-referrals-title">{t('cockpit.referrals.title')}</h2>
      {referrals.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {referrals.isError ? <ErrorAlert>{t(errorMessageKey(referrals.error))}</ErrorAlert> : null}
      {referrals.isSuccess && items.length === 0 ? <p>{t('cockpit.referrals.empty')}</p> : null}
      {items.length > 0 ? <ReferralTable referrals={items} caption={t('cockpit.referrals.title')} linkToDetail /> : null}
      {referrals.hasNextPage ? (
        <Button variant="secondary" onPress={() => referrals.isFetchingNextPage || void referrals.fetchNextPage()}>
          {t('common.loadMore')}
        </Button>
      ) : null}
    </section>
  );
};

import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { Referral } from '../../../../contracts/referrals';
import { formatInstant } from '../../../lib/dates';

type ReferralTableProps = { referrals: readonly Referral[]; caption: string; linkToDetail: boolean };

/** A plain data table (decision 201): row headers are the people, so a screen reader names the row when moving across. */
export const ReferralTable = ({ referrals, caption, linkToDetail }: ReferralTableProps) => {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll" role="region" aria-label={caption} tabIndex={0}>
      <table className="data-table">
        <caption className="visually-hidden">{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('referrals.table.name')}</th>
            <th scope="col">{t('referrals.table.status')}</th>
            <th scope="col">{t('referrals.table.postcode')}</th>
            <th scope="col">{t('referrals.table.source')}</th>
            <th scope="col">{t('referrals.table.received')}</th>
          </tr>
        </thead>
        <tbody>
          {referrals.map((referral) => {
            const name = `${referral.candidate.firstName} ${referral.candidate.lastName}`;
            return (
              <tr key={referral.id}>
                <th scope="row">{linkToDetail ? <Link to={`/doorverwijzingen/${referral.id}`}>{name}</Link> : name}</th>
                <td>
                  <span className={`status-tag status-tag--${referral.status}`}>{t(`referrals.status.${referral.status}`)}</span>
                  {referral.intake && referral.status === 'intake_planned' ? (
                    <span className="table-note">{t('referrals.table.intakeOn', { when: formatInstant(referral.intake.at, i18n.language) })}</span>
                  ) : null}
                </td>
                <td>{referral.candidate.postcode}</td>
                <td>
                  {t(`participantLabels.agency.${referral.agency}`)} — {referral.counsellor.name}
                </td>
                <td>{formatInstant(referral.receivedAt, i18n.language)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
};

import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ParticipantDetail } from '../../../../contracts/participants';
import { FLEMISH_ACTIVITY_CATALOGUE } from '../../../../domain/activities/activity-catalogue';
import { formatIban } from '../../../../domain/identity/iban';
import { formatInsz } from '../../../../domain/identity/insz';
import { formatCivilDate, phoneHref } from '../../../lib/format';

type Row = { term: string; value: ReactNode };

/**
 * The person's record. Sensitive fields (INSZ, birth date, IBAN, benefit status, VDAB registration) are absent from
 * the response for roles that may not see them; their rows are left out rather than shown empty, and a note says so.
 */
export const ProfileSection = ({ participant, mayEdit = false }: { participant: ParticipantDetail; mayEdit?: boolean }) => {
  const { t, i18n } = useTranslation();
  const notGiven = t('common.notGiven');
  const yesNo = (value: boolean): string => (value ? t('common.yes') : t('common.no'));
  const rows: Row[] = [
    ...(participant.insz !== undefined ? [{ term: t('intake.insz.label'), value: formatInsz(participant.insz) }] : []),
    ...(participant.birthDate !== undefined
      ? [{ term: t('participantLabels.fields.birthDate'), value: participant.birthDate ? formatCivilDate(participant.birthDate, i18n.language) : notGiven }]
      : []),
    {
      term: t('participantLabels.fields.address'),
      value: `${participant.address.street}, ${participant.address.postcode} ${participant.address.city}`,
    },
    { term: t('participantLabels.fields.municipality'), value: participant.municipality?.name ?? notGiven },
    { term: t('participantLabels.fields.phone'), value: participant.phone ? <a href={phoneHref(participant.phone)}>{participant.phone}</a> : notGiven },
    { term: t('participantLabels.fields.email'), value: participant.email ? <a href={`mailto:${participant.email}`}>{participant.email}</a> : notGiven },
    { term: t('participantLabels.fields.preferredChannel'), value: t(`participantLabels.channel.${participant.preferredChannel}`) },
    { term: t('participantLabels.fields.preferredLanguage'), value: t(`participantLabels.language.${participant.preferredLanguage}`) },
    ...(participant.benefitStatus !== undefined
      ? [{ term: t('participantLabels.fields.benefitStatus'), value: t(`participantLabels.benefitStatus.${participant.benefitStatus}`) }]
      : []),
    ...(participant.vdabRegistered !== undefined ? [{ term: t('participantLabels.fields.vdabRegistered'), value: yesNo(participant.vdabRegistered) }] : []),
    ...(participant.availableForLabourMarket !== undefined
      ? [{ term: t('participantLabels.fields.availableForLabourMarket'), value: yesNo(participant.availableForLabourMarket) }]
      : []),
    { term: t('participantLabels.fields.hadPwaContract'), value: yesNo(participant.hadPwaContractOn20170930) },
    ...(participant.pwaLastWorkedOn ? [{ term: t('participantLabels.fields.pwaLastWorkedOn'), value: formatCivilDate(participant.pwaLastWorkedOn, i18n.language) }] : []),
    {
      term: t('participantLabels.fields.activities'),
      value: participant.activityCodes.map((code) => FLEMISH_ACTIVITY_CATALOGUE.find((activity) => activity.code === code)?.labelNl ?? code).join(', ') || notGiven,
    },
    {
      term: t('participantLabels.fields.transportModes'),
      value: participant.transportModes.map((mode) => t(`participantLabels.transport.${mode}`)).join(', ') || notGiven,
    },
    {
      term: t('participantLabels.fields.availability'),
      value:
        participant.availability
          .map((slot) => t('intake.review.slot', { weekday: t(`weekdays.${String(slot.weekday) as '1'}`), from: slot.from, until: slot.until }))
          .join(', ') || notGiven,
    },
    { term: t('participantLabels.fields.maxTravelKm'), value: t('participantLabels.km', { km: participant.maxTravelKm }) },
    ...(participant.iban !== undefined ? [{ term: t('participantLabels.fields.iban'), value: participant.iban ? formatIban(participant.iban) : notGiven }] : []),
    { term: t('participantLabels.fields.referralAgency'), value: t(`participantLabels.agency.${participant.referralAgency}`) },
    { term: t('participantLabels.fields.counsellor'), value: participant.counsellor?.name ?? notGiven },
    { term: t('participantLabels.fields.coach'), value: participant.coach?.name ?? t('participants.coach.none') },
  ];
  const shielded = participant.insz === undefined || participant.iban === undefined;
  return (
    <section aria-labelledby="profile-title" className="panel">
      <h2 id="profile-title">{t('participants.profile.title')}</h2>
      <dl className="facts">
        {rows.map((row) => (
          <div key={row.term}>
            <dt>{row.term}</dt>
            <dd>{row.value}</dd>
          </div>
        ))}
      </dl>
      {shielded ? <p className="hint">{t('participants.profile.shielded')}</p> : null}
      {mayEdit ? (
        <p>
          <Link to={`/wijk-werkers/${participant.id}/bewerken`} className="button button--secondary">
            {t('participants.profile.edit')}
          </Link>
        </p>
      ) : null}
    </section>
  );
};

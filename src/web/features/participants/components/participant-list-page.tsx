import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { benefitStatuses, benefitStatusSchema, participantStatuses, participantStatusSchema } from '../../../../contracts/participants';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { PageHeading } from '../../../components/page-heading';
import { PagedResults, ScrollingTable } from '../../../components/paged-results';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { formatCivilDate } from '../../../lib/format';
import { useSearchParamSetter } from '../../../lib/use-search-param-setter';
import { useMunicipalities, useParticipantList, type ParticipantFilters } from '../api/participants';
import { monthsLeftText, monthText } from '../utils/trajectory-text';

const monthsLeftChoices = ['1', '2', '3', '6'] as const;

// The roles whose responses carry the benefit status (participants/policy.ts sensitiveFieldRoles).
const seesBenefitStatus = (role: SessionResponse['role']): boolean => role === 'coordinator' || role === 'counsellor';

const filtersFrom = (params: URLSearchParams): ParticipantFilters => {
  const status = participantStatusSchema.safeParse(params.get('status'));
  const benefit = benefitStatusSchema.safeParse(params.get('statuut'));
  const monthsLeft = monthsLeftChoices.find((choice) => choice === params.get('maandenOver'));
  return {
    q: params.get('zoek')?.trim() || undefined,
    status: status.success ? status.data : undefined,
    municipalityId: params.get('gemeente') || undefined,
    benefitStatus: benefit.success ? benefit.data : undefined,
    monthsLeftAtMost: monthsLeft ? Number(monthsLeft) : undefined,
  };
};

/** The searchable list of wijk-werkers. Every filter lives in the URL, so back, reload and a shared link keep it. */
export const ParticipantListPage = ({ session }: { session: SessionResponse }) => {
  const { t, i18n } = useTranslation();
  const [params, setParam] = useSearchParamSetter();
  const filters = filtersFrom(params);
  const [search, setSearch] = useState(filters.q ?? '');
  const participants = useParticipantList(filters);
  const municipalities = useMunicipalities();
  const items = participants.data?.pages.flatMap((page) => page.items) ?? [];
  const showBenefit = seesBenefitStatus(session.role);

  const submitSearch = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    setParam('zoek', search.trim());
  };

  return (
    <>
      <PageHeading title={t('participants.list.title')}>{t('participants.list.title')}</PageHeading>
      <Form onSubmit={submitSearch} role="search" aria-label={t('participants.list.searchLabel')} className="search-form">
        <TextField label={t('participants.list.search')} description={t('participants.list.searchHint')} value={search} onChange={setSearch} size="medium" />
        <Button type="submit">{t('participants.list.searchSubmit')}</Button>
      </Form>
      <div className="filters" role="group" aria-label={t('participants.list.filters')}>
        <SelectField
          label={t('participants.list.filterStatus')}
          value={filters.status ?? ''}
          options={participantStatuses.map((status) => ({ value: status, label: t(`participantLabels.status.${status}`) }))}
          placeholder={t('participants.list.all')}
          size="small"
          onChange={(value) => setParam('status', value)}
        />
        <SelectField
          label={t('participants.list.filterMunicipality')}
          value={filters.municipalityId ?? ''}
          options={(municipalities.data ?? []).map((municipality) => ({ value: municipality.id, label: municipality.nameNl }))}
          placeholder={t('participants.list.all')}
          size="small"
          onChange={(value) => setParam('gemeente', value)}
        />
        {showBenefit ? (
          <SelectField
            label={t('participants.list.filterBenefit')}
            value={filters.benefitStatus ?? ''}
            options={benefitStatuses.map((status) => ({ value: status, label: t(`participantLabels.benefitStatus.${status}`) }))}
            placeholder={t('participants.list.all')}
            size="small"
            onChange={(value) => setParam('statuut', value)}
          />
        ) : null}
        <SelectField
          label={t('participants.list.filterMonthsLeft')}
          value={monthsLeftChoices.find((choice) => Number(choice) === filters.monthsLeftAtMost) ?? ''}
          options={monthsLeftChoices.map((choice) => ({ value: choice, label: t('participants.list.monthsLeftAtMost', { count: Number(choice) }) }))}
          placeholder={t('participants.list.all')}
          size="small"
          onChange={(value) => setParam('maandenOver', value)}
        />
      </div>
      <PagedResults
        query={participants}
        itemCount={items.length}
        countText={(count, hasMore) => (hasMore ? t('participants.list.countMore', { count }) : t('participants.list.count', { count }))}
        emptyText={t('participants.list.empty')}
      >
        <ScrollingTable
          caption={t('participants.list.tableCaption')}
          head={
            <>
              <th scope="col">{t('participants.list.name')}</th>
              <th scope="col">{t('participants.list.municipality')}</th>
              <th scope="col">{t('participants.list.status')}</th>
              <th scope="col">{t('participants.list.trajectory')}</th>
              <th scope="col">{t('participants.list.nextEvaluation')}</th>
              {showBenefit ? <th scope="col">{t('participantLabels.fields.benefitStatus')}</th> : null}
              <th scope="col">{t('participants.list.people')}</th>
            </>
          }
        >
          {items.map((participant) => (
            <tr key={participant.id}>
              <th scope="row">
                <Link to={`/wijk-werkers/${participant.id}`}>
                  {participant.lastName} {participant.firstName}
                </Link>
              </th>
              <td>{participant.municipality ?? t('common.notGiven')}</td>
              <td>
                <span className={`status-tag status-tag--${participant.status}`}>{t(`participantLabels.status.${participant.status}`)}</span>
              </td>
              <td>
                {participant.trajectory ? (
                  <>
                    {monthText(t, participant.trajectory)}
                    <span className="table-note">{monthsLeftText(t, participant.trajectory, i18n.language)}</span>
                  </>
                ) : (
                  t('participants.trajectory.none')
                )}
              </td>
              <td>
                {participant.trajectory?.nextEvaluationDate
                  ? formatCivilDate(participant.trajectory.nextEvaluationDate, i18n.language, { day: 'numeric', month: 'short', year: 'numeric' })
                  : '—'}
              </td>
              {showBenefit ? <td>{participant.benefitStatus ? t(`participantLabels.benefitStatus.${participant.benefitStatus}`) : '—'}</td> : null}
              <td>
                {participant.counsellor ? t('participants.list.counsellor', { name: participant.counsellor.name }) : null}
                {participant.coach ? <span className="table-note">{t('participants.list.coach', { name: participant.coach.name })}</span> : null}
              </td>
            </tr>
          ))}
        </ScrollingTable>
      </PagedResults>
    </>
  );
};

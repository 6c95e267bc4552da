import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { recordChequePriceDecisionRequestSchema } from '../../../../contracts/cheque-prices';
import type { SessionResponse } from '../../../../contracts/sessions';
import { parameterOn } from '../../../../domain/parameters/parameter-lookup';
import { parseCivilDate } from '../../../../domain/time/civil-date';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { SelectField } from '../../../components/select-field';
import { TextField } from '../../../components/text-field';
import { can } from '../../../lib/authorization';
import { todayInBrussels } from '../../../lib/dates';
import { formatCivilDate } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { useChequePriceDecisions, useChequePriceOn, useRecordChequePriceDecision } from '../api/cheque-prices';

const shortDate: Intl.DateTimeFormatOptions = { day: 'numeric', month: 'long', year: 'numeric' };

const euro = (cents: number, locale: string): string => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** The prices the band allows on a date (R9): from the minimum to the maximum in steps, 5,95 – 7,45 by 0,50 today. */
const allowedPrices = (date: string): number[] => {
  const day = parseCivilDate(date);
  const minimum = parameterOn('chequePriceMinCents', day);
  const maximum = parameterOn('chequePriceMaxCents', day);
  const step = parameterOn('chequePriceStepCents', day);
  return Array.from({ length: Math.floor((maximum - minimum) / step) + 1 }, (_, index) => minimum + index * step);
};

const DecisionForm = () => {
  const { t, i18n } = useTranslation();
  const record = useRecordChequePriceDecision();
  const [price, setPrice] = useState('');
  const [decidedOn, setDecidedOn] = useState(todayInBrussels);
  const form = useContractForm({
    schema: recordChequePriceDecisionRequestSchema,
    send: (body) => record.mutateAsync(body),
    successText: t('chequePrices.saved'),
  });
  const options = allowedPrices(todayInBrussels()).map((cents) => ({ value: String(cents), label: euro(cents, i18n.language) }));
  return (
    <Form
      onSubmit={form.handleSubmit(() => ({ priceCents: price === '' ? Number.NaN : Number(price), decidedOn }))}
      className="form panel"
      aria-labelledby="cheque-price-new-title"
    >
      <h2 id="cheque-price-new-title">{t('chequePrices.newTitle')}</h2>
      <p>{t('chequePrices.newIntro')}</p>
      <SelectField
        label={t('chequePrices.price')}
        value={price}
        options={options}
        onChange={setPrice}
        placeholder={t('common.choose')}
        error={form.fieldErrors.priceCents}
        isRequired
      />
      <TextField label={t('chequePrices.decidedOn')} type="date" size="medium" value={decidedOn} onChange={setDecidedOn} error={form.fieldErrors.decidedOn} isRequired />
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.sending') : t('chequePrices.record')}</Button>
    </Form>
  );
};

const PriceOnDate = () => {
  const { t, i18n } = useTranslation();
  const [date, setDate] = useState(todayInBrussels);
  const price = useChequePriceOn(date);
  return (
    <section className="panel" aria-labelledby="cheque-price-on-title">
      <h2 id="cheque-price-on-title">{t('chequePrices.onTitle')}</h2>
      <TextField label={t('chequePrices.onDate')} type="date" size="medium" value={date} onChange={setDate} />
      <p aria-live="polite">
        {price.data
          ? price.data.priceCents === null || price.data.decidedOn === null
            ? t('chequePrices.onNone', { date: formatCivilDate(price.data.date, i18n.language) })
            : t('chequePrices.onPrice', {
                date: formatCivilDate(price.data.date, i18n.language),
                price: euro(price.data.priceCents, i18n.language),
                decidedOn: formatCivilDate(price.data.decidedOn, i18n.language),
              })
          : null}
      </p>
    </section>
  );
};

/** Prijs van een wijk-werkcheque: the organiser's decisions (R9: they apply from 1 January of the next year) and the price on a date. */
export const ChequePriceSettingsPage = ({ session }: { session: SessionResponse }) => {
  const { t, i18n } = useTranslation();
  const decisions = useChequePriceDecisions();
  const title = t('chequePrices.title');
  return (
    <>
      <PageHeading title={title}>{title}</PageHeading>
      <p>{t('chequePrices.intro')}</p>
      <div className="stack">
        <PriceOnDate />
        <section className="panel" aria-labelledby="cheque-price-decisions-title">
          <h2 id="cheque-price-decisions-title">{t('chequePrices.decisionsTitle')}</h2>
          {decisions.isPending ? <Loading>{t('app.loading')}</Loading> : null}
          {decisions.isError ? <ErrorAlert>{t('chequePrices.loadFailed')}</ErrorAlert> : null}
          {decisions.data && decisions.data.decisions.length === 0 ? <p>{t('chequePrices.noDecisions')}</p> : null}
          {decisions.data && decisions.data.decisions.length > 0 ? (
            <div className="table-scroll" role="region" aria-label={t('chequePrices.decisionsTitle')} tabIndex={0}>
              <table className="data-table">
                <thead>
                  <tr>
                    <th scope="col">{t('chequePrices.decidedOn')}</th>
                    <th scope="col">{t('chequePrices.price')}</th>
                    <th scope="col">{t('chequePrices.effectiveFrom')}</th>
                  </tr>
                </thead>
                <tbody>
                  {decisions.data.decisions.map((decision) => (
                    <tr key={decision.id}>
                      <td>{formatCivilDate(decision.decidedOn, i18n.language, shortDate)}</td>
                      <td>{euro(decision.priceCents, i18n.language)}</td>
                      <td>
                        {formatCivilDate(decision.effectiveFrom, i18n.language, shortDate)}
                        {decision.replaced ? ` (${t('chequePrices.replaced')})` : ''}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            </div>
          ) : null}
        </section>
        {can(session.role, 'chequePrices.write') ? <DecisionForm /> : null}
      </div>
    </>
  );
};

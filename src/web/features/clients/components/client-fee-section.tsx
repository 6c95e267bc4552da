import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { recordFeePaymentRequestSchema, type ClientDetail } from '../../../../contracts/clients';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { RuleReasons } from '../../../components/rule-reasons';
import { TextField } from '../../../components/text-field';
import { todayInBrussels } from '../../../lib/dates';
import { formatCivilDate } from '../../../lib/format';
import { useContractForm } from '../../../lib/use-contract-form';
import { useRecordFeePayment } from '../api/clients';

const euro = (cents: number, locale: string): string => new Intl.NumberFormat(locale, { style: 'currency', currency: 'EUR' }).format(cents / 100);

/** This year's registration fee (R17): amount, structured reference, paid or not; and whether work may be planned. */
export const ClientFeeSection = ({ client, mayWrite }: { client: ClientDetail; mayWrite: boolean }) => {
  const { t, i18n } = useTranslation();
  const record = useRecordFeePayment(client.id);
  const fee = client.registrationFee;
  const [paidOn, setPaidOn] = useState(todayInBrussels);
  const form = useContractForm({ schema: recordFeePaymentRequestSchema, send: (body) => record.mutateAsync(body) });
  return (
    <section aria-labelledby="client-fee-title" className="panel">
      <h2 id="client-fee-title">{t('clients.fee.title', { year: fee.year })}</h2>
      <dl className="facts">
        <dt>{t('clients.fee.amount')}</dt>
        <dd>
          {euro(fee.amountCents, i18n.language)}
          {fee.amountUnconfirmed ? ` (${t('clients.fee.toConfirm')})` : ''}
        </dd>
        <dt>{t('clients.fee.reference')}</dt>
        <dd>
          <code>{fee.structuredReference}</code>
        </dd>
        <dt>{t('clients.fee.status')}</dt>
        <dd>{fee.paidOn ? t('clients.fee.paidOn', { date: formatCivilDate(fee.paidOn, i18n.language) }) : t('clients.fee.unpaid')}</dd>
      </dl>
      {mayWrite && !fee.paidOn && fee.paymentId === null ? (
        <Form onSubmit={form.handleSubmit(() => ({ year: fee.year, paidOn }))} className="form" aria-label={t('clients.fee.markPaid')}>
          <TextField label={t('clients.fee.paidOnLabel')} type="date" size="medium" value={paidOn} onChange={setPaidOn} error={form.fieldErrors.paidOn} isRequired />
          <FormFeedback feedback={form.feedback} />
          <Button type="submit">{form.isPending ? t('common.saving') : t('clients.fee.markPaid')}</Button>
        </Form>
      ) : null}
      <h3>{t('clients.planning.title', { year: client.planning.year })}</h3>
      {client.planning.allowed ? <p>{t('clients.planning.allowed')}</p> : <RuleReasons reasons={client.planning.reasons} label={t('clients.planning.reasonsLabel')} />}
    </section>
  );
};

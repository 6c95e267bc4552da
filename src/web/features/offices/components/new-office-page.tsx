import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createOfficeRequestSchema } from '../../../../contracts/offices';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { PageHeading } from '../../../components/page-heading';
import { useContractForm } from '../../../lib/use-contract-form';
import { useCreateOffice } from '../api/offices';
import { emptyOfficeDetails, officeDetailsRequest, OfficeDetailsFields } from './office-details-fields';

export type OfficeCreatedState = { created: true };

export const NewOfficePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createOffice = useCreateOffice();
  const [values, setValues] = useState(emptyOfficeDetails);
  const form = useContractForm({
    schema: createOfficeRequestSchema,
    send: (body) => createOffice.mutateAsync(body),
    onSuccess: (office) => {
      const state: OfficeCreatedState = { created: true };
      void navigate(`/beheer/kantoren/${office.id}`, { state });
    },
  });

  return (
    <>
      <p>
        <Link to="/beheer/kantoren">{t('offices.admin.backToList')}</Link>
      </p>
      <PageHeading title={t('offices.create.title')}>{t('offices.create.title')}</PageHeading>
      <Form onSubmit={form.handleSubmit(() => officeDetailsRequest(values))} className="form panel">
        <OfficeDetailsFields values={values} errors={form.fieldErrors} onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))} />
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.saving') : t('offices.create.submit')}</Button>
      </Form>
    </>
  );
};

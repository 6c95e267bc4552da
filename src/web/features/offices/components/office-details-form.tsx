import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { updateOfficeRequestSchema, type Office, type UpdateOfficeRequest } from '../../../../contracts/offices';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { useContractForm } from '../../../lib/use-contract-form';
import { useOfficeDraft } from '../hooks/use-office-draft';
import { officeDetailsOf, officeDetailsRequest, OfficeDetailsFields, type OfficeDetailsValues } from './office-details-fields';

type OfficeDetailsFormProps = {
  office: Office;
  onSave: (body: UpdateOfficeRequest) => Promise<Office>;
  onReload: () => Promise<Office | null>;
};

const changed = (draft: OfficeDetailsValues, baseline: OfficeDetailsValues): boolean => JSON.stringify(draft) !== JSON.stringify(baseline);

export const OfficeDetailsForm = ({ office, onSave, onReload }: OfficeDetailsFormProps) => {
  const { t } = useTranslation();
  const { version, draft, setDraft, reset } = useOfficeDraft(office, {
    pick: officeDetailsOf,
    toDraft: (details) => details,
    isDirty: changed,
  });
  const form = useContractForm({
    schema: updateOfficeRequestSchema,
    send: onSave,
    successText: t('offices.details.saved'),
    onSuccess: reset,
    conflictText: t('errors.VERSION_CONFLICT'),
    onConflict: async () => {
      const fresh = await onReload();
      if (fresh) reset(fresh);
    },
  });

  return (
    <section aria-labelledby="office-details-title" className="panel">
      <h2 id="office-details-title">{t('offices.details.title')}</h2>
      <Form onSubmit={form.handleSubmit(() => ({ version, ...officeDetailsRequest(draft) }))} className="form">
        <OfficeDetailsFields
          values={draft}
          errors={form.fieldErrors}
          onChange={(field, value) => {
            form.clearSuccess();
            setDraft((current) => ({ ...current, [field]: value }));
          }}
        />
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.saving') : t('offices.details.submit')}</Button>
      </Form>
    </section>
  );
};

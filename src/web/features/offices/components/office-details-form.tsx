import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { updateOfficeRequestSchema, type Office, type UpdateOfficeRequest } from '../../../../contracts/offices';
import { Button } from '../../../components/button';
import { ErrorAlert, StatusMessage } from '../../../components/messages';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
import { useOfficeDraft } from '../hooks/use-office-draft';
import { describeSaveFailure } from '../utils/save-errors';
import { officeDetailsOf, officeDetailsRequest, OfficeDetailsFields, type OfficeDetailsValues } from './office-details-fields';

type OfficeDetailsFormProps = {
  office: Office;
  onSave: (body: UpdateOfficeRequest) => Promise<Office>;
  onReload: () => Promise<Office | null>;
};

const changed = (draft: OfficeDetailsValues, baseline: OfficeDetailsValues): boolean => JSON.stringify(draft) !== JSON.stringify(baseline);

export const OfficeDetailsForm = ({ office, onSave, onReload }: OfficeDetailsFormProps) => {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const { version, draft, setDraft, reset } = useOfficeDraft(office, {
    pick: officeDetailsOf,
    toDraft: (details) => details,
    isDirty: changed,
  });
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [saved, setSaved] = useState(false);
  const [isSaving, setIsSaving] = useState(false);

  const submit = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isSaving) return;
    setSaved(false);
    setFormError(null);
    const parsed = updateOfficeRequestSchema.safeParse({ version, ...officeDetailsRequest(draft) });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromZod(t, parsed.error.issues));
      setFormError(t('common.formHasErrors'));
      focusFirstInvalid();
      return;
    }
    setFieldErrors({});
    setIsSaving(true);
    try {
      reset(await onSave(parsed.data));
      setSaved(true);
    } catch (error) {
      const failure = describeSaveFailure(error, t);
      setFieldErrors(failure.fieldErrors);
      setFormError(failure.message);
      if (failure.isConflict) {
        const fresh = await onReload();
        if (fresh) reset(fresh);
      }
      focusFirstInvalid();
    } finally {
      setIsSaving(false);
    }
  };

  return (
    <section aria-labelledby="office-details-title" className="panel">
      <h2 id="office-details-title">{t('offices.details.title')}</h2>
      <Form ref={formRef} onSubmit={(event) => void submit(event)} className="form">
        <OfficeDetailsFields
          values={draft}
          errors={fieldErrors}
          onChange={(field, value) => {
            setSaved(false);
            setDraft((current) => ({ ...current, [field]: value }));
          }}
        />
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <StatusMessage>{saved ? t('offices.details.saved') : null}</StatusMessage>
        <Button type="submit">
          {isSaving ? t('common.saving') : t('offices.details.submit')}
        </Button>
      </Form>
    </section>
  );
};

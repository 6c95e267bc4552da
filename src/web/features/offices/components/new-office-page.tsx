import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createOfficeRequestSchema } from '../../../../contracts/offices';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
import { useCreateOffice } from '../api/offices';
import { describeSaveFailure } from '../utils/save-errors';
import { emptyOfficeDetails, officeDetailsRequest, OfficeDetailsFields } from './office-details-fields';

export type OfficeCreatedState = { created: true };

export const NewOfficePage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createOffice = useCreateOffice();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [values, setValues] = useState(emptyOfficeDetails);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (createOffice.isPending) return;
    setFormError(null);
    const parsed = createOfficeRequestSchema.safeParse(officeDetailsRequest(values));
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromZod(t, parsed.error.issues));
      setFormError(t('common.formHasErrors'));
      focusFirstInvalid();
      return;
    }
    setFieldErrors({});
    createOffice.mutate(parsed.data, {
      onSuccess: (office) => {
        const state: OfficeCreatedState = { created: true };
        void navigate(`/beheer/kantoren/${office.id}`, { state });
      },
      onError: (error) => {
        const failure = describeSaveFailure(error, t);
        setFieldErrors(failure.fieldErrors);
        setFormError(failure.message);
        focusFirstInvalid();
      },
    });
  };

  return (
    <>
      <p>
        <Link to="/beheer/kantoren">{t('offices.admin.backToList')}</Link>
      </p>
      <PageHeading title={t('offices.create.title')}>{t('offices.create.title')}</PageHeading>
      <Form ref={formRef} onSubmit={submit} className="form panel">
        <OfficeDetailsFields
          values={values}
          errors={fieldErrors}
          onChange={(field, value) => setValues((current) => ({ ...current, [field]: value }))}
        />
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <Button type="submit">
          {createOffice.isPending ? t('common.saving') : t('offices.create.submit')}
        </Button>
      </Form>
    </>
  );
};

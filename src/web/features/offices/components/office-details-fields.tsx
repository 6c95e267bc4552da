import { useTranslation } from 'react-i18next';
import type { CreateOfficeRequest, Office } from '../../../../contracts/offices';
import { TextField } from '../../../components/text-field';
import type { FieldErrors } from '../../../lib/validation';

export type OfficeDetailsValues = { name: string; phone: string; email: string; street: string; postcode: string; city: string };

export const emptyOfficeDetails: OfficeDetailsValues = { name: '', phone: '', email: '', street: '', postcode: '', city: '' };

export const officeDetailsOf = (office: Office): OfficeDetailsValues => ({
  name: office.name,
  phone: office.phone,
  email: office.email,
  ...office.address,
});

export const officeDetailsRequest = (values: OfficeDetailsValues): CreateOfficeRequest => ({
  name: values.name.trim(),
  phone: values.phone.trim(),
  email: values.email.trim(),
  address: { street: values.street.trim(), postcode: values.postcode.trim(), city: values.city.trim() },
});

type OfficeDetailsFieldsProps = {
  values: OfficeDetailsValues;
  errors: FieldErrors;
  onChange: (field: keyof OfficeDetailsValues, value: string) => void;
};

export const OfficeDetailsFields = ({ values, errors, onChange }: OfficeDetailsFieldsProps) => {
  const { t } = useTranslation();
  return (
    <>
      <TextField label={t('offices.fields.name')} value={values.name} onChange={(value) => onChange('name', value)} error={errors.name} isRequired />
      <TextField
        label={t('offices.fields.phone')}
        description={t('offices.fields.phoneHint')}
        type="tel"
        autoComplete="off"
        value={values.phone}
        onChange={(value) => onChange('phone', value)}
        error={errors.phone}
        size="medium"
        isRequired
      />
      <TextField
        label={t('offices.fields.email')}
        type="email"
        autoComplete="off"
        value={values.email}
        onChange={(value) => onChange('email', value)}
        error={errors.email}
        isRequired
      />
      <TextField label={t('offices.fields.street')} value={values.street} onChange={(value) => onChange('street', value)} error={errors['address.street']} isRequired />
      <TextField
        label={t('offices.fields.postcode')}
        inputMode="numeric"
        maxLength={4}
        size="small"
        value={values.postcode}
        onChange={(value) => onChange('postcode', value)}
        error={errors['address.postcode']}
        isRequired
      />
      <TextField
        label={t('offices.fields.city')}
        value={values.city}
        onChange={(value) => onChange('city', value)}
        error={errors['address.city']}
        size="medium"
        isRequired
      />
    </>
  );
};

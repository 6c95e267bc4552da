import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { enterpriseNumberRequiredFor } from '../../contracts/clients';
import { CLIENT_CATEGORIES, LOCAL_AUTHORITY_KINDS, type ClientCategory, type LocalAuthorityKind } from '../../domain/clients/client-category';
import type { FieldErrors } from '../lib/validation';
import { RadioField } from './choice-fields';
import { TextField } from './text-field';

type IdentityField = 'name' | 'enterpriseNumber' | 'street' | 'postcode' | 'city';

export type ClientIdentityFieldsProps = {
  categoryLabel: string;
  category: ClientCategory | null;
  onCategoryChange: (category: ClientCategory) => void;
  kind: LocalAuthorityKind | null;
  onKindChange: (kind: LocalAuthorityKind) => void;
  field: (name: IdentityField) => { value: string; onChange: (value: string) => void };
  fieldErrors: FieldErrors;
  /** The public form lets the browser fill in the person's own data; staff type someone else's. */
  autoFill: boolean;
  /** A sentence of the form's own instead of the contract's message for a wrong enterprise number. */
  enterpriseNumberError?: string;
  /** What the form asks further (contact, channel …), shown once a category is chosen. */
  children: ReactNode;
};

/**
 * Who the client is, category first and then only what that category needs (a kind for a local authority, a KBO
 * number for organisations), and the address: the same fields on the staff form and on "Word gebruiker".
 */
export const ClientIdentityFields = ({
  categoryLabel,
  category,
  onCategoryChange,
  kind,
  onKindChange,
  field,
  fieldErrors,
  autoFill,
  enterpriseNumberError,
  children,
}: ClientIdentityFieldsProps) => {
  const { t } = useTranslation();
  const fill = (hint: string): string | undefined => (autoFill ? hint : undefined);
  return (
    <>
      <RadioField
        label={categoryLabel}
        value={category}
        options={CLIENT_CATEGORIES.map((value) => ({ value, label: t(`clients.category.${value}`) }))}
        onChange={onCategoryChange}
        error={fieldErrors.category}
        isRequired
      />
      {category === 'local_authority' ? (
        <RadioField
          label={t('clients.fields.localAuthorityKind')}
          value={kind}
          options={LOCAL_AUTHORITY_KINDS.map((value) => ({ value, label: t(`clients.kind.${value}`) }))}
          onChange={onKindChange}
          error={fieldErrors.localAuthorityKind}
          isRequired
        />
      ) : null}
      {category ? (
        <>
          <TextField
            label={t(category === 'private_person' ? 'clients.fields.personName' : 'clients.fields.organisationName')}
            {...field('name')}
            autoComplete={fill(category === 'private_person' ? 'name' : 'organization')}
            error={fieldErrors.name}
            isRequired
          />
          {category !== 'private_person' ? (
            <TextField
              label={t('clients.fields.enterpriseNumber')}
              description={t('clients.fields.enterpriseNumberHint')}
              {...field('enterpriseNumber')}
              error={enterpriseNumberError ?? fieldErrors.enterpriseNumber}
              size="medium"
              isRequired={enterpriseNumberRequiredFor.includes(category)}
            />
          ) : null}
          <TextField label={t('clients.fields.street')} {...field('street')} autoComplete={fill('street-address')} error={fieldErrors['address.street']} isRequired />
          <TextField
            label={t('clients.fields.postcode')}
            {...field('postcode')}
            inputMode="numeric"
            autoComplete={fill('postal-code')}
            size="small"
            error={fieldErrors['address.postcode']}
            isRequired
          />
          <TextField label={t('clients.fields.city')} {...field('city')} autoComplete={fill('address-level2')} error={fieldErrors['address.city']} isRequired />
          {children}
        </>
      ) : null}
    </>
  );
};

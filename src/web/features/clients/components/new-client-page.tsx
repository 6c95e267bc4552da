import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate } from 'react-router';
import { createClientRequestSchema, type CreateClientRequest } from '../../../../contracts/clients';
import type { ClientCategory, LocalAuthorityKind } from '../../../../domain/clients/client-category';
import { Button } from '../../../components/button';
import { ClientIdentityFields } from '../../../components/client-identity-fields';
import { FormFeedback } from '../../../components/form-feedback';
import { PageHeading } from '../../../components/page-heading';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { useCreateClient } from '../api/clients';

type Values = {
  name: string;
  enterpriseNumber: string;
  street: string;
  postcode: string;
  city: string;
  email: string;
  phone: string;
  contactName: string;
  contactRole: string;
};

const empty: Values = { name: '', enterpriseNumber: '', street: '', postcode: '', city: '', email: '', phone: '', contactName: '', contactRole: '' };

const orNull = (text: string): string | null => (text.trim() === '' ? null : text.trim());

/** Category first: then only the fields that category needs (a KBO number only for organisations). */
export const NewClientPage = () => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const createClient = useCreateClient();
  const [category, setCategory] = useState<ClientCategory | null>(null);
  const [kind, setKind] = useState<LocalAuthorityKind | null>(null);
  const [values, setValues] = useState(empty);
  const [duplicateId, setDuplicateId] = useState<string | null>(null);
  const [confirmNotDuplicate, setConfirmNotDuplicate] = useState(false);
  const field = (name: keyof Values) => ({ value: values[name], onChange: (value: string) => setValues((current) => ({ ...current, [name]: value })) });
  const form = useContractForm({
    schema: createClientRequestSchema,
    send: (body) => createClient.mutateAsync(body),
    onSuccess: (client) => void navigate(`/gebruikers/${client.id}`),
    onRefused: (error) => {
      if (error.code !== 'DUPLICATE_CLIENT' || typeof error.details.clientId !== 'string') return undefined;
      setDuplicateId(error.details.clientId);
      return { message: t(error.details.match === 'name_and_address' ? 'clients.create.duplicateNamesake' : 'clients.create.duplicateKbo') };
    },
  });
  const request = (): CreateClientRequest | null =>
    category === null
      ? null
      : {
          category,
          localAuthorityKind: category === 'local_authority' ? kind : null,
          name: values.name.trim(),
          enterpriseNumber: category === 'private_person' ? null : orNull(values.enterpriseNumber),
          address: { street: values.street.trim(), postcode: values.postcode.trim(), city: values.city.trim() },
          email: orNull(values.email),
          phone: orNull(values.phone),
          preferredChannel: orNull(values.email) ? 'email' : 'phone',
          preferredLanguage: 'nl',
          contacts:
            category !== 'private_person' && values.contactName.trim() !== ''
              ? [{ name: values.contactName.trim(), email: null, phone: null, role: orNull(values.contactRole) }]
              : [],
          ...(confirmNotDuplicate ? { confirmNotDuplicate: true } : {}),
        };

  return (
    <>
      <p>
        <Link to="/gebruikers">{t('clients.page.back')}</Link>
      </p>
      <PageHeading title={t('clients.create.title')}>{t('clients.create.title')}</PageHeading>
      <Form onSubmit={form.handleSubmit(() => request() ?? {})} className="form panel">
        <ClientIdentityFields
          categoryLabel={t('clients.fields.category')}
          category={category}
          onCategoryChange={setCategory}
          kind={kind}
          onKindChange={setKind}
          field={field}
          fieldErrors={form.fieldErrors}
          autoFill={false}
        >
          <TextField label={t('clients.fields.email')} type="email" {...field('email')} error={form.fieldErrors.email} />
          <TextField label={t('clients.fields.phone')} type="tel" {...field('phone')} error={form.fieldErrors.phone} size="medium" />
          {category !== 'private_person' ? (
            <>
              <TextField label={t('clients.fields.contactName')} {...field('contactName')} error={form.fieldErrors['contacts.0.name']} />
              <TextField label={t('clients.fields.contactRole')} {...field('contactRole')} error={form.fieldErrors['contacts.0.role']} />
            </>
          ) : null}
        </ClientIdentityFields>
        <FormFeedback feedback={form.feedback} />
        {duplicateId ? (
          <p>
            <Link to={`/gebruikers/${duplicateId}`}>{t('clients.create.openExisting')}</Link>
          </p>
        ) : null}
        {duplicateId && category === 'private_person' ? (
          <Button variant="secondary" onPress={() => setConfirmNotDuplicate(true)} isDisabled={confirmNotDuplicate}>
            {confirmNotDuplicate ? t('clients.create.confirmedNotDuplicate') : t('clients.create.confirmNotDuplicate')}
          </Button>
        ) : null}
        <Button type="submit">{form.isPending ? t('common.saving') : t('clients.create.submit')}</Button>
      </Form>
    </>
  );
};

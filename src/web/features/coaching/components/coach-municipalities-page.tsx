import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { coachMunicipalitiesSchema } from '../../../../contracts/coaching';
import { Button } from '../../../components/button';
import { CheckboxesField } from '../../../components/choice-fields';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { errorMessageKey } from '../../../lib/api-error';
import { useContractForm } from '../../../lib/use-contract-form';
import { useAllMunicipalities, useCoachMunicipalities, useSaveCoachMunicipalities } from '../api/coaching';

const CoachMunicipalitiesForm = ({ initial, municipalities }: { initial: string[]; municipalities: Array<{ id: string; nameNl: string }> }) => {
  const { t } = useTranslation();
  const save = useSaveCoachMunicipalities();
  const [selected, setSelected] = useState<string[]>(initial);
  const form = useContractForm({
    schema: coachMunicipalitiesSchema,
    send: (body) => save.mutateAsync(body.municipalityIds),
    successText: t('coaching.municipalities.saved', { count: selected.length }),
  });

  return (
    <Form onSubmit={form.handleSubmit(() => ({ municipalityIds: selected }))} className="form panel">
      <CheckboxesField
        label={t('coaching.municipalities.label')}
        description={t('coaching.municipalities.hint')}
        value={selected}
        options={municipalities.map((municipality) => ({ value: municipality.id, label: municipality.nameNl }))}
        onChange={(value) => {
          form.clearSuccess();
          setSelected(value);
        }}
        error={form.fieldErrors.municipalityIds}
      />
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.saving') : t('coaching.municipalities.submit')}</Button>
    </Form>
  );
};

/** Where leefloon participants get a werkcoach (in the Westhoek: De Panne, Koksijde, Nieuwpoort and Veurne). */
export const CoachMunicipalitiesPage = () => {
  const { t } = useTranslation();
  const configured = useCoachMunicipalities();
  const municipalities = useAllMunicipalities();
  return (
    <>
      <PageHeading title={t('coaching.municipalities.title')}>{t('coaching.municipalities.title')}</PageHeading>
      <p>{t('coaching.municipalities.intro')}</p>
      {configured.isPending || municipalities.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {configured.isError ? <ErrorAlert>{t(errorMessageKey(configured.error))}</ErrorAlert> : null}
      {municipalities.isError ? <ErrorAlert>{t(errorMessageKey(municipalities.error))}</ErrorAlert> : null}
      {configured.data && municipalities.data ? <CoachMunicipalitiesForm initial={configured.data} municipalities={municipalities.data} /> : null}
    </>
  );
};

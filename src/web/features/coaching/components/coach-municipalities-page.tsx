import { useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Button } from '../../../components/button';
import { CheckboxesField } from '../../../components/choice-fields';
import { ErrorAlert, Loading, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { errorMessageKey } from '../../../lib/api-error';
import { useAllMunicipalities, useCoachMunicipalities, useSaveCoachMunicipalities } from '../api/coaching';

const CoachMunicipalitiesForm = ({ initial, municipalities }: { initial: string[]; municipalities: Array<{ id: string; nameNl: string }> }) => {
  const { t } = useTranslation();
  const save = useSaveCoachMunicipalities();
  const [selected, setSelected] = useState<string[]>(initial);
  const [saved, setSaved] = useState(false);
  const [error, setError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (save.isPending) return;
    setSaved(false);
    setError(null);
    save.mutate(selected, {
      onSuccess: () => setSaved(true),
      onError: (failure) => setError(t(errorMessageKey(failure))),
    });
  };

  return (
    <Form onSubmit={submit} className="form panel">
      <CheckboxesField
        label={t('coaching.municipalities.label')}
        description={t('coaching.municipalities.hint')}
        value={selected}
        options={municipalities.map((municipality) => ({ value: municipality.id, label: municipality.nameNl }))}
        onChange={(value) => {
          setSaved(false);
          setSelected(value);
        }}
      />
      {error ? <ErrorAlert>{error}</ErrorAlert> : null}
      <StatusMessage>{saved ? t('coaching.municipalities.saved', { count: selected.length }) : null}</StatusMessage>
      <Button type="submit">{save.isPending ? t('common.saving') : t('coaching.municipalities.submit')}</Button>
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

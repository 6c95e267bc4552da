import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { updateOrganiserSettingsRequestSchema, type OrganiserSettings } from '../../../../contracts/organiser';
import { outsideAreaPolicies, type OutsideAreaPolicy } from '../../../../domain/organiser/domicile-area';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { RadioField, YesNoField } from '../../../components/choice-fields';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { TextField } from '../../../components/text-field';
import { errorMessageKey } from '../../../lib/api-error';
import { can } from '../../../lib/authorization';
import { useContractForm } from '../../../lib/use-contract-form';
import { useOrganiserSettings, useReloadOrganiserSettings, useUpdateOrganiserSettings } from '../api/organiser';

/** What the requirement means for a staff member, in the words they will meet at their next login. */
const TwoFactorExplanation = () => {
  const { t } = useTranslation();
  return (
    <div className="card card--note">
      <h2>{t('organiser.twoFactor.whatTitle')}</h2>
      <ul>
        <li>{t('organiser.twoFactor.what1')}</li>
        <li>{t('organiser.twoFactor.what2')}</li>
        <li>{t('organiser.twoFactor.what3')}</li>
        <li>{t('organiser.twoFactor.what4')}</li>
      </ul>
    </div>
  );
};

const OrganiserSettingsForm = ({ settings }: { settings: OrganiserSettings }) => {
  const { t } = useTranslation();
  const update = useUpdateOrganiserSettings();
  const reload = useReloadOrganiserSettings();
  const [name, setName] = useState(settings.name);
  const [requireStaffTwoFactor, setRequireStaffTwoFactor] = useState(settings.requireStaffTwoFactor);
  const [outsideAreaPolicy, setOutsideAreaPolicy] = useState<OutsideAreaPolicy>(settings.outsideAreaPolicy);
  const form = useContractForm({
    schema: updateOrganiserSettingsRequestSchema,
    send: (body) => update.mutateAsync(body),
    successText: t('organiser.saved'),
    // Someone else saved first: the form starts again from the settings as they are now.
    onConflict: async () => {
      const fresh = await reload();
      setName(fresh.name);
      setRequireStaffTwoFactor(fresh.requireStaffTwoFactor);
      setOutsideAreaPolicy(fresh.outsideAreaPolicy);
    },
  });

  return (
    <Form
      onSubmit={form.handleSubmit(() => ({ version: settings.version, name, requireStaffTwoFactor, outsideAreaPolicy }))}
      className="form panel"
      aria-label={t('organiser.title')}
    >
      <TextField label={t('organiser.name')} name="name" value={name} onChange={setName} error={form.fieldErrors.name} isRequired />
      <YesNoField
        label={t('organiser.twoFactor.label')}
        description={t('organiser.twoFactor.description')}
        value={requireStaffTwoFactor}
        onChange={setRequireStaffTwoFactor}
        yes={t('organiser.twoFactor.yes')}
        no={t('organiser.twoFactor.no')}
      />
      <RadioField
        label={t('organiser.outsideArea.label')}
        description={t('organiser.outsideArea.description')}
        value={outsideAreaPolicy}
        options={outsideAreaPolicies.map((policy) => ({ value: policy, label: t(`organiser.outsideArea.${policy}`) }))}
        onChange={setOutsideAreaPolicy}
        error={form.fieldErrors.outsideAreaPolicy}
        isRequired
      />
      <FormFeedback feedback={form.feedback} />
      <Button type="submit">{form.isPending ? t('common.saving') : t('organiser.save')}</Button>
    </Form>
  );
};

/** The organiser's own settings: its name, whether staff must log in with an authenticator app, and a domicile outside the area. */
export const OrganiserSettingsPage = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  const settings = useOrganiserSettings();
  const mayUpdate = can(session.role, 'organiser.update');
  return (
    <>
      <PageHeading title={t('organiser.title')}>{t('organiser.title')}</PageHeading>
      <p>{mayUpdate ? t('organiser.intro') : t('organiser.introReadOnly')}</p>
      {settings.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {settings.isError ? <ErrorAlert>{t(errorMessageKey(settings.error))}</ErrorAlert> : null}
      {settings.data && mayUpdate ? <OrganiserSettingsForm settings={settings.data} /> : null}
      {settings.data && !mayUpdate ? (
        <dl className="facts">
          <div>
            <dt>{t('organiser.name')}</dt>
            <dd>{settings.data.name}</dd>
          </div>
          <div>
            <dt>{t('organiser.twoFactor.label')}</dt>
            <dd>{settings.data.requireStaffTwoFactor ? t('organiser.twoFactor.requiredYes') : t('organiser.twoFactor.requiredNo')}</dd>
          </div>
          <div>
            <dt>{t('organiser.outsideArea.label')}</dt>
            <dd>{t(`organiser.outsideArea.${settings.data.outsideAreaPolicy}`)}</dd>
          </div>
        </dl>
      ) : null}
      <TwoFactorExplanation />
    </>
  );
};

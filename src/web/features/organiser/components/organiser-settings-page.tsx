import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { updateOrganiserSettingsRequestSchema, type OrganiserSettings } from '../../../../contracts/organiser';
import { outsideAreaPolicies, type OutsideAreaPolicy } from '../../../../domain/organiser/domicile-area';
import type { SessionResponse } from '../../../../contracts/sessions';
import { Button } from '../../../components/button';
import { RadioField, YesNoField } from '../../../components/choice-fields';
import { ErrorAlert, Loading, StatusMessage } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { TextField } from '../../../components/text-field';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { can } from '../../../lib/authorization';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
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

type FormProps = { settings: OrganiserSettings; onSaved: () => void; onFailed: (text: string) => void };

const OrganiserSettingsForm = ({ settings, onSaved, onFailed }: FormProps) => {
  const { t } = useTranslation();
  const update = useUpdateOrganiserSettings();
  const reload = useReloadOrganiserSettings();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [name, setName] = useState(settings.name);
  const [requireStaffTwoFactor, setRequireStaffTwoFactor] = useState(settings.requireStaffTwoFactor);
  const [outsideAreaPolicy, setOutsideAreaPolicy] = useState<OutsideAreaPolicy>(settings.outsideAreaPolicy);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    setFormError(null);
    const parsed = updateOrganiserSettingsRequestSchema.safeParse({ version: settings.version, name, requireStaffTwoFactor, outsideAreaPolicy });
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromZod(t, parsed.error.issues));
      setFormError(t('common.formHasErrors'));
      focusFirstInvalid();
      return;
    }
    setFieldErrors({});
    update.mutate(parsed.data, {
      onSuccess: onSaved,
      onError: (error) => {
        const isConflict = error instanceof ApiError && error.code === 'VERSION_CONFLICT';
        onFailed(isConflict ? t('common.recordConflict') : t(errorMessageKey(error)));
        // The reloaded settings remount this form (keyed by version), so it starts again from the truth.
        if (isConflict) void reload();
      },
    });
  };

  return (
    <Form ref={formRef} onSubmit={submit} className="form panel" aria-label={t('organiser.title')}>
      <TextField label={t('organiser.name')} name="name" value={name} onChange={setName} error={fieldErrors.name} isRequired />
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
        error={fieldErrors.outsideAreaPolicy}
        isRequired
      />
      {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
      <Button type="submit">{update.isPending ? t('common.saving') : t('organiser.save')}</Button>
    </Form>
  );
};

/** The organiser's own settings: its name, whether staff must log in with an authenticator app, and a domicile outside the area. */
export const OrganiserSettingsPage = ({ session }: { session: SessionResponse }) => {
  const { t } = useTranslation();
  const settings = useOrganiserSettings();
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<string | null>(null);
  const mayUpdate = can(session.role, 'organiser.update');
  return (
    <>
      <PageHeading title={t('organiser.title')}>{t('organiser.title')}</PageHeading>
      <p>{mayUpdate ? t('organiser.intro') : t('organiser.introReadOnly')}</p>
      {settings.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {settings.isError ? <ErrorAlert>{t(errorMessageKey(settings.error))}</ErrorAlert> : null}
      {failure ? <ErrorAlert>{failure}</ErrorAlert> : null}
      <StatusMessage>{saved ? t('organiser.saved') : null}</StatusMessage>
      {settings.data && mayUpdate ? (
        <OrganiserSettingsForm
          key={settings.data.version}
          settings={settings.data}
          onSaved={() => {
            setFailure(null);
            setSaved(true);
          }}
          onFailed={(text) => {
            setSaved(false);
            setFailure(text);
          }}
        />
      ) : null}
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

import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { participantFieldsSchema, type ParticipantDetail } from '../../../../contracts/participants';
import { Button } from '../../../components/button';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { RuleReasons } from '../../../components/rule-reasons';
import { errorMessageKey } from '../../../lib/api-error';
import { describeFailure } from '../../../lib/describe-failure';
import type { RuleReasonView } from '../../../lib/rule-reasons';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
import { draftFromParticipant, participantFieldsInputOf, type IntakeDraft } from '../../referrals/utils/intake-draft';
import { useParticipant, useReloadParticipant, useUpdateParticipant } from '../api/participants';
import { PersonalStep, SituationStep, WorkStep } from './participant-form-fields';

/** Passed to the participant page after a save, which then confirms it in its status message. */
export type ParticipantSavedState = { saved: true };

const groups = ['personal', 'situation', 'work'] as const;

const EditForm = ({ participant }: { participant: ParticipantDetail }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateParticipant(participant.id);
  const reload = useReloadParticipant(participant.id);
  const formRef = useRef<HTMLFormElement>(null);
  const alertRef = useRef<HTMLDivElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [draft, setDraft] = useState(() => draftFromParticipant(participant));
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [reasons, setReasons] = useState<RuleReasonView[]>([]);

  const set =
    <K extends keyof IntakeDraft>(field: K) =>
    (value: IntakeDraft[K]) =>
      setDraft((current) => ({ ...current, [field]: value }));

  const onSubmit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (update.isPending) return;
    setReasons([]);
    const parsed = participantFieldsSchema.safeParse(participantFieldsInputOf(draft));
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromZod(t, parsed.error.issues));
      setFormError(t('common.formHasErrors'));
      focusFirstInvalid();
      return;
    }
    setFieldErrors({});
    setFormError(null);
    update.mutate(
      { version: participant.version, ...parsed.data },
      {
        onSuccess: () => {
          const state: ParticipantSavedState = { saved: true };
          void navigate(`/wijk-werkers/${participant.id}`, { state });
        },
        onError: (error) => {
          const failure = describeFailure(error, t);
          const errors = { ...failure.fieldErrors };
          if (failure.reasons.some((reason) => reason.rule === 'R1')) errors['address.postcode'] = t('participants.edit.postcodeRefused');
          setReasons(failure.reasons);
          setFieldErrors(errors);
          setFormError(failure.message);
          if (Object.keys(errors).length > 0) focusFirstInvalid();
          else alertRef.current?.focus();
          if (failure.isConflict) {
            // Someone else saved first: show the record as it is now, so the coordinator checks it and tries again.
            void reload().then((fresh) => setDraft(draftFromParticipant(fresh)));
          }
        },
      },
    );
  };

  return (
    <Form ref={formRef} onSubmit={onSubmit} className="form" aria-labelledby="page-title">
      {groups.map((group) => (
        <section key={group} aria-labelledby={`edit-${group}`} className="panel">
          <h2 id={`edit-${group}`}>{t(`intake.steps.${group}`)}</h2>
          {group === 'personal' ? <PersonalStep draft={draft} errors={fieldErrors} set={set} withInsz={false} /> : null}
          {group === 'situation' ? <SituationStep draft={draft} errors={fieldErrors} set={set} /> : null}
          {group === 'work' ? <WorkStep draft={draft} errors={fieldErrors} set={set} /> : null}
        </section>
      ))}
      {/* Always there, so a refusal without field errors can take focus as soon as it is shown. */}
      <div ref={alertRef} tabIndex={-1}>
        {formError ? (
          <ErrorAlert>
            <p>{formError}</p>
            <RuleReasons reasons={reasons} label={t('participants.edit.reasonsLabel')} />
          </ErrorAlert>
        ) : null}
      </div>
      <div className="wizard-actions">
        <Link to={`/wijk-werkers/${participant.id}`} className="button button--secondary">
          {t('participants.edit.cancel')}
        </Link>
        <Button type="submit">{update.isPending ? t('common.saving') : t('participants.edit.submit')}</Button>
      </div>
    </Form>
  );
};

/** A coordinator corrects a wijk-werker's record after intake (PATCH /api/participants/:id); the INSZ stays as it is. */
export const ParticipantEditPage = () => {
  const { t } = useTranslation();
  const { participantId = '' } = useParams();
  const participant = useParticipant(participantId);
  const data = participant.data;
  const title = data ? t('participants.edit.title', { name: `${data.firstName} ${data.lastName}` }) : t('participants.edit.loadingTitle');
  return (
    <>
      <p>
        <Link to={`/wijk-werkers/${participantId}`}>{t('participants.edit.back')}</Link>
      </p>
      <PageHeading title={title}>{title}</PageHeading>
      {participant.isPending ? <Loading>{t('app.loading')}</Loading> : null}
      {participant.isError ? <ErrorAlert>{t(errorMessageKey(participant.error))}</ErrorAlert> : null}
      {/* Keyed by id only: a reload after a conflict resets the draft itself, a successful save leaves the page. */}
      {data ? <EditForm key={data.id} participant={data} /> : null}
    </>
  );
};

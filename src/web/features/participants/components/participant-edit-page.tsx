import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { updateParticipantRequestSchema, type ParticipantDetail } from '../../../../contracts/participants';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert, Loading } from '../../../components/messages';
import { PageHeading } from '../../../components/page-heading';
import { PersonalStep, SituationStep, WorkStep } from '../../../components/participant-form-fields';
import { errorMessageKey } from '../../../lib/api-error';
import { draftFromParticipant, participantFieldsInputOf, type ParticipantDraft } from '../../../lib/participant-draft';
import { ruleReasonsOf } from '../../../lib/rule-reasons';
import { useContractForm } from '../../../lib/use-contract-form';
import { useParticipant, useReloadParticipant, useUpdateParticipant } from '../api/participants';

/** Passed to the participant page after a save, which then confirms it in its status message. */
export type ParticipantSavedState = { saved: true };

const groups = ['personal', 'situation', 'work'] as const;

const EditForm = ({ participant }: { participant: ParticipantDetail }) => {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const update = useUpdateParticipant(participant.id);
  const reload = useReloadParticipant(participant.id);
  const [draft, setDraft] = useState(() => draftFromParticipant(participant));
  const form = useContractForm({
    schema: updateParticipantRequestSchema,
    send: (body) => update.mutateAsync(body),
    onSuccess: () => {
      const state: ParticipantSavedState = { saved: true };
      void navigate(`/wijk-werkers/${participant.id}`, { state });
    },
    // R1 refuses the address: the postcode is the field to change.
    onRefused: (error) =>
      ruleReasonsOf(error).some((reason) => reason.rule === 'R1') ? { fieldErrors: { 'address.postcode': t('participants.edit.postcodeRefused') } } : undefined,
    // Someone else saved first: show the record as it is now, so the coordinator checks it and tries again.
    onConflict: async () => setDraft(draftFromParticipant(await reload())),
  });

  const set =
    <K extends keyof ParticipantDraft>(field: K) =>
    (value: ParticipantDraft[K]) =>
      setDraft((current) => ({ ...current, [field]: value }));

  return (
    <Form onSubmit={form.handleSubmit(() => ({ version: participant.version, ...participantFieldsInputOf(draft) }))} className="form" aria-labelledby="page-title">
      {groups.map((group) => (
        <section key={group} aria-labelledby={`edit-${group}`} className="panel">
          <h2 id={`edit-${group}`}>{t(`intake.steps.${group}`)}</h2>
          {group === 'personal' ? <PersonalStep draft={draft} errors={form.fieldErrors} set={set} withInsz={false} /> : null}
          {group === 'situation' ? <SituationStep draft={draft} errors={form.fieldErrors} set={set} /> : null}
          {group === 'work' ? <WorkStep draft={draft} errors={form.fieldErrors} set={set} /> : null}
        </section>
      ))}
      <FormFeedback feedback={form.feedback} reasonsLabel={t('participants.edit.reasonsLabel')} />
      <div className="wizard-actions">
        <Link to={`/wijk-werkers/${participant.id}`} className="button button--secondary">
          {t('participants.edit.cancel')}
        </Link>
        <Button type="submit">{form.isPending ? t('common.saving') : t('participants.edit.submit')}</Button>
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

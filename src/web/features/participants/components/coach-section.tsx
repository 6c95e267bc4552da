import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { assignCoachRequestSchema, type ParticipantDetail } from '../../../../contracts/participants';
import { Button } from '../../../components/button';
import { FormFeedback } from '../../../components/form-feedback';
import { ErrorAlert } from '../../../components/messages';
import { SelectField } from '../../../components/select-field';
import { errorMessageKey } from '../../../lib/api-error';
import { useContractForm } from '../../../lib/use-contract-form';
import { useAssignCoach, useCoaches, useReloadParticipant } from '../api/participants';

const noCoach = 'none';

/** The werkcoach (for leefloon participants in the configured municipalities): suggested at intake, changed here. */
export const CoachSection = ({ participant }: { participant: ParticipantDetail }) => {
  const { t } = useTranslation();
  const coaches = useCoaches(true);
  const assign = useAssignCoach(participant.id);
  const reload = useReloadParticipant(participant.id);
  const form = useContractForm({
    schema: assignCoachRequestSchema,
    send: (body) => assign.mutateAsync(body),
    successText: t('participants.coach.saved'),
    onConflict: reload,
  });
  const [choice, setChoice] = useState<string>(participant.coach?.accountId ?? noCoach);
  const options = [
    { value: noCoach, label: t('participants.coach.none') },
    ...(coaches.data ?? []).map((coach) => ({ value: coach.accountId, label: t('participants.coach.option', { name: coach.name, count: coach.caseload }) })),
  ];
  return (
    <section aria-labelledby="coach-title" className="panel">
      <h2 id="coach-title">{t('participants.coach.title')}</h2>
      <p>{participant.coach ? t('participants.coach.current', { name: participant.coach.name }) : t('participants.coach.noneYet')}</p>
      {coaches.isError ? <ErrorAlert>{t(errorMessageKey(coaches.error))}</ErrorAlert> : null}
      <Form
        onSubmit={form.handleSubmit(() => ({ version: participant.version, coachAccountId: choice === noCoach ? null : choice }))}
        className="form"
        aria-labelledby="coach-title"
      >
        <SelectField
          label={t('participants.coach.choose')}
          value={choice}
          options={options}
          onChange={(value) => setChoice(value || noCoach)}
          error={form.fieldErrors.coachAccountId}
        />
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.saving') : t('participants.coach.submit')}</Button>
      </Form>
    </section>
  );
};

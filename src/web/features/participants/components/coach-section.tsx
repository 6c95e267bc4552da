import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { assignCoachRequestSchema, type ParticipantDetail } from '../../../../contracts/participants';
import { Button } from '../../../components/button';
import { ErrorAlert } from '../../../components/messages';
import { SelectField } from '../../../components/select-field';
import { errorMessageKey } from '../../../lib/api-error';
import { useAssignCoach, useCoaches, useReloadParticipant } from '../api/participants';
import { useSectionForm } from './form-feedback';

const noCoach = 'none';

/** The werkcoach (for leefloon participants in the configured municipalities): suggested at intake, changed here. */
export const CoachSection = ({ participant }: { participant: ParticipantDetail }) => {
  const { t } = useTranslation();
  const coaches = useCoaches(true);
  const assign = useAssignCoach(participant.id);
  const reload = useReloadParticipant(participant.id);
  const form = useSectionForm(reload);
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
        ref={form.formRef}
        onSubmit={(event) => {
          event.preventDefault();
          void form.submit(
            assignCoachRequestSchema,
            { version: participant.version, coachAccountId: choice === noCoach ? null : choice },
            (body) => assign.mutateAsync(body),
            t('participants.coach.saved'),
          );
        }}
        className="form"
        aria-labelledby="coach-title"
      >
        <SelectField label={t('participants.coach.choose')} value={choice} options={options} onChange={(value) => setChoice(value || noCoach)} error={form.fieldErrors.coachAccountId} />
        {form.messages}
        <Button type="submit">{form.isBusy ? t('common.saving') : t('participants.coach.submit')}</Button>
      </Form>
    </section>
  );
};

import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createCaseNoteRequestSchema, noteVisibilities, type ParticipantDetail } from '../../../../contracts/participants';
import { Button } from '../../../components/button';
import { RadioField } from '../../../components/choice-fields';
import { FormFeedback } from '../../../components/form-feedback';
import { TextAreaField } from '../../../components/text-area-field';
import { formatInstant } from '../../../lib/dates';
import { useContractForm } from '../../../lib/use-contract-form';
import { useAddNote } from '../api/participants';

type Visibility = (typeof noteVisibilities)[number];

/** Case notes: for staff only, or shared with the counsellor. The server leaves out what this role may not read. */
export const NotesSection = ({ participant, mayWrite, defaultVisibility }: { participant: ParticipantDetail; mayWrite: boolean; defaultVisibility: Visibility }) => {
  const { t, i18n } = useTranslation();
  const add = useAddNote(participant.id);
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>(defaultVisibility);
  const form = useContractForm({
    schema: createCaseNoteRequestSchema,
    send: (request) => add.mutateAsync(request),
    successText: t('participants.notes.added'),
    onSuccess: () => setBody(''),
  });
  const notes = [...participant.notes].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  return (
    <section aria-labelledby="notes-title" className="panel">
      <h2 id="notes-title">{t('participants.notes.title')}</h2>
      {notes.length === 0 ? <p>{t('participants.notes.none')}</p> : null}
      {notes.length > 0 ? (
        <ul className="record-list" aria-label={t('participants.notes.listLabel')}>
          {notes.map((note) => (
            <li key={note.id} className="record-list__item">
              <p className="hint">
                {t('participants.notes.meta', { author: note.author, when: formatInstant(note.createdAt, i18n.language) })} ·{' '}
                {t(`participants.notes.visibility.${note.visibility}`)}
              </p>
              <p className="preserve-lines">{note.body}</p>
            </li>
          ))}
        </ul>
      ) : null}
      {mayWrite ? (
        <Form onSubmit={form.handleSubmit(() => ({ body, visibility }))} className="form subpanel" aria-labelledby="note-form-title">
          <h3 id="note-form-title">{t('participants.notes.addTitle')}</h3>
          <TextAreaField label={t('participants.notes.body')} value={body} onChange={setBody} error={form.fieldErrors.body} maxLength={5000} rows={4} isRequired />
          <RadioField
            label={t('participants.notes.visibilityLabel')}
            value={visibility}
            options={noteVisibilities.map((value) => ({ value, label: t(`participants.notes.visibility.${value}`) }))}
            onChange={setVisibility}
            error={form.fieldErrors.visibility}
          />
          <FormFeedback feedback={form.feedback} />
          <Button type="submit">{form.isPending ? t('common.saving') : t('participants.notes.add')}</Button>
        </Form>
      ) : null}
    </section>
  );
};

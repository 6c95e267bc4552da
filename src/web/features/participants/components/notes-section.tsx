import { useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createCaseNoteRequestSchema, noteVisibilities, type ParticipantDetail } from '../../../../contracts/participants';
import { Button } from '../../../components/button';
import { RadioField } from '../../../components/choice-fields';
import { TextAreaField } from '../../../components/text-area-field';
import { formatInstant } from '../../../lib/dates';
import { useAddNote } from '../api/participants';
import { useSectionForm } from './form-feedback';

type Visibility = (typeof noteVisibilities)[number];

/** Case notes: for staff only, or shared with the counsellor. The server leaves out what this role may not read. */
export const NotesSection = ({ participant, mayWrite, defaultVisibility }: { participant: ParticipantDetail; mayWrite: boolean; defaultVisibility: Visibility }) => {
  const { t, i18n } = useTranslation();
  const add = useAddNote(participant.id);
  const form = useSectionForm();
  const [body, setBody] = useState('');
  const [visibility, setVisibility] = useState<Visibility>(defaultVisibility);
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
        <Form
          ref={form.formRef}
          onSubmit={(event) => {
            event.preventDefault();
            void form.submit(createCaseNoteRequestSchema, { body, visibility }, (request) => add.mutateAsync(request), t('participants.notes.added')).then((saved) => {
              if (saved) setBody('');
            });
          }}
          className="form subpanel"
          aria-labelledby="note-form-title"
        >
          <h3 id="note-form-title">{t('participants.notes.addTitle')}</h3>
          <TextAreaField label={t('participants.notes.body')} value={body} onChange={setBody} error={form.fieldErrors.body} maxLength={5000} rows={4} isRequired />
          <RadioField
            label={t('participants.notes.visibilityLabel')}
            value={visibility}
            options={noteVisibilities.map((value) => ({ value, label: t(`participants.notes.visibility.${value}`) }))}
            onChange={setVisibility}
            error={form.fieldErrors.visibility}
          />
          {form.messages}
          <Button type="submit">{form.isBusy ? t('common.saving') : t('participants.notes.add')}</Button>
        </Form>
      ) : null}
    </section>
  );
};

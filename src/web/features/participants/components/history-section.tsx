import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ParticipantHistory } from '../../../../contracts/participants';
import { documentTypes } from '../../../../contracts/participants';
import { roles } from '../../../../contracts/roles';
import { ErrorAlert, Loading } from '../../../components/messages';
import { errorMessageKey } from '../../../lib/api-error';
import { useParticipantHistory } from '../api/participants';

const knownActions = [
  'participant.create',
  'participant.update',
  'participant.consent.create',
  'participant.consent.withdraw',
  'participant.document.create',
  'participant.note.create',
  'participant.agreement.create',
  'participant.agreement.sign',
  'participant.coach.assign',
  'trajectory.start',
  'trajectory.evaluation.create',
  'trajectory.end',
] as const;

type KnownAction = (typeof knownActions)[number];
const isKnownAction = (action: string): action is KnownAction => (knownActions as readonly string[]).includes(action);
const isRole = (role: string | null): role is (typeof roles)[number] => (roles as readonly (string | null)[]).includes(role);
const isDocumentType = (type: string): type is (typeof documentTypes)[number] => (documentTypes as readonly string[]).includes(type);

const fieldKeys = ['insz', 'iban', 'benefitStatus', 'documents', 'agreement'] as const;
const isFieldKey = (field: string): field is (typeof fieldKeys)[number] => (fieldKeys as readonly string[]).includes(field);

/**
 * The record's audit trail and who opened its sensitive data, behind a disclosure: a person may ask who looked at
 * their file (GDPR), and staff need it rarely, so it loads only when opened.
 */
export const HistorySection = ({ participantId }: { participantId: string }) => {
  const { t, i18n } = useTranslation();
  const [isOpen, setIsOpen] = useState(false);
  const history = useParticipantHistory(participantId, isOpen);
  const when = (instant: string) =>
    new Intl.DateTimeFormat(i18n.language, { dateStyle: 'medium', timeStyle: 'short', timeZone: 'Europe/Brussels' }).format(new Date(instant));
  const actor = (name: string | null) => name ?? t('participants.history.unknownActor');
  const field = (name: string): string => {
    if (isFieldKey(name)) return t(`participants.history.fields.${name}`);
    const type = name.startsWith('document:') ? name.slice('document:'.length) : '';
    return isDocumentType(type) ? `${t('participants.history.fields.document')} (${t(`participantLabels.documentType.${type}`)})` : name;
  };
  const change = (entry: ParticipantHistory['changes'][number]) =>
    isKnownAction(entry.action)
      ? t(`participants.history.actions.${entry.action.replaceAll('.', '_') as ReplaceDots<KnownAction>}`)
      : t('participants.history.otherAction', { action: entry.action });

  return (
    <section aria-labelledby="history-title" className="panel">
      <details onToggle={(event) => setIsOpen(event.currentTarget.open)}>
        <summary>
          <h2 id="history-title" className="summary-heading">
            {t('participants.history.title')}
          </h2>
        </summary>
        <p className="hint">{t('participants.history.intro')}</p>
        {history.isPending && isOpen ? <Loading>{t('participants.history.loading')}</Loading> : null}
        {history.isError ? <ErrorAlert>{t(errorMessageKey(history.error))}</ErrorAlert> : null}
        {history.data ? (
          <>
            <h3>{t('participants.history.changes')}</h3>
            {history.data.changes.length === 0 ? <p>{t('participants.history.noChanges')}</p> : null}
            <ul className="record-list">
              {history.data.changes.map((entry, index) => (
                <li key={`${entry.occurredAt}-${index}`} className="record-list__item">
                  <strong>{change(entry)}</strong>
                  <p className="hint">{t('participants.history.by', { when: when(entry.occurredAt), actor: actor(entry.actor) })}</p>
                </li>
              ))}
            </ul>
            <h3>{t('participants.history.accesses')}</h3>
            {history.data.accesses.length === 0 ? <p>{t('participants.history.noAccesses')}</p> : null}
            <ul className="record-list">
              {history.data.accesses.map((entry, index) => (
                <li key={`${entry.occurredAt}-${index}`} className="record-list__item">
                  {t('participants.history.opened', {
                    when: when(entry.occurredAt),
                    actor: actor(entry.actor),
                    role: isRole(entry.actorRole) ? t(`roles.${entry.actorRole}`) : entry.actorRole,
                    fields: entry.fields.map(field).join(', '),
                  })}
                </li>
              ))}
            </ul>
          </>
        ) : null}
      </details>
    </section>
  );
};

type ReplaceDots<S extends string> = S extends `${infer Head}.${infer Tail}` ? `${Head}_${ReplaceDots<Tail>}` : S;

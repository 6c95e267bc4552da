import { useRef, useState } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { idSchema } from '../../../../contracts/common';
import { createClosureRequestSchema, type CreateClosureRequest, type Office } from '../../../../contracts/offices';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { FormFeedback } from '../../../components/form-feedback';
import { StatusMessage } from '../../../components/messages';
import { TextField } from '../../../components/text-field';
import { useContractForm } from '../../../lib/use-contract-form';
import { closurePeriod } from '../utils/closure-period';

type Closure = Office['closures'][number];

type ClosuresEditorProps = {
  office: Office;
  onAdd: (body: CreateClosureRequest) => Promise<Office>;
  onRemove: (closureId: string) => Promise<Office>;
};

const emptyClosure = { startsOn: '', endsOn: '', reason: '' };

export const ClosuresEditor = ({ office, onAdd, onRemove }: ClosuresEditorProps) => {
  const { t, i18n } = useTranslation();
  const titleRef = useRef<HTMLHeadingElement>(null);
  const [values, setValues] = useState(emptyClosure);
  // One status for adding and removing: the section has one live region, above the list it changes.
  const [status, setStatus] = useState<string | null>(null);
  const [pendingRemoval, setPendingRemoval] = useState<Closure | null>(null);
  const form = useContractForm({
    schema: createClosureRequestSchema,
    send: onAdd,
    onSuccess: () => {
      setValues(emptyClosure);
      setStatus(t('offices.closures.added'));
    },
  });
  // Removing is confirmed in a dialog: the closure is known by its id.
  const removal = useContractForm({
    schema: idSchema,
    send: onRemove,
    onSuccess: () => setStatus(t('offices.closures.removed')),
  });

  const closures = [...office.closures].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const period = (closure: Closure) => closurePeriod(closure, t, i18n.language);

  const change = (field: keyof typeof emptyClosure) => (value: string) => {
    setStatus(null);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const remove = async (closure: Closure) => {
    setStatus(null);
    const removed = await removal.submit(closure.id);
    setPendingRemoval(null);
    // The removed row took the focused button with it; the section title is the nearest stable place. A refusal
    // puts focus on its alert instead.
    if (removed) titleRef.current?.focus();
  };

  return (
    <section aria-labelledby="closures-title" className="panel">
      <h2 id="closures-title" ref={titleRef} tabIndex={-1}>
        {t('offices.closures.title')}
      </h2>
      <p className="hint">{t('offices.closures.intro')}</p>
      {closures.length === 0 ? (
        <p>{t('offices.closures.empty')}</p>
      ) : (
        <ul className="closure-list" aria-label={t('offices.closures.listLabel')}>
          {closures.map((closure) => (
            <li key={closure.id} className="closure-list__item">
              <div>
                <strong>{closure.reason}</strong>
                <br />
                {period(closure)}
              </div>
              <Button variant="quiet" onPress={() => setPendingRemoval(closure)}>
                {t('offices.closures.remove')} <span className="visually-hidden">{t('offices.closures.removeContext', { reason: closure.reason })}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <FormFeedback feedback={removal.feedback} />
      <StatusMessage>{status}</StatusMessage>
      <h3>{t('offices.closures.newTitle')}</h3>
      <Form
        onSubmit={(event) => {
          setStatus(null);
          form.handleSubmit(() => values)(event);
        }}
        className="form"
      >
        <div className="form__row">
          <TextField
            label={t('offices.closures.startsOn')}
            type="date"
            size="medium"
            value={values.startsOn}
            onChange={change('startsOn')}
            error={form.fieldErrors.startsOn}
            isRequired
          />
          <TextField
            label={t('offices.closures.endsOn')}
            type="date"
            size="medium"
            value={values.endsOn}
            onChange={change('endsOn')}
            error={form.fieldErrors.endsOn}
            isRequired
          />
        </div>
        <TextField
          label={t('offices.closures.reason')}
          description={t('offices.closures.reasonHint')}
          value={values.reason}
          onChange={change('reason')}
          error={form.fieldErrors.reason}
          isRequired
        />
        <FormFeedback feedback={form.feedback} />
        <Button type="submit">{form.isPending ? t('common.saving') : t('offices.closures.add')}</Button>
      </Form>
      <ConfirmDialog
        isOpen={pendingRemoval !== null}
        title={t('offices.closures.confirmTitle')}
        text={pendingRemoval ? t('offices.closures.confirmText', { reason: pendingRemoval.reason, period: period(pendingRemoval) }) : ''}
        confirmLabel={t('offices.closures.confirm')}
        cancelLabel={t('offices.closures.cancel')}
        isPending={removal.isPending}
        onConfirm={() => {
          if (pendingRemoval) void remove(pendingRemoval);
        }}
        onCancel={() => setPendingRemoval(null)}
      />
    </section>
  );
};

import { useRef, useState, type FormEvent } from 'react';
import { Form } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { createClosureRequestSchema, type CreateClosureRequest, type Office } from '../../../../contracts/offices';
import { Button } from '../../../components/button';
import { ConfirmDialog } from '../../../components/confirm-dialog';
import { ErrorAlert, StatusMessage } from '../../../components/messages';
import { TextField } from '../../../components/text-field';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';
import { closurePeriod } from '../utils/closure-period';
import { describeSaveFailure } from '../utils/save-errors';

type Closure = Office['closures'][number];

type ClosuresEditorProps = {
  office: Office;
  onAdd: (body: CreateClosureRequest) => Promise<Office>;
  onRemove: (closureId: string) => Promise<Office>;
};

const emptyClosure = { startsOn: '', endsOn: '', reason: '' };

export const ClosuresEditor = ({ office, onAdd, onRemove }: ClosuresEditorProps) => {
  const { t, i18n } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const titleRef = useRef<HTMLHeadingElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [values, setValues] = useState(emptyClosure);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [formError, setFormError] = useState<string | null>(null);
  const [status, setStatus] = useState<string | null>(null);
  const [isAdding, setIsAdding] = useState(false);
  const [pendingRemoval, setPendingRemoval] = useState<Closure | null>(null);
  const [isRemoving, setIsRemoving] = useState(false);

  const closures = [...office.closures].sort((a, b) => a.startsOn.localeCompare(b.startsOn));
  const period = (closure: Closure) => closurePeriod(closure, t, i18n.language);

  const change = (field: keyof typeof emptyClosure) => (value: string) => {
    setStatus(null);
    setValues((current) => ({ ...current, [field]: value }));
  };

  const add = async (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (isAdding) return;
    setStatus(null);
    setFormError(null);
    const parsed = createClosureRequestSchema.safeParse(values);
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromZod(t, parsed.error.issues));
      setFormError(t('common.formHasErrors'));
      focusFirstInvalid();
      return;
    }
    setFieldErrors({});
    setIsAdding(true);
    try {
      await onAdd(parsed.data);
      setValues(emptyClosure);
      setStatus(t('offices.closures.added'));
    } catch (error) {
      const failure = describeSaveFailure(error, t);
      setFieldErrors(failure.fieldErrors);
      setFormError(failure.message);
      focusFirstInvalid();
    } finally {
      setIsAdding(false);
    }
  };

  const remove = async (closure: Closure) => {
    setIsRemoving(true);
    setFormError(null);
    try {
      await onRemove(closure.id);
      setStatus(t('offices.closures.removed'));
    } catch (error) {
      setFormError(describeSaveFailure(error, t).message);
    } finally {
      setIsRemoving(false);
      setPendingRemoval(null);
      // The removed row took the focused button with it; the section title is the nearest stable place.
      titleRef.current?.focus();
    }
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
                {t('offices.closures.remove')}{' '}
                <span className="visually-hidden">{t('offices.closures.removeContext', { reason: closure.reason })}</span>
              </Button>
            </li>
          ))}
        </ul>
      )}
      <StatusMessage>{status}</StatusMessage>
      <h3>{t('offices.closures.newTitle')}</h3>
      <Form ref={formRef} onSubmit={(event) => void add(event)} className="form">
        <div className="form__row">
          <TextField
            label={t('offices.closures.startsOn')}
            type="date"
            size="medium"
            value={values.startsOn}
            onChange={change('startsOn')}
            error={fieldErrors.startsOn}
            isRequired
          />
          <TextField
            label={t('offices.closures.endsOn')}
            type="date"
            size="medium"
            value={values.endsOn}
            onChange={change('endsOn')}
            error={fieldErrors.endsOn}
            isRequired
          />
        </div>
        <TextField
          label={t('offices.closures.reason')}
          description={t('offices.closures.reasonHint')}
          value={values.reason}
          onChange={change('reason')}
          error={fieldErrors.reason}
          isRequired
        />
        {formError ? <ErrorAlert>{formError}</ErrorAlert> : null}
        <Button type="submit">
          {isAdding ? t('common.saving') : t('offices.closures.add')}
        </Button>
      </Form>
      <ConfirmDialog
        isOpen={pendingRemoval !== null}
        title={t('offices.closures.confirmTitle')}
        text={pendingRemoval ? t('offices.closures.confirmText', { reason: pendingRemoval.reason, period: period(pendingRemoval) }) : ''}
        confirmLabel={t('offices.closures.confirm')}
        cancelLabel={t('offices.closures.cancel')}
        isPending={isRemoving}
        onConfirm={() => {
          if (pendingRemoval) void remove(pendingRemoval);
        }}
        onCancel={() => setPendingRemoval(null)}
      />
    </section>
  );
};

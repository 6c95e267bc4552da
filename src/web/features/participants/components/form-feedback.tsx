import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ErrorAlert, StatusMessage } from '../../../components/messages';
import { RuleReasons } from '../../../components/rule-reasons';
import { describeFailure } from '../../../lib/describe-failure';
import type { RuleReasonView } from '../../../lib/rule-reasons';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromZod, type FieldErrors } from '../../../lib/validation';

type Feedback = { error: string | null; reasons: RuleReasonView[]; success: string | null };

/**
 * The shared life of the small forms on the participant page: validate with the contract's schema, send, show
 * the refusal (with every rule reason) or a polite confirmation, and move focus to the first field in error.
 * On a version conflict the page is reloaded so the next try starts from the record as it is now.
 */
export const useSectionForm = (onConflict?: () => unknown) => {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [fieldErrors, setFieldErrors] = useState<FieldErrors>({});
  const [feedback, setFeedback] = useState<Feedback>({ error: null, reasons: [], success: null });
  const [isBusy, setIsBusy] = useState(false);

  /** Parses `input` with `schema`; on success sends it and reports `successText`. Returns whether it was saved. */
  const submit = async <S extends z.ZodType>(schema: S, input: unknown, send: (body: z.output<S>) => Promise<unknown>, successText: string): Promise<boolean> => {
    if (isBusy) return false;
    setFeedback({ error: null, reasons: [], success: null });
    const parsed = schema.safeParse(input);
    if (!parsed.success) {
      setFieldErrors(fieldErrorsFromZod(t, parsed.error.issues));
      setFeedback({ error: t('common.formHasErrors'), reasons: [], success: null });
      focusFirstInvalid();
      return false;
    }
    setFieldErrors({});
    setIsBusy(true);
    try {
      await send(parsed.data);
      setFeedback({ error: null, reasons: [], success: successText });
      return true;
    } catch (error) {
      const failure = describeFailure(error, t);
      setFieldErrors(failure.fieldErrors);
      setFeedback({ error: failure.message, reasons: failure.reasons, success: null });
      if (failure.isConflict && onConflict) await onConflict();
      focusFirstInvalid();
      return false;
    } finally {
      setIsBusy(false);
    }
  };

  const clearSuccess = () => setFeedback((current) => (current.success ? { ...current, success: null } : current));

  const messages = (
    <>
      {feedback.error ? (
        <ErrorAlert>
          <p>{feedback.error}</p>
          <RuleReasons reasons={feedback.reasons} label={t('participants.page.reasonsLabel')} />
        </ErrorAlert>
      ) : null}
      <StatusMessage>{feedback.success}</StatusMessage>
    </>
  );

  return { formRef, fieldErrors, isBusy, submit, messages, clearSuccess };
};

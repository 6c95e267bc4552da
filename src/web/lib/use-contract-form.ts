import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { ApiError } from './api-error';
import { describeFailure } from './describe-failure';
import type { RuleReasonView } from './rule-reasons';
import { fieldErrorsFromZod, type FieldErrors } from './validation';

/** What a form says about a refusal instead of the default reading: its own sentence, messages on its own fields. */
export type Refusal = { message?: string; fieldErrors?: FieldErrors };

export type ContractFormOptions<S extends z.ZodType, R> = {
  /** The contract's request schema: the browser checks with it before anything is sent. */
  schema: S;
  /** Sends the checked body (a mutation's `mutateAsync`, or a prop of the form). */
  send: (body: z.output<S>) => Promise<R>;
  /** After a save: move on, clear the fields, take the saved record as the new starting point. */
  onSuccess?: (result: R) => unknown;
  /** A polite confirmation; a form with one renders its status region from the start, so it is announced. */
  successText?: string;
  /** 409: the record changed underneath. Reload it (awaited) so the next try starts from the record as it is now. */
  onConflict?: () => unknown;
  /** How this form words a 409 (default: `common.recordConflict`). */
  conflictText?: string;
  /** A refusal this form knows better (a taken e-mail address, a used code); may also change the form (empty a code). */
  onRefused?: (error: ApiError) => Refusal | undefined;
  /** The contract's field paths renamed to the form's own fields (slots by key, a wrapper object's prefix left off). */
  mapFieldErrors?: (errors: FieldErrors) => FieldErrors;
  /** The alert for a refused check in the browser (default: `common.formHasErrors`); null for field messages only. */
  invalidText?: (issues: readonly z.core.$ZodIssue[]) => string | null;
};

/** What `FormFeedback` shows: the alert (which can take focus) and, for forms that confirm a save, the status. */
export type FormFeedbackState = {
  summaryId: string;
  error: string | null;
  reasons: readonly RuleReasonView[];
  success: string | null;
  confirms: boolean;
};

type State = { fieldErrors: FieldErrors; error: string | null; reasons: RuleReasonView[]; success: string | null; failure: unknown };

const quiet: State = { fieldErrors: {}, error: null, reasons: [], success: null, failure: null };

/**
 * The one life of every form that writes through the API: check with the contract's schema, send, show the
 * refusal (field messages for a 400, every rule reason of a 422, plain words for a 409 after reloading the record)
 * or a polite confirmation, and after any refusal put focus on the first field marked invalid, or else on the alert.
 * Pass the form element (`handleSubmit` does) so focus stays inside the form that was sent.
 */
export const useContractForm = <S extends z.ZodType, R>(options: ContractFormOptions<S, R>) => {
  const { t } = useTranslation();
  const summaryId = useId();
  const [state, setState] = useState<State>(quiet);
  const [isPending, setIsPending] = useState(false);
  const inFlight = useRef(false);
  const focusWithin = useRef<HTMLFormElement | null>(null);
  const [focusRequest, setFocusRequest] = useState(0);

  // After the render that marks the fields: the element only exists once the refusal is on screen.
  useEffect(() => {
    if (focusRequest === 0) return;
    const form = focusWithin.current;
    const field = form?.isConnected ? form.querySelector<HTMLElement>('[aria-invalid="true"]') : null;
    (field ?? document.getElementById(summaryId))?.focus();
  }, [focusRequest, summaryId]);

  const moveFocus = (form: HTMLFormElement | null | undefined) => {
    focusWithin.current = form ?? null;
    setFocusRequest((count) => count + 1);
  };

  const fields = (errors: FieldErrors): FieldErrors => options.mapFieldErrors?.(errors) ?? errors;

  /** A refusal the form finds itself, beyond the contract (a rule said as typed, a wizard step). */
  const refuse = ({ message, fieldErrors = {} }: { message: string; fieldErrors?: FieldErrors }, form?: HTMLFormElement | null) => {
    setState({ ...quiet, fieldErrors, error: message });
    moveFocus(form);
  };

  /** Checks `input` with the schema and sends it; resolves to whether it was saved. */
  const submit = async (input: unknown, form?: HTMLFormElement | null): Promise<boolean> => {
    if (inFlight.current) return false;
    const parsed = options.schema.safeParse(input);
    if (!parsed.success) {
      const message = options.invalidText ? options.invalidText(parsed.error.issues) : t('common.formHasErrors');
      setState({ ...quiet, fieldErrors: fields(fieldErrorsFromZod(t, parsed.error.issues)), error: message });
      moveFocus(form);
      return false;
    }
    inFlight.current = true;
    setIsPending(true);
    setState(quiet);
    try {
      const result = await options.send(parsed.data);
      setState({ ...quiet, success: options.successText ?? null });
      await options.onSuccess?.(result);
      return true;
    } catch (error) {
      const failure = describeFailure(error, t);
      const own = error instanceof ApiError ? options.onRefused?.(error) : undefined;
      const message = own?.message ?? (failure.isConflict && options.conflictText ? options.conflictText : failure.message);
      setState({ fieldErrors: { ...fields(failure.fieldErrors), ...own?.fieldErrors }, error: message, reasons: failure.reasons, success: null, failure: error });
      // A reload that fails too leaves the conflict's words on screen; the next save meets the 409 again.
      if (failure.isConflict) await Promise.resolve(options.onConflict?.()).catch(() => undefined);
      moveFocus(form);
      return false;
    } finally {
      inFlight.current = false;
      setIsPending(false);
    }
  };

  /** The `onSubmit` of a form whose body is built from what it holds at that moment. */
  const handleSubmit = (input: () => unknown) => (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    void submit(input(), event.currentTarget);
  };

  const feedback: FormFeedbackState = {
    summaryId,
    error: state.error,
    reasons: state.reasons,
    success: state.success,
    confirms: options.successText !== undefined,
  };

  return {
    submit,
    handleSubmit,
    refuse,
    isPending,
    fieldErrors: state.fieldErrors,
    /** The last refusal as it came (a duplicate's id lives in its details). */
    failure: state.failure,
    feedback,
    /** Everything back to quiet (a wizard step that passed its check). */
    reset: () => setState(quiet),
    /** The alert goes, the field messages stay (moving to another step of a wizard). */
    dismissError: () => setState((current) => ({ ...current, error: null, reasons: [], failure: null })),
    clearFieldError: (path: string) =>
      setState((current) =>
        path in current.fieldErrors ? { ...current, fieldErrors: Object.fromEntries(Object.entries(current.fieldErrors).filter(([key]) => key !== path)) } : current,
      ),
    /** A confirmation is about the saved state: editing again takes it away. */
    clearSuccess: () => setState((current) => (current.success ? { ...current, success: null } : current)),
  };
};

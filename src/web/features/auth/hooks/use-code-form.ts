import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import { secondFactorRequestSchema, type SessionResponse } from '../../../../contracts/sessions';
import { ApiError, errorMessageKey } from '../../../lib/api-error';
import { useFocusFirstInvalid } from '../../../lib/use-focus-first-invalid';
import { fieldErrorsFromZod } from '../../../lib/validation';

type CodeMutation = UseMutationResult<SessionResponse, Error, string>;

/**
 * The shared life of a form that sends one authenticator code (the login step and the setup's confirmation):
 * check the 6 digits with the contract's schema, send, and on a wrong code say so on the field and focus it.
 */
export const useCodeForm = (mutation: CodeMutation, onDone?: (session: SessionResponse) => void) => {
  const { t } = useTranslation();
  const formRef = useRef<HTMLFormElement>(null);
  const focusFirstInvalid = useFocusFirstInvalid(formRef);
  const [code, setCode] = useState('');
  const [fieldError, setFieldError] = useState<string | undefined>(undefined);
  const [formError, setFormError] = useState<string | null>(null);

  const submit = (event: FormEvent<HTMLFormElement>) => {
    event.preventDefault();
    if (mutation.isPending) return;
    setFormError(null);
    const parsed = secondFactorRequestSchema.safeParse({ code });
    if (!parsed.success) {
      setFieldError(fieldErrorsFromZod(t, parsed.error.issues).code ?? t('validation.totpCode'));
      focusFirstInvalid();
      return;
    }
    setFieldError(undefined);
    mutation.mutate(parsed.data.code, {
      onSuccess: (session) => onDone?.(session),
      onError: (error) => {
        const isWrongCode = error instanceof ApiError && (error.code === 'INVALID_SECOND_FACTOR' || error.code === 'VALIDATION_FAILED');
        if (isWrongCode) {
          // A used code stays wrong: empty the field so the next try starts with the digits the app shows now.
          setCode('');
          setFieldError(t('twoFactor.code.wrong'));
        }
        setFormError(t(errorMessageKey(error)));
        focusFirstInvalid();
      },
    });
  };

  return { formRef, code, setCode, fieldError, formError, submit, isPending: mutation.isPending };
};

import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { UseMutationResult } from '@tanstack/react-query';
import { secondFactorRequestSchema, type SessionResponse } from '../../../../contracts/sessions';
import { useContractForm } from '../../../lib/use-contract-form';

type CodeMutation = UseMutationResult<SessionResponse, Error, string>;

/**
 * A form that sends one authenticator code (the login step and the setup's confirmation): the contract's form
 * life, plus the code itself, which a refusal empties.
 */
export const useCodeForm = (mutation: CodeMutation, onDone?: (session: SessionResponse) => void) => {
  const { t } = useTranslation();
  const [code, setCode] = useState('');
  const form = useContractForm({
    schema: secondFactorRequestSchema,
    send: (body) => mutation.mutateAsync(body.code),
    onSuccess: (session) => onDone?.(session),
    // The field says what is wrong with six digits; an alert would only repeat it.
    invalidText: () => null,
    onRefused: (error) => {
      if (error.code !== 'INVALID_SECOND_FACTOR' && error.code !== 'VALIDATION_FAILED') return undefined;
      // A used code stays wrong: empty the field so the next try starts with the digits the app shows now.
      setCode('');
      return { fieldErrors: { code: t('twoFactor.code.wrong') } };
    },
  });
  return { form, code, setCode, onSubmit: form.handleSubmit(() => ({ code })) };
};

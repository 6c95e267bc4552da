import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { FormFeedbackState } from '../lib/use-contract-form';
import { ErrorAlert, StatusMessage } from './messages';
import { RuleReasons } from './rule-reasons';

type FormFeedbackProps = {
  feedback: FormFeedbackState;
  /** The name of the list of rule reasons, in the words of what could not be done ("Waarom bewaren niet kan"). */
  reasonsLabel?: string;
  /** More to say inside the alert (a link to the record that already exists). */
  children?: ReactNode;
};

/**
 * A form's refusal and confirmation, where the form wants them (inside it, or in its section when the form goes
 * away after a save): the alert with every rule reason, and the status region of a form that confirms its saves.
 */
export const FormFeedback = ({ feedback, reasonsLabel, children }: FormFeedbackProps) => {
  const { t } = useTranslation();
  // A sentence alone stays bare text; with a list or more after it, it becomes a paragraph.
  const detailed = feedback.reasons.length > 0 || children !== undefined;
  return (
    <>
      {feedback.error ? (
        <ErrorAlert id={feedback.summaryId}>
          {detailed ? (
            <>
              <p>{feedback.error}</p>
              <RuleReasons reasons={feedback.reasons} label={reasonsLabel ?? t('common.reasonsLabel')} />
              {children}
            </>
          ) : (
            feedback.error
          )}
        </ErrorAlert>
      ) : null}
      {feedback.confirms ? <StatusMessage>{feedback.success}</StatusMessage> : null}
    </>
  );
};

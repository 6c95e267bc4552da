import type { ReactNode } from 'react';
import { FieldError, Label, Text, TextArea, TextField as AriaTextField } from 'react-aria-components';

type TextAreaFieldProps = {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  error?: string | undefined;
  description?: string;
  isRequired?: boolean;
  maxLength?: number;
  rows?: number;
};

/** Longer free text (agreements, notes, reasons) with the same label, description and error pattern as TextField. */
export const TextAreaField = ({ label, error, description, rows = 5, ...props }: TextAreaFieldProps) => (
  <AriaTextField {...props} className="field field--wide" isInvalid={error !== undefined} validationBehavior="aria">
    <Label className="field__label">{label}</Label>
    {description ? (
      <Text slot="description" className="field__description">
        {description}
      </Text>
    ) : null}
    <TextArea className="field__input field__textarea" rows={rows} />
    <FieldError className="field__error">{error}</FieldError>
  </AriaTextField>
);

import type { ReactNode } from 'react';
import { FieldError, Input, Label, Text, TextField as AriaTextField } from 'react-aria-components';

type TextFieldProps = {
  label: ReactNode;
  value: string;
  onChange: (value: string) => void;
  onBlur?: () => void;
  /** A translated message; when present the field is marked invalid and the message is announced with it. */
  error?: string | undefined;
  description?: string;
  name?: string;
  id?: string;
  type?: 'text' | 'email' | 'tel' | 'password' | 'date';
  autoComplete?: string;
  inputMode?: 'text' | 'email' | 'tel' | 'numeric';
  isRequired?: boolean;
  size?: 'small' | 'medium' | 'large';
  maxLength?: number;
};

export const TextField = ({ label, error, description, size = 'large', ...props }: TextFieldProps) => (
  <AriaTextField
    {...props}
    className={`field field--${size}`}
    isInvalid={error !== undefined}
    // Validation is ours (zod, shared with the server); the browser's own bubbles are not translated and not consistent.
    validationBehavior="aria"
  >
    <Label className="field__label">{label}</Label>
    {description ? (
      <Text slot="description" className="field__description">
        {description}
      </Text>
    ) : null}
    <Input className="field__input" />
    <FieldError className="field__error">{error}</FieldError>
  </AriaTextField>
);

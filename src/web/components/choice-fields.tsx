import type { ReactNode } from 'react';
import { Checkbox, CheckboxGroup, FieldError, Label, Radio, RadioGroup, Text } from 'react-aria-components';

type Option<T extends string> = { value: T; label: string; description?: string };

type RadioFieldProps<T extends string> = {
  label: ReactNode;
  value: T | null;
  options: ReadonlyArray<Option<T>>;
  onChange: (value: T) => void;
  error?: string | undefined;
  description?: string;
  isRequired?: boolean;
  orientation?: 'horizontal' | 'vertical';
};

/** One choice out of a few, all visible at once: easier than a dropdown for people with little computer practice. */
export const RadioField = <T extends string>({ label, value, options, onChange, error, description, isRequired, orientation = 'vertical' }: RadioFieldProps<T>) => (
  <RadioGroup
    className={`choice-group choice-group--${orientation}`}
    value={value}
    onChange={(chosen) => {
      const option = options.find((candidate) => candidate.value === chosen);
      if (option) onChange(option.value);
    }}
    isInvalid={error !== undefined}
    isRequired={isRequired}
    validationBehavior="aria"
    orientation={orientation}
  >
    <Label className="field__label">{label}</Label>
    {description ? (
      <Text slot="description" className="field__description">
        {description}
      </Text>
    ) : null}
    <div className="choice-group__options">
      {options.map((option) => (
        <Radio key={option.value} value={option.value} className="radio">
          <span className="radio__circle" aria-hidden="true" />
          <span>
            {option.label}
            {option.description ? <span className="choice__description">{option.description}</span> : null}
          </span>
        </Radio>
      ))}
    </div>
    <FieldError className="field__error">{error}</FieldError>
  </RadioGroup>
);

type YesNoFieldProps = {
  label: ReactNode;
  value: boolean | null;
  onChange: (value: boolean) => void;
  yes: string;
  no: string;
  error?: string | undefined;
  description?: string;
};

/** A yes/no question as two radio buttons: an unanswered question stays visibly unanswered, unlike a checkbox. */
export const YesNoField = ({ label, value, onChange, yes, no, error, description }: YesNoFieldProps) => (
  <RadioField
    label={label}
    value={value === null ? null : value ? 'yes' : 'no'}
    options={[
      { value: 'yes', label: yes },
      { value: 'no', label: no },
    ]}
    onChange={(chosen) => onChange(chosen === 'yes')}
    error={error}
    description={description}
    orientation="horizontal"
    isRequired
  />
);

type CheckboxesFieldProps<T extends string> = {
  label: ReactNode;
  value: readonly T[];
  options: ReadonlyArray<Option<T>>;
  onChange: (value: T[]) => void;
  error?: string | undefined;
  description?: string;
};

export const CheckboxesField = <T extends string>({ label, value, options, onChange, error, description }: CheckboxesFieldProps<T>) => (
  <CheckboxGroup
    className="choice-group"
    value={[...value]}
    onChange={(chosen) => onChange(options.filter((option) => chosen.includes(option.value)).map((option) => option.value))}
    isInvalid={error !== undefined}
    validationBehavior="aria"
  >
    <Label className="field__label">{label}</Label>
    {description ? (
      <Text slot="description" className="field__description">
        {description}
      </Text>
    ) : null}
    <div className="choice-group__options">
      {options.map((option) => (
        <Checkbox key={option.value} value={option.value} className="checkbox">
          <span className="checkbox__box" aria-hidden="true" />
          <span>{option.label}</span>
        </Checkbox>
      ))}
    </div>
    <FieldError className="field__error">{error}</FieldError>
  </CheckboxGroup>
);

import { useId, type ReactNode } from 'react';

type SelectFieldProps<T extends string> = {
  label: ReactNode;
  value: T | '';
  options: ReadonlyArray<{ value: T; label: string }>;
  onChange: (value: T | '') => void;
  error?: string | undefined;
  description?: string;
  /** Shown as the first, empty choice (e.g. "Alle statussen" in a filter, "Kies …" in a form). */
  placeholder?: string;
  isRequired?: boolean;
  size?: 'small' | 'medium' | 'large';
  name?: string;
};

/**
 * The browser's own select (decision 204): on phones it opens the system picker people already know, it needs no
 * popover, and every screen reader announces it correctly. Label, description and error follow the TextField pattern.
 */
export const SelectField = <T extends string>({
  label,
  value,
  options,
  onChange,
  error,
  description,
  placeholder,
  isRequired,
  size = 'large',
  name,
}: SelectFieldProps<T>) => {
  const id = useId();
  const descriptionId = `${id}-description`;
  const errorId = `${id}-error`;
  const describedBy = [description ? descriptionId : null, error ? errorId : null].filter(Boolean).join(' ');
  return (
    <div className={`field field--${size}`}>
      <label htmlFor={id} className="field__label">
        {label}
      </label>
      {description ? (
        <span id={descriptionId} className="field__description">
          {description}
        </span>
      ) : null}
      <select
        id={id}
        name={name}
        className="field__input field__select"
        value={value}
        aria-invalid={error ? true : undefined}
        aria-required={isRequired ? true : undefined}
        aria-describedby={describedBy || undefined}
        data-invalid={error ? true : undefined}
        onChange={(event) => {
          const chosen = options.find((option) => option.value === event.target.value);
          onChange(chosen ? chosen.value : '');
        }}
      >
        {placeholder !== undefined ? <option value="">{placeholder}</option> : null}
        {options.map((option) => (
          <option key={option.value} value={option.value}>
            {option.label}
          </option>
        ))}
      </select>
      {error ? (
        <span id={errorId} className="field__error">
          {error}
        </span>
      ) : null}
    </div>
  );
};

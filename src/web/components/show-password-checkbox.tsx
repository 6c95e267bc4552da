import { Checkbox } from 'react-aria-components';

/** Shows what was typed, for people who find masked typing hard; the same control on every password form. */
export const ShowPasswordCheckbox = ({ isSelected, onChange, label }: { isSelected: boolean; onChange: (value: boolean) => void; label: string }) => (
  <Checkbox isSelected={isSelected} onChange={onChange} className="checkbox">
    <span className="checkbox__box" aria-hidden="true" />
    {label}
  </Checkbox>
);

import { Button as AriaButton, type ButtonProps as AriaButtonProps } from 'react-aria-components';

// React Aria's isPending announces through a detached role="img" node that axe reports as an image without a text
// alternative; our buttons change their label instead ("Bezig met opslaan…") and handlers ignore repeated presses.
type ButtonProps = Omit<AriaButtonProps, 'className' | 'isPending'> & { variant?: 'primary' | 'secondary' | 'danger' | 'quiet' };

export const Button = ({ variant = 'primary', ...props }: ButtonProps) => <AriaButton {...props} className={`button button--${variant}`} />;

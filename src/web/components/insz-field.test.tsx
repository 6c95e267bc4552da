import { cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../i18n/i18n';
import { InszField } from './insz-field';

beforeAll(() => {
  initI18n('nl-BE');
});
afterEach(cleanup);

const Harness = ({ error }: { error?: string }) => {
  const [value, setValue] = useState('');
  return (
    <I18nextProvider i18n={i18n}>
      <InszField value={value} onChange={setValue} error={error} />
    </I18nextProvider>
  );
};

const field = () => screen.getByLabelText('Rijksregisternummer');
const type = (value: string) => fireEvent.change(field(), { target: { value } });
const wrongMessage = /Dit rijksregisternummer klopt niet/;

describe('the INSZ field', () => {
  it('confirms a valid number as printed on the card and shows the birth date it encodes', () => {
    render(<Harness />);
    type('85.07.30-033.28');
    expect(screen.getByRole('status').textContent).toBe('Rijksregisternummer 85.07.30-033.28 klopt. Geboortedatum: dinsdag 30 juli 1985.');
    expect(field().getAttribute('aria-invalid')).toBeNull();
  });

  it('knows people born from 2000 on by their check digits', () => {
    render(<Harness />);
    // 97 − ((2 000 000 000 + 010203123) mod 97) = 45: born 3 February 2001.
    type('01020312345');
    expect(screen.getByRole('status').textContent).toContain('Geboortedatum: zaterdag 3 februari 2001.');
  });

  it('does not call a number wrong while it is still being typed, only once complete or left', () => {
    render(<Harness />);
    type('850730');
    expect(screen.queryByText(wrongMessage)).toBeNull();
    fireEvent.blur(field());
    expect(screen.queryByText(wrongMessage)).not.toBeNull();
    type('85073003329');
    expect(field().getAttribute('aria-invalid')).toBe('true');
    expect(screen.queryByText(wrongMessage)).not.toBeNull();
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('shows the form validation message for an empty field, and drops it once the number is right', () => {
    render(<Harness error="Vul dit veld in." />);
    expect(screen.queryByText('Vul dit veld in.')).not.toBeNull();
    type('85073003328');
    expect(screen.queryByText('Vul dit veld in.')).toBeNull();
  });
});

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Account, CreateAccountRequest } from '../../../../contracts/accounts';
import { i18n, initI18n } from '../../../i18n/i18n';
import { ApiError } from '../../../lib/api-error';
import { AccountCreateForm } from './account-create-form';

beforeAll(() => {
  initI18n('nl-BE');
});
afterEach(cleanup);

const created: Account = {
  id: '3a0e9b4c-2d1f-4c5b-9a8e-7f6d5c4b3a21',
  email: 'nieuw@westhoek.demo',
  displayName: 'Nina Nieuw',
  role: 'coordinator',
  isDisabled: false,
  twoFactorEnabled: false,
  status: 'active',
  version: 1,
};

const renderForm = (onCreate = vi.fn((_body: CreateAccountRequest) => Promise.resolve(created)), onCreated = vi.fn()) => {
  render(
    <I18nextProvider i18n={i18n}>
      <AccountCreateForm onCreate={onCreate} onCreated={onCreated} />
    </I18nextProvider>,
  );
  return { onCreate, onCreated };
};

const field = (name: string) => screen.getByLabelText(name, { exact: false, selector: 'input, select' });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const fillValid = () => {
  type('Naam', ' Nina Nieuw ');
  type('E-mailadres', ' nieuw@westhoek.demo ');
  fireEvent.change(screen.getByRole('combobox', { name: 'Rol' }), { target: { value: 'coordinator' } });
  type('Eerste wachtwoord', 'een lange zin');
};
const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Account aanmaken' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

describe('the new-account form', () => {
  it('says what is missing, with the password rule in words, and focuses the first problem', async () => {
    const { onCreate } = renderForm();
    type('Eerste wachtwoord', 'kort');
    await submit();
    expect(onCreate).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Nog niet alles is juist ingevuld. Kijk de velden met een foutmelding na.');
    expect(screen.getByText('Een wachtwoord heeft minstens 8 tekens.')).toBeTruthy();
    expect(screen.getByRole('combobox', { name: 'Rol' }).getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('Naam'));
  });

  it('tells the admin the password has no composition rules', () => {
    renderForm();
    expect(screen.getByText(/Cijfers, hoofdletters of speciale tekens zijn niet nodig/)).toBeTruthy();
  });

  it('sends the contract’s request, trimmed, and hands the new account on', async () => {
    const { onCreate, onCreated } = renderForm();
    fillValid();
    await submit();
    expect(onCreate).toHaveBeenCalledWith({ displayName: 'Nina Nieuw', email: 'nieuw@westhoek.demo', role: 'coordinator', password: 'een lange zin' });
    expect(onCreated).toHaveBeenCalledWith(created);
  });

  it('puts an address that is already a member here on the e-mail field', async () => {
    renderForm(vi.fn(() => Promise.reject(new ApiError(409, 'ALREADY_EXISTS', 'exists'))));
    fillValid();
    await submit();
    expect(field('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('E-mailadres'));
    expect(screen.getByRole('alert').textContent).toBe('Er is al een account met dit e-mailadres in je organisatie.');
  });

  it('explains why the server refused a common password', async () => {
    renderForm(vi.fn(() => Promise.reject(new ApiError(400, 'PASSWORD_TOO_WEAK', 'weak', { reason: 'TOO_COMMON' }))));
    fillValid();
    await submit();
    expect(field('Eerste wachtwoord').getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByRole('alert').textContent).toContain('Dit wachtwoord gebruiken te veel mensen');
  });
});

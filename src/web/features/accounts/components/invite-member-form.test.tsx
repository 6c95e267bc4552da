import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { CreateInvitationRequest, Invitation } from '../../../../contracts/invitations';
import { i18n, initI18n } from '../../../i18n/i18n';
import { ApiError } from '../../../lib/api-error';
import { InviteMemberForm } from './invite-member-form';

beforeAll(() => {
  initI18n('nl-BE');
});
afterEach(cleanup);

const invited: Invitation = {
  accountId: '3a0e9b4c-2d1f-4c5b-9a8e-7f6d5c4b3a21',
  email: 'nieuw@westhoek.demo',
  displayName: 'Nina Nieuw',
  role: 'counsellor',
  participantId: null,
  clientContactId: null,
  status: 'invited',
  linkExpiresAt: '2026-12-01T09:00:00.000Z',
};

const renderForm = (onInvite = vi.fn((_body: CreateInvitationRequest) => Promise.resolve(invited)), onInvited = vi.fn()) => {
  render(
    <I18nextProvider i18n={i18n}>
      <InviteMemberForm onInvite={onInvite} onInvited={onInvited} />
    </I18nextProvider>,
  );
  return { onInvite, onInvited };
};

const field = (name: string) => screen.getByLabelText(name, { exact: false, selector: 'input, select' });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const choose = (name: string, value: string) => fireEvent.change(screen.getByRole('combobox', { name }), { target: { value } });
const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: 'Uitnodiging versturen' }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

describe('the invitation form for colleagues', () => {
  it('has no password field: the person chooses their own', () => {
    renderForm();
    expect(document.querySelector('input[type="password"]')).toBeNull();
    expect(screen.getByText(/Naar dit adres sturen we de uitnodiging/)).toBeTruthy();
  });

  it('offers the staff and partner roles only, and asks a counsellor’s agency', async () => {
    const { onInvite } = renderForm();
    const roles = [...screen.getByRole('combobox', { name: 'Rol' }).querySelectorAll('option')].map((option) => option.value).filter(Boolean);
    expect(roles).toEqual(['coordinator', 'finance', 'admin', 'auditor', 'counsellor', 'coach']);
    type('Naam', 'Nina Nieuw');
    type('E-mailadres', 'nieuw@westhoek.demo');
    choose('Rol', 'counsellor');
    await submit();
    expect(onInvite).not.toHaveBeenCalled();
    expect(screen.getByRole('combobox', { name: 'Dienst' }).getAttribute('aria-invalid')).toBe('true');
    choose('Dienst', 'ocmw');
    await submit();
    expect(onInvite).toHaveBeenCalledWith({ displayName: 'Nina Nieuw', email: 'nieuw@westhoek.demo', role: 'counsellor', agency: 'ocmw' });
  });

  it('sends a colleague without agency, trimmed, and hands the invitation on', async () => {
    const { onInvite, onInvited } = renderForm();
    type('Naam', ' Nina Nieuw ');
    type('E-mailadres', ' nieuw@westhoek.demo ');
    choose('Rol', 'finance');
    await submit();
    expect(onInvite).toHaveBeenCalledWith({ displayName: 'Nina Nieuw', email: 'nieuw@westhoek.demo', role: 'finance' });
    expect(onInvited).toHaveBeenCalledWith(invited);
  });

  it('puts an address that is already a member here on the e-mail field', async () => {
    renderForm(vi.fn(() => Promise.reject(new ApiError(409, 'ALREADY_EXISTS', 'exists'))));
    type('Naam', 'Nina');
    type('E-mailadres', 'nieuw@westhoek.demo');
    choose('Rol', 'coach');
    await submit();
    expect(field('E-mailadres').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('E-mailadres'));
    expect(screen.getByRole('alert').textContent).toBe('Er is al een account met dit e-mailadres in je organisatie.');
  });
});

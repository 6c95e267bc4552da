import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { useState } from 'react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import { z } from 'zod';
import { FormFeedback } from '../components/form-feedback';
import { TextField } from '../components/text-field';
import { i18n, initI18n } from '../i18n/i18n';
import { ApiError } from './api-error';
import { useContractForm, type ContractFormOptions } from './use-contract-form';

beforeAll(() => {
  initI18n('nl-BE');
});
afterEach(cleanup);

const schema = z.object({ version: z.number().int(), name: z.string().trim().min(1).max(40), address: z.object({ postcode: z.string().regex(/^\d{4}$/) }) }).strict();

type Saved = { name: string };
type Options = Omit<ContractFormOptions<typeof schema, Saved>, 'schema'>;

const Harness = (options: Options) => {
  const [name, setName] = useState('Adinda');
  const [postcode, setPostcode] = useState('8630');
  const form = useContractForm({ schema, ...options });
  return (
    <form onSubmit={form.handleSubmit(() => ({ version: 3, name, address: { postcode } }))} aria-label="Gegevens">
      <TextField label="Naam" value={name} onChange={setName} error={form.fieldErrors.name} />
      <TextField label="Postcode" value={postcode} onChange={setPostcode} error={form.fieldErrors['address.postcode']} />
      <FormFeedback feedback={form.feedback} />
      <button type="submit">{form.isPending ? 'Bezig' : 'Opslaan'}</button>
    </form>
  );
};

const renderForm = (options: Partial<Options> = {}) => {
  const send = options.send ?? vi.fn((body: z.output<typeof schema>) => Promise.resolve({ name: body.name }));
  render(
    <I18nextProvider i18n={i18n}>
      <Harness {...options} send={send} />
    </I18nextProvider>,
  );
  return { send };
};

const field = (label: string) => screen.getByLabelText(label);
const submit = async () => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name: /Opslaan|Bezig/ }));
    await new Promise((resolve) => setTimeout(resolve, 0));
  });
};

describe('the contract form', () => {
  it('checks with the contract first: nothing is sent, the field says why and takes focus', async () => {
    const { send } = renderForm();
    fireEvent.change(field('Naam'), { target: { value: '  ' } });
    await submit();
    expect(send).not.toHaveBeenCalled();
    expect(screen.getByRole('alert').textContent).toBe('Nog niet alles is juist ingevuld. Kijk de velden met een foutmelding na.');
    expect(field('Naam').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('Naam'));
  });

  it('sends the parsed body, shows the pending state, ignores a second submit and confirms politely', async () => {
    let finish: (saved: Saved) => void = () => undefined;
    const send = vi.fn(() => new Promise<Saved>((resolve) => (finish = resolve)));
    const onSuccess = vi.fn();
    renderForm({ send, onSuccess, successText: 'De gegevens zijn bewaard.' });
    fireEvent.change(field('Naam'), { target: { value: ' Adinda Peeters ' } });
    await submit();
    expect(screen.getByRole('button', { name: 'Bezig' })).toBeTruthy();
    await submit();
    expect(send).toHaveBeenCalledTimes(1);
    expect(send).toHaveBeenCalledWith({ version: 3, name: 'Adinda Peeters', address: { postcode: '8630' } });
    await act(async () => {
      finish({ name: 'Adinda Peeters' });
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
    expect(screen.getByRole('status').textContent).toBe('De gegevens zijn bewaard.');
    expect(onSuccess).toHaveBeenCalledWith({ name: 'Adinda Peeters' });
    expect(screen.getByRole('button', { name: 'Opslaan' })).toBeTruthy();
  });

  it('puts the issues of a 400 VALIDATION_FAILED on their fields and focuses the first', async () => {
    const refusal = new ApiError(400, 'VALIDATION_FAILED', 'invalid', { issues: [{ path: 'body.address.postcode', message: 'Four digits' }] });
    renderForm({ send: vi.fn(() => Promise.reject(refusal)) });
    await submit();
    expect(screen.getByText('Een Belgische postcode heeft vier cijfers, bijvoorbeeld 8900.')).toBeTruthy();
    expect(document.activeElement).toBe(field('Postcode'));
  });

  it('on a 409 reloads the record, says so in the form’s words and focuses the alert when no field is wrong', async () => {
    const onConflict = vi.fn(() => Promise.resolve());
    renderForm({ send: vi.fn(() => Promise.reject(new ApiError(409, 'VERSION_CONFLICT', 'stale'))), onConflict, conflictText: 'Iemand was je voor.' });
    await submit();
    expect(onConflict).toHaveBeenCalledTimes(1);
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toBe('Iemand was je voor.');
    expect(document.activeElement).toBe(alert);
  });

  it('lists every rule reason of a refusal with its rule', async () => {
    const reasons = [{ code: 'DOMICILE_OUTSIDE_FLANDERS', rule: 'R1', details: { postcode: '1000' } }];
    renderForm({ send: vi.fn(() => Promise.reject(new ApiError(422, 'DOMICILE_OUTSIDE_FLANDERS', 'refused', { reasons }))) });
    await submit();
    const alert = screen.getByRole('alert');
    expect(alert.textContent).toContain('Dit mag niet volgens de regels van wijk-werken.');
    expect(screen.getByRole('list', { name: 'Redenen' }).textContent).toContain('Regel R1');
  });

  it('lets the form word a refusal it knows better, on its own field', async () => {
    const onRefused = vi.fn((error: ApiError) =>
      error.code === 'ALREADY_EXISTS' ? { message: 'Die naam bestaat al.', fieldErrors: { name: 'Die naam bestaat al.' } } : undefined,
    );
    renderForm({ send: vi.fn(() => Promise.reject(new ApiError(409, 'ALREADY_EXISTS', 'taken'))), onRefused });
    await submit();
    expect(screen.getByRole('alert').textContent).toBe('Die naam bestaat al.');
    expect(field('Naam').getAttribute('aria-invalid')).toBe('true');
    expect(document.activeElement).toBe(field('Naam'));
  });
});

import { act, cleanup, fireEvent, render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Office, ReplaceOpeningHoursRequest } from '../../../../contracts/offices';
import { i18n, initI18n } from '../../../i18n/i18n';
import { ApiError } from '../../../lib/api-error';
import { OpeningHoursEditor } from './opening-hours-editor';

beforeAll(() => {
  initI18n('nl-BE');
});
afterEach(cleanup);

const veurne: Office = {
  id: '2f79a25a-3ca3-4c90-8493-922af5110e80',
  name: 'Wijk-werkkantoor Veurne',
  phone: '058 31 22 40',
  email: 'veurne@wijkwerken-westhoek.demo',
  address: { street: 'Appelmarkt 5', postcode: '8630', city: 'Veurne' },
  openingHours: [
    { weekday: 2, opensAt: '09:00', closesAt: '12:00' },
    { weekday: 4, opensAt: '09:00', closesAt: '12:00' },
  ],
  closures: [],
  version: 3,
};

const renderEditor = (
  onSave = vi.fn((body: ReplaceOpeningHoursRequest) => Promise.resolve({ ...veurne, openingHours: body.slots, version: veurne.version + 1 })),
  onReload = vi.fn(() => Promise.resolve<Office | null>({ ...veurne, version: 7 })),
) => {
  const view = render(
    <I18nextProvider i18n={i18n}>
      <OpeningHoursEditor office={veurne} onSave={onSave} onReload={onReload} />
    </I18nextProvider>,
  );
  return { ...view, onSave, onReload };
};

const field = (name: string) => screen.getByLabelText(name, { exact: true });
const type = (name: string, value: string) => fireEvent.change(field(name), { target: { value } });
const press = async (name: string) => {
  await act(async () => {
    fireEvent.click(screen.getByRole('button', { name }));
    await Promise.resolve();
  });
};

describe('the opening-hours editor', () => {
  it('shows every weekday, with the current slots and a closed note on the other days', () => {
    renderEditor();
    expect(screen.getAllByRole('group')).toHaveLength(7);
    expect(field('dinsdag, tijdslot 1: Opent om')).toHaveProperty('value', '09:00');
    expect(screen.getAllByText('Gesloten')).toHaveLength(5);
  });

  it('adds a slot, moves focus into it, and saves the whole week with the office version', async () => {
    const { onSave } = renderEditor();
    await press('Tijdslot toevoegen op maandag');
    expect(document.activeElement).toBe(field('maandag, tijdslot 1: Opent om'));
    type('maandag, tijdslot 1: Opent om', '8u30');
    type('maandag, tijdslot 1: Sluit om', '12:00');
    await press('Openingsuren opslaan');

    expect(onSave).toHaveBeenCalledWith({
      version: 3,
      slots: [
        { weekday: 1, opensAt: '08:30', closesAt: '12:00' },
        { weekday: 2, opensAt: '09:00', closesAt: '12:00' },
        { weekday: 4, opensAt: '09:00', closesAt: '12:00' },
      ],
    });
    expect(await screen.findByText('De openingsuren zijn opgeslagen.')).toBeDefined();
    expect(field('maandag, tijdslot 1: Opent om')).toHaveProperty('value', '08:30');
  });

  it('removes a slot and keeps focus on that day', async () => {
    const { onSave } = renderEditor();
    await press('Verwijderen tijdslot 1 op dinsdag');
    expect(document.activeElement).toBe(screen.getByRole('button', { name: 'Tijdslot toevoegen op dinsdag' }));
    await press('Openingsuren opslaan');
    expect(onSave).toHaveBeenCalledWith({ version: 3, slots: [{ weekday: 4, opensAt: '09:00', closesAt: '12:00' }] });
  });

  it('refuses a closing time before the opening time next to the field, without calling the server', async () => {
    const { onSave } = renderEditor();
    type('dinsdag, tijdslot 1: Sluit om', '08:00');
    await press('Openingsuren opslaan');
    expect(onSave).not.toHaveBeenCalled();
    const closesAt = field('dinsdag, tijdslot 1: Sluit om');
    expect(closesAt.getAttribute('aria-invalid')).toBe('true');
    expect(screen.getByText('Het sluitingsuur moet later zijn dan het openingsuur.')).toBeDefined();
    expect(screen.getByRole('alert').textContent).toContain('Nog niet alles is juist ingevuld');
    expect(document.activeElement).toBe(closesAt);
  });

  it('refuses a time it cannot read', async () => {
    const { onSave } = renderEditor();
    type('donderdag, tijdslot 1: Opent om', 'negen');
    await press('Openingsuren opslaan');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('Schrijf het uur als uu:mm, bijvoorbeeld 09:00.')).toBeDefined();
  });

  it('names the day whose slots overlap', async () => {
    const { onSave } = renderEditor();
    await press('Tijdslot toevoegen op dinsdag');
    type('dinsdag, tijdslot 2: Opent om', '11:00');
    type('dinsdag, tijdslot 2: Sluit om', '13:00');
    await press('Openingsuren opslaan');
    expect(onSave).not.toHaveBeenCalled();
    expect(screen.getByText('De tijdsloten op dinsdag overlappen. Pas ze aan.')).toBeDefined();
  });

  it('explains a version conflict and starts again from the reloaded office', async () => {
    const conflict = new ApiError(409, 'VERSION_CONFLICT', 'stale');
    const onSave = vi.fn(() => Promise.reject(conflict));
    const reloaded: Office = { ...veurne, version: 7, openingHours: [{ weekday: 5, opensAt: '10:00', closesAt: '11:00' }] };
    const onReload = vi.fn(() => Promise.resolve<Office | null>(reloaded));
    renderEditor(onSave, onReload);
    await press('Openingsuren opslaan');
    expect((await screen.findByRole('alert')).textContent).toContain('Iemand anders heeft dit kantoor intussen gewijzigd');
    expect(onReload).toHaveBeenCalledTimes(1);
    expect(field('vrijdag, tijdslot 1: Opent om')).toHaveProperty('value', '10:00');
    expect(screen.queryByLabelText('dinsdag, tijdslot 1: Opent om', { exact: true })).toBeNull();
  });
});

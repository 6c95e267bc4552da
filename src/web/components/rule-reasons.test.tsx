import { cleanup, render, screen, within } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { afterEach, beforeAll, describe, expect, it } from 'vitest';
import { i18n, initI18n } from '../i18n/i18n';
import { ApiError } from '../lib/api-error';
import { ruleReasonsOf } from '../lib/rule-reasons';
import { RuleReasons } from './rule-reasons';

beforeAll(() => {
  initI18n('nl-BE');
});
afterEach(cleanup);

const renderReasons = (error: unknown) =>
  render(
    <I18nextProvider i18n={i18n}>
      <RuleReasons reasons={ruleReasonsOf(error)} label="Redenen" />
    </I18nextProvider>,
  );

describe('rule reasons', () => {
  it('lists every reason of a refusal with its rule, dates in words', () => {
    const refusal = new ApiError(422, 'MEDICAL_ADVISER_PERMISSION_NOT_VALID_ON_DATE', 'not eligible', {
      rule: 'R3',
      reasons: [
        { code: 'MEDICAL_ADVISER_PERMISSION_NOT_VALID_ON_DATE', rule: 'R3', details: { validFrom: '2026-01-01', validTo: '2026-06-30', date: '2026-11-24' } },
        { code: 'NOT_AVAILABLE_FOR_LABOUR_MARKET', rule: 'R22' },
      ],
    });
    renderReasons(refusal);
    const items = within(screen.getByRole('list', { name: 'Redenen' })).getAllByRole('listitem');
    expect(items.map((item) => item.textContent)).toEqual([
      'Regel R3 De toestemming van de adviserend arts geldt van donderdag 1 januari 2026 tot en met dinsdag 30 juni 2026, niet op dinsdag 24 november 2026.',
      'Regel R22 De persoon is niet beschikbaar voor de arbeidsmarkt.',
    ]);
  });

  it('names the rule of a refusal that carries no reason list (R7)', () => {
    renderReasons(new ApiError(422, 'AGREEMENT_NOT_SIGNED', 'sign first', { rule: 'R7' }));
    expect(screen.getByRole('listitem').textContent).toBe('Regel R7 De wijk-werkovereenkomst is nog niet ondertekend. Registreer eerst de handtekening.');
  });

  it('words a code the web does not know yet generically, with its rule and code', () => {
    renderReasons(new ApiError(422, 'NEW_RULE', 'no', { reasons: [{ code: 'NEW_RULE', rule: 'R23' }] }));
    expect(screen.getByRole('listitem').textContent).toBe('Regel R23 Dit mag niet volgens de regels van wijk-werken (code NEW_RULE).');
  });

  it('shows nothing for errors that are not rule refusals', () => {
    expect(ruleReasonsOf(new ApiError(409, 'VERSION_CONFLICT', 'stale'))).toEqual([]);
    expect(ruleReasonsOf(new Error('boom'))).toEqual([]);
    renderReasons(new ApiError(404, 'NOT_FOUND', 'gone'));
    expect(screen.queryByRole('list')).toBeNull();
  });
});

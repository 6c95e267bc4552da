import type { TFunction } from 'i18next';
import { describe, expect, it } from 'vitest';
import type { z } from 'zod';
import { createClosureRequestSchema } from '../../contracts/offices';
import { createCaseNoteRequestSchema, uploadDocumentRequestSchema } from '../../contracts/participants';
import { fieldErrorsFromZod } from './validation';

// The key itself stands for the translated text.
const t = ((key: string) => key) as unknown as TFunction;

const errorsOf = (schema: z.ZodType, value: unknown) => fieldErrorsFromZod(t, schema.safeParse(value).error?.issues ?? []);

describe('form messages for the contracts’ input checks', () => {
  it('a date outside 1900–2199 asks for a valid date, not for the end to follow the start', () => {
    expect(errorsOf(createClosureRequestSchema, { startsOn: '2026-07-01', endsOn: '2200-01-01', reason: 'Zomer' })).toEqual({ endsOn: 'validation.date' });
    expect(errorsOf(createClosureRequestSchema, { startsOn: '2026-07-10', endsOn: '2026-07-01', reason: 'Zomer' })).toEqual({ endsOn: 'validation.endsBeforeStarts' });
    const document = { type: 'medical_permission', fileName: 'a.pdf', mimeType: 'application/pdf', contentBase64: 'JVBERi0=' };
    expect(errorsOf(uploadDocumentRequestSchema, { ...document, validFrom: '0001-01-01', validTo: '2027-01-01' })).toEqual({ validFrom: 'validation.date' });
  });

  it('text with a character that cannot be stored is called invalid', () => {
    expect(errorsOf(createCaseNoteRequestSchema, { body: 'Gesprek\u0000', visibility: 'staff' })).toEqual({ body: 'validation.invalid' });
  });
});

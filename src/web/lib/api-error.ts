import nlBE from '../i18n/nl-BE.json';

export type FieldIssue = { path: string; message: string };

export class ApiError extends Error {
  constructor(
    readonly status: number,
    readonly code: string,
    message: string,
    readonly details: Record<string, unknown> = {},
    readonly requestId?: string,
  ) {
    super(message);
    this.name = 'ApiError';
  }

  /** The field issues of a 400 VALIDATION_FAILED, with the server's `body.` prefix removed so paths match form fields. */
  get fieldIssues(): FieldIssue[] {
    const issues = this.details.issues;
    if (!Array.isArray(issues)) return [];
    return issues.flatMap((issue: unknown) => {
      if (typeof issue !== 'object' || issue === null) return [];
      const { path, message } = issue as Record<string, unknown>;
      if (typeof path !== 'string') return [];
      return [{ path: path.replace(/^body\.?/, ''), message: typeof message === 'string' ? message : '' }];
    });
  }
}

type TranslatedCode = keyof typeof nlBE.errors;

// Checked at run time rather than against the contract's code list: the server may add a code before the web
// translates it, and that must degrade to a generic message, not break the build. A unit test keeps them in step.
const isTranslatedCode = (code: string): code is TranslatedCode => Object.hasOwn(nlBE.errors, code);

/** The translation key for any failure, so every screen words the same error the same way. */
export const errorMessageKey = (error: unknown): `errors.${TranslatedCode}` =>
  error instanceof ApiError && isTranslatedCode(error.code) ? `errors.${error.code}` : 'errors.UNKNOWN';

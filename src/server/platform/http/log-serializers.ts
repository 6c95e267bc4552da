type DatabaseErrorFields = { code?: unknown; constraint?: unknown; table?: unknown; column?: unknown };

const isDatabaseCode = (code: unknown): code is string => typeof code === 'string' && (/^[0-9A-Z]{5}$/.test(code) || code.startsWith('E'));

/** The driver's error in the chain (the ORM wraps it as `cause`): the one whose code is a SQLSTATE or a network code. */
const databaseError = (error: unknown): (Error & DatabaseErrorFields) | null => {
  for (let current: unknown = error, depth = 0; current instanceof Error && depth < 3; current = current.cause, depth += 1) {
    if (isDatabaseCode((current as DatabaseErrorFields).code)) return current;
  }
  return null;
};

/** The PostgreSQL SQLSTATE or the network error code, also when the ORM wrapped the driver's error. */
export const databaseErrorCode = (error: unknown): string | null => {
  const code = databaseError(error)?.code;
  return typeof code === 'string' ? code : null;
};

const nameOf = (value: unknown): string | undefined => (typeof value === 'string' ? value : undefined);

/**
 * An error as a log may show it: its type, its code, the SQL state with the constraint, table and column it names,
 * and where it was thrown. Never its message nor its other properties: a failed query's message and `params` list the
 * values it carried (an INSZ, an IBAN), and PostgreSQL's `detail` repeats the offending row.
 */
export const serializeError = (error: unknown): { type: string; message: string; stack: string; [key: string]: unknown } => {
  if (!(error instanceof Error)) return { type: typeof error, message: '[redacted]', stack: '' };
  const code = nameOf((error as DatabaseErrorFields).code);
  const database = databaseError(error);
  return {
    type: error.constructor.name,
    message: '[redacted]',
    ...(code ? { code } : {}),
    ...(database ? { sqlState: nameOf(database.code), constraint: nameOf(database.constraint), table: nameOf(database.table), column: nameOf(database.column) } : {}),
    stack: (error.stack ?? '')
      .split('\n')
      .filter((line) => /^\s+at /.test(line))
      .slice(0, 15)
      .join('\n'),
  };
};

/** A request as a log may show it: method and path. The query string can hold a searched name or e-mail address. */
export const serializeRequest = (request: { method: string; url: string }): Record<string, string> => ({
  method: request.method,
  url: request.url.split('?')[0] ?? '',
});

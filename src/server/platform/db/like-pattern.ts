/** A `%text%` pattern for LIKE/ILIKE with the user's own `%`, `_` and `\` taken literally. */
export const containsPattern = (text: string): string => `%${text.replaceAll(/[\\%_]/g, (match) => `\\${match}`)}%`;

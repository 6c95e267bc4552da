/** What an INSZ (rijksregisternummer or bis-nummer) tells, once its check digits are right. */
export type InszInfo = {
  /** The 11 digits without separators. */
  readonly insz: string;
  /** `YYYY-MM-DD`, or null when the number does not encode a full birth date (bis numbers with unknown month/day). */
  readonly birthDate: string | null;
  readonly isBisNumber: boolean;
};

const mod97Check = (nineDigits: bigint): number => 97 - Number(nineDigits % 97n);

const isRealDate = (year: number, month: number, day: number): boolean => {
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
};

/**
 * Parses an INSZ written as people write it (`85.07.30-033.28`, spaces, dashes). The check number is
 * 97 − (first nine digits mod 97); for people born from 2000 on, a 2 is put in front of the nine digits first,
 * which is also how the century is known. Bis numbers add 20 (sex unknown) or 40 (sex known) to the month.
 * Returns null for anything that is not a valid INSZ.
 */
export function parseInsz(text: string): InszInfo | null {
  const digits = text.replaceAll(/[\s.\-/]/g, '');
  if (!/^\d{11}$/.test(digits)) return null;
  const body = BigInt(digits.slice(0, 9));
  const check = Number(digits.slice(9));
  const century = check === mod97Check(body) ? 1900 : check === mod97Check(2_000_000_000n + body) ? 2000 : null;
  if (century === null) return null;

  const yy = Number(digits.slice(0, 2));
  const rawMonth = Number(digits.slice(2, 4));
  const day = Number(digits.slice(4, 6));
  const isBisNumber = rawMonth >= 20;
  const month = rawMonth >= 40 ? rawMonth - 40 : rawMonth >= 20 ? rawMonth - 20 : rawMonth;
  if (month > 12) return null;
  const year = century + yy;
  const hasFullDate = month >= 1 && day >= 1 && isRealDate(year, month, day);
  if (!hasFullDate && !isBisNumber && !(month === 0 || day === 0)) return null;
  return {
    insz: digits,
    birthDate: hasFullDate ? `${year}-${String(month).padStart(2, '0')}-${String(day).padStart(2, '0')}` : null,
    isBisNumber,
  };
}

/** `85073003328` → `85.07.30-033.28`, the way the number is printed on Belgian documents. */
export function formatInsz(insz: string): string {
  return `${insz.slice(0, 2)}.${insz.slice(2, 4)}.${insz.slice(4, 6)}-${insz.slice(6, 9)}.${insz.slice(9, 11)}`;
}

import { dictionary } from '@zxcvbn-ts/language-common';

export const passwordMinLength = 8;
export const passwordMaxLength = 128;

let commonPasswords: Set<string> | undefined;

export type PasswordProblem = 'TOO_SHORT' | 'TOO_LONG' | 'TOO_COMMON';

/**
 * ASVS L2 password rules: at least 8 characters, at least 64 allowed (we allow 128), no composition rules,
 * and none of the ~30,000 most common passwords (zxcvbn's list).
 */
export const findPasswordProblem = (password: string): PasswordProblem | null => {
  const length = [...password].length;
  if (length < passwordMinLength) return 'TOO_SHORT';
  if (length > passwordMaxLength) return 'TOO_LONG';
  commonPasswords ??= new Set(dictionary['passwords-common']);
  if (commonPasswords.has(password.toLowerCase())) return 'TOO_COMMON';
  return null;
};

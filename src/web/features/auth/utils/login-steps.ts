import type { SessionStage } from '../../../../contracts/sessions';

export const returnParam = 'terug';

export const secondFactorPath = '/aanmelden/code';
export const enrollmentPath = '/aanmelden/authenticator';

/** Only paths inside this app: an open redirect to another site would make a fine phishing link. */
export const safeReturnPath = (value: string | null): string => (value && value.startsWith('/') && !value.startsWith('//') && !value.startsWith('/\\') ? value : '/');

const withReturn = (path: string, returnPath: string): string => (returnPath === '/' ? path : `${path}?${returnParam}=${encodeURIComponent(returnPath)}`);

/**
 * Where a session in a given stage belongs: the page the person asked for once the login is complete, otherwise
 * the step that finishes it, carrying that page along so nobody has to find it again afterwards.
 */
export const stagePath = (stage: SessionStage, returnPath: string): string => {
  if (stage === 'second_factor') return withReturn(secondFactorPath, returnPath);
  if (stage === 'enrollment') return withReturn(enrollmentPath, returnPath);
  return returnPath;
};

/** The login page, remembering the page to return to (the start page needs no reminder). */
export const loginPath = (returnPath: string): string => withReturn('/aanmelden', returnPath);

/** A secret as authenticator apps ask for it when typed: groups of four, easier to read aloud and to check. */
export const groupSecret = (secret: string): string[] => secret.replaceAll(/\s/g, '').match(/.{1,4}/g) ?? [];

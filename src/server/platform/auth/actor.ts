import type { Role } from '../../../contracts/roles';

/** Who is acting: resolved from the session cookie on every request. */
export type Actor = {
  accountId: string;
  organiserId: string;
  role: Role;
  sessionTokenHash: string;
  csrfToken: string;
};

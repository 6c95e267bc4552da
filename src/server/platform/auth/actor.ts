import type { Agency } from '../../../contracts/referrals';
import type { Role } from '../../../contracts/roles';
import type { SessionStage } from '../../../contracts/sessions';

/** Who is acting: resolved from the session cookie on every request. */
export type Actor = {
  accountId: string;
  organiserId: string;
  role: Role;
  /** Counsellors only: VDAB or OCMW, which decides what consent lets them see. */
  agency: Agency | null;
  sessionTokenHash: string;
  /** Anything but `complete` may only finish logging in (second factor or its setup). */
  sessionStage: SessionStage;
  csrfToken: string;
};

import type { TFunction } from 'i18next';
import { roles, type Role } from '../../../../contracts/roles';

/** Every role by its name in the interface, staff first: those are the accounts an admin creates most. */
const order: readonly Role[] = ['coordinator', 'finance', 'admin', 'auditor', 'counsellor', 'coach', 'participant', 'client'];

export const roleOptions = (t: TFunction): Array<{ value: Role; label: string }> =>
  [...roles].sort((a, b) => order.indexOf(a) - order.indexOf(b)).map((role) => ({ value: role, label: t(`roles.${role}`) }));

import { organisers } from '../../platform/tenancy/schema';

/** The fields of the organiser that its settings page shows. */
export const organiserSettingsColumns = {
  id: organisers.id,
  slug: organisers.slug,
  name: organisers.name,
  requireStaffTwoFactor: organisers.requireStaffTwoFactor,
  outsideAreaPolicy: organisers.outsideAreaPolicy,
  version: organisers.version,
};

import { organiserSettingsSchema, updateOrganiserSettingsRequestSchema } from '../../../contracts/organiser';
import { allow } from '../../platform/auth/policy';
import type { App } from '../../platform/http/build-app';
import { inSnapshot, inTransaction } from '../../platform/http/transaction';
import { findOrganiserSettings } from './find-organiser-settings';
import { updateOrganiserSettings } from './update-organiser-settings';
import { organiserPolicy } from '../../../contracts/policies/organiser';

const tags = ['organiser'];

export const registerOrganiserRoutes = (app: App): void => {
  app.get('/api/organiser', {
    config: { access: allow(organiserPolicy, 'organiser.read') },
    schema: { operationId: 'getOrganiserSettings', summary: "The organiser's settings", tags, response: { 200: organiserSettingsSchema } },
    handler: (request) => inSnapshot(request, (db, context) => findOrganiserSettings(db, context)),
  });

  app.patch('/api/organiser', {
    config: { access: allow(organiserPolicy, 'organiser.update') },
    schema: {
      operationId: 'updateOrganiserSettings',
      summary: "Change the organiser's settings",
      tags,
      body: updateOrganiserSettingsRequestSchema,
      response: { 200: organiserSettingsSchema },
    },
    handler: (request) => inTransaction(request, (tx, context) => updateOrganiserSettings(tx, context, request.body)),
  });
};

import { loadConfig } from '../platform/config';
import { openCliDatabase } from './open-cli-database';
import { demoEmail, demoOrganiserSlug, demoPassword, loadDemoData } from '../demo/load-demo-data';

const database = await openCliDatabase(loadConfig(), 'start it with `npm start -- --demo`');
try {
  const { created } = await loadDemoData(database.db);
  console.info(
    created
      ? `Loaded the demo organiser "${demoOrganiserSlug}". Log in as ${demoEmail('admin')} (or coordinator, counsellor, coach, finance, auditor, participant, client @westhoek.demo) with password ${demoPassword}.`
      : `The demo organiser "${demoOrganiserSlug}" is already there; nothing changed.`,
  );
} finally {
  await database.close();
}

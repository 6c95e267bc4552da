import { ensurePgliteTemplate } from '../platform/db/pglite-template';

const path = await ensurePgliteTemplate();
console.info(`Embedded database template ready: ${path}`);

import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { PGlite } from '@electric-sql/pglite';
import type { TestProject } from 'vitest/node';
import { migrationsFolder } from '../platform/db/migrations';
import { openPglite } from '../platform/db/open-database';

/** Identifies the migrations and the PGlite version, so the cached template is rebuilt exactly when they change. */
const templateKey = (): string => {
  const hash = createHash('sha256');
  const pgliteVersion = JSON.parse(readFileSync('node_modules/@electric-sql/pglite/package.json', 'utf8')) as { version: string };
  hash.update(pgliteVersion.version);
  for (const file of readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' }).sort()) {
    if (file.endsWith('.sql') || file.endsWith('.json')) hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  return hash.digest('hex').slice(0, 16);
};

/**
 * Creating a PGlite database costs 4–10 s (initdb in WASM); loading a migrated template costs ~1 s.
 * Build the template once (cached between runs under .tmp/) and let every test file start from a copy.
 */
export const setup = async (project: TestProject): Promise<void> => {
  const dir = join(process.cwd(), '.tmp');
  mkdirSync(dir, { recursive: true });
  const templatePath = join(dir, `pglite-template-${templateKey()}.tar.gz`);
  if (!existsSync(templatePath)) {
    const client = new PGlite();
    const handle = await openPglite(client);
    const dump = await client.dumpDataDir('gzip');
    await handle.close();
    writeFileSync(`${templatePath}.partial`, Buffer.from(await dump.arrayBuffer()));
    renameSync(`${templatePath}.partial`, templatePath);
  }
  project.provide('pgliteTemplatePath', templatePath);
};

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresUrl: string;
  }
}

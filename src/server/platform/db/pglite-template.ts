import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';
import { migrationsFolder } from './migrations';
import { createPgliteClient, openPglite } from './open-pglite';

export const defaultTemplateDir = join(migrationsFolder, '..', '..', 'dist');

const pgliteVersion = (): string => {
  // The package exports no ./package.json; find it beside the resolved entry point.
  const entry = createRequire(import.meta.url).resolve('@electric-sql/pglite');
  const marker = `${join('node_modules', '@electric-sql', 'pglite')}`;
  const packagePath = join(entry.slice(0, entry.lastIndexOf(marker) + marker.length), 'package.json');
  return (JSON.parse(readFileSync(packagePath, 'utf8')) as { version: string }).version;
};

/** Changes exactly when the PGlite version or a migration changes, so a template never outlives its schema. */
const templateKey = (): string => {
  const hash = createHash('sha256').update(pgliteVersion());
  for (const file of readdirSync(migrationsFolder, { recursive: true, encoding: 'utf8' }).sort()) {
    if (file.endsWith('.sql') || file.endsWith('.json')) hash.update(file).update(readFileSync(join(migrationsFolder, file)));
  }
  return hash.digest('hex').slice(0, 16);
};

export const templatePath = (dir: string): string => join(dir, `pglite-template-${templateKey()}.tar.gz`);

/**
 * A freshly initialised and migrated PGlite data folder as a tarball. Creating a database costs 4–10 s and
 * ~900 MB (initdb in WASM); loading this template costs ~1 s and ~390 MB, so the build makes it once and
 * first starts and test files load it.
 */
export const ensurePgliteTemplate = async (dir: string = defaultTemplateDir): Promise<string> => {
  const path = templatePath(dir);
  if (existsSync(path)) return path;
  mkdirSync(dirname(path), { recursive: true });
  const client = createPgliteClient();
  const handle = await openPglite(client);
  const dump = await client.dumpDataDir('gzip');
  await handle.close();
  writeFileSync(`${path}.partial`, Buffer.from(await dump.arrayBuffer()));
  renameSync(`${path}.partial`, path);
  // Templates of older schemas are never loaded again.
  for (const file of readdirSync(dirname(path))) {
    if (file.startsWith('pglite-template-') && join(dirname(path), file) !== path) rmSync(join(dirname(path), file), { force: true });
  }
  return path;
};

/** The template for the current schema if the build made one, else null (the caller then runs initdb). */
export const findPgliteTemplate = (dir: string = defaultTemplateDir): Blob | null => {
  const path = templatePath(dir);
  return existsSync(path) ? new Blob([readFileSync(path)]) : null;
};

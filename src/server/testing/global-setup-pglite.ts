import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { ensurePgliteTemplate } from '../platform/db/pglite-template';

/** Every test file starts from a copy of one migrated template (cached under .tmp/ between runs). */
export const setup = async (project: TestProject): Promise<void> => {
  project.provide('pgliteTemplatePath', await ensurePgliteTemplate(join(process.cwd(), '.tmp')));
};

declare module 'vitest' {
  export interface ProvidedContext {
    pgliteTemplatePath: string;
    postgresUrl: string;
  }
}

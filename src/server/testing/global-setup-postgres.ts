import { execFileSync } from 'node:child_process';
import type { TestProject } from 'vitest/node';
import { openPostgres } from '../platform/db/open-database';

export const templateDatabase = 'wijkwerk_template';

let clusterDir: string | undefined;

/** Starts a throwaway PostgreSQL 15 cluster and migrates a template database every test file copies. */
export const setup = async (project: TestProject): Promise<void> => {
  const output = execFileSync('bash', ['scripts/postgres-test-cluster.sh', 'start'], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'inherit'] });
  const [dir, url] = output.trim().split(' ');
  if (!dir || !url) throw new Error(`Unexpected cluster output: ${output}`);
  clusterDir = dir;
  const admin = await openPostgresWithoutMigrations(url);
  await admin.query(`create database ${templateDatabase}`);
  await admin.end();
  const templateUrl = new URL(url);
  templateUrl.pathname = `/${templateDatabase}`;
  const template = await openPostgres(templateUrl.toString());
  await template.close();
  project.provide('postgresUrl', url);
};

export const teardown = (): void => {
  if (clusterDir) execFileSync('bash', ['scripts/postgres-test-cluster.sh', 'stop', clusterDir], { stdio: 'inherit' });
};

const openPostgresWithoutMigrations = async (url: string) => {
  const { default: pg } = await import('pg');
  const client = new pg.Client({ connectionString: url });
  await client.connect();
  return client;
};

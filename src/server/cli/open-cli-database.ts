import type { Config } from '../platform/config';
import type { DatabaseHandle } from '../platform/db/database';
import { DataDirLockedError } from '../platform/db/data-dir-lock';
import { openDatabase } from '../platform/db/open-database';

/**
 * Opens the database for a command-line tool. A data folder held by a running server, or a database that cannot
 * be reached, ends the tool with one sentence and exit code 1 instead of a stack trace.
 */
export const openCliDatabase = async (config: Config, instead: string): Promise<DatabaseHandle> => {
  try {
    return await openDatabase(config);
  } catch (error) {
    if (error instanceof DataDirLockedError && error.holderPid !== null) {
      console.error(`A running Wijkwerk server (pid ${error.holderPid}) is using the data folder ${error.dataDir}: stop the server first, or ${instead}.`);
    } else {
      console.error(`Could not open the database: ${error instanceof Error ? error.message : String(error)}`);
    }
    process.exit(1);
  }
};

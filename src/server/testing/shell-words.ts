/** Splits a command line the way a POSIX shell does for plain words and quoted phrases (no escapes, no variables). */
export const shellWords = (line: string): string[] => [...line.matchAll(/"([^"]*)"|'([^']*)'|(\S+)/g)].map((match) => match[1] ?? match[2] ?? match[3] ?? '');

/** The arguments npm passes to the script of `npm run <script> -- …`. */
export const npmRunArgs = (command: string, script: string): string[] => {
  const words = shellWords(command);
  const prefix = ['npm', 'run', script, '--'];
  if (prefix.some((word, index) => words[index] !== word)) throw new Error(`Not an "npm run ${script} --" command: ${command}`);
  return words.slice(prefix.length);
};

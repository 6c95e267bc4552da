import { parseArgs } from 'node:util';
import { emailSchema } from '../../contracts/common';

/** Printed by the server on an empty database; a test runs it as printed. */
export const createAdminExample = 'npm run admin:create -- --email you@example.org --name "Your Name" --organiser-slug my-organiser --organiser-name "My organiser"';

export const createAdminUsage = `Usage: npm run admin:create -- --email <e-mail> --name "<full name>" --organiser-slug <a-z, 0-9, -> [--organiser-name "<name>"]
Creates the organiser (when its slug is new) and its first administrator, for example:
  ${createAdminExample}
The password comes from the environment variable ADMIN_PASSWORD; without it a strong one is generated and printed once.`;

export type CreateAdminArgs = { email: string; name: string; organiserSlug: string; organiserName: string };

type Parsed = { ok: true; args: CreateAdminArgs } | { ok: false; problem: string };

const options = {
  email: { type: 'string' },
  name: { type: 'string' },
  'organiser-slug': { type: 'string' },
  'organiser-name': { type: 'string' },
} as const;

const slugPattern = /^[a-z0-9-]{2,60}$/;

/** Strict: an unknown option, a missing value or a stray argument is a problem stated in one line, never a stack. */
export const parseCreateAdminArgs = (argv: string[]): Parsed => {
  let values: { [key in keyof typeof options]?: string };
  try {
    ({ values } = parseArgs({ args: argv, options, strict: true, allowPositionals: false }));
  } catch (error) {
    // Node's messages go on with advice about `--`; their first sentence is the problem.
    const message = error instanceof Error ? error.message : String(error);
    return { ok: false, problem: message.split(/\.\s/)[0] ?? message };
  }
  const email = emailSchema.safeParse(values.email?.trim().toLowerCase());
  const name = values.name?.trim();
  const slug = values['organiser-slug'];
  if (values.email === undefined) return { ok: false, problem: 'Option --email is missing' };
  if (!email.success) return { ok: false, problem: `"${values.email}" is not an e-mail address` };
  if (!name) return { ok: false, problem: 'Option --name is missing' };
  if (slug === undefined) return { ok: false, problem: 'Option --organiser-slug is missing' };
  if (!slugPattern.test(slug)) return { ok: false, problem: 'The organiser slug takes 2 to 60 characters a-z, 0-9 and -' };
  return { ok: true, args: { email: email.data, name, organiserSlug: slug, organiserName: values['organiser-name']?.trim() || slug } };
};

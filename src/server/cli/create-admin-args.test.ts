import { describe, expect, it } from 'vitest';
import { npmRunArgs } from '../testing/shell-words';
import { createAdminExample, parseCreateAdminArgs } from './create-admin-args';

describe('admin:create arguments', () => {
  it('the example the server prints on an empty database parses as it is written', () => {
    const parsed = parseCreateAdminArgs(npmRunArgs(createAdminExample, 'admin:create'));
    expect(parsed).toEqual({
      ok: true,
      args: { email: 'you@example.org', name: 'Your Name', organiserSlug: 'my-organiser', organiserName: 'My organiser' },
    });
  });

  it.each([
    ['the old hint’s --organiser', ['--email', 'a@example.org', '--organiser', 'Naam'], "Unknown option '--organiser'"],
    ['a flag without its value', ['--name', 'An', '--organiser-slug', 'x1', '--email'], "Option '--email <value>' argument missing"],
    ['a stray word', ['--email', 'a@example.org', 'An'], "Unexpected argument 'An'"],
    ['no e-mail', ['--name', 'An', '--organiser-slug', 'west'], 'Option --email is missing'],
    ['a wrong e-mail', ['--email', 'an', '--name', 'An', '--organiser-slug', 'west'], '"an" is not an e-mail address'],
    ['no name', ['--email', 'a@example.org', '--organiser-slug', 'west'], 'Option --name is missing'],
    ['no slug', ['--email', 'a@example.org', '--name', 'An'], 'Option --organiser-slug is missing'],
    ['a slug with capitals', ['--email', 'a@example.org', '--name', 'An', '--organiser-slug', 'West'], 'The organiser slug takes 2 to 60 characters a-z, 0-9 and -'],
  ])('refuses %s with a one-line problem', (_case, argv, problem) => {
    const parsed = parseCreateAdminArgs(argv);
    expect(parsed).toEqual({ ok: false, problem });
  });

  it('the organiser name defaults to the slug', () => {
    expect(parseCreateAdminArgs(['--email', 'A@Example.org', '--name', ' An ', '--organiser-slug', 'west'])).toMatchObject({
      ok: true,
      args: { email: 'a@example.org', name: 'An', organiserName: 'west' },
    });
  });
});

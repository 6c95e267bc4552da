import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './login-page';

describe('the return path after logging in', () => {
  it('follows paths inside the app', () => {
    expect(safeReturnPath('/beheer/kantoren')).toBe('/beheer/kantoren');
    expect(safeReturnPath('/beheer/kantoren?x=1')).toBe('/beheer/kantoren?x=1');
  });

  it.each([null, '', 'https://evil.example', '//evil.example/path', '/\\evil.example', 'beheer'])('refuses %j and goes home', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
});

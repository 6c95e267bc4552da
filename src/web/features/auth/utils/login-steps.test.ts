import { describe, expect, it } from 'vitest';
import { groupSecret, loginPath, safeReturnPath, stagePath } from './login-steps';

describe('the return path after logging in', () => {
  it('follows paths inside the app', () => {
    expect(safeReturnPath('/beheer/kantoren')).toBe('/beheer/kantoren');
    expect(safeReturnPath('/beheer/kantoren?x=1')).toBe('/beheer/kantoren?x=1');
  });

  it.each([null, '', 'https://evil.example', '//evil.example/path', '/\\evil.example', 'beheer'])('refuses %j and goes home', (value) => {
    expect(safeReturnPath(value)).toBe('/');
  });
});

describe('the step a session belongs on', () => {
  it('goes where the person wanted once the login is complete', () => {
    expect(stagePath('complete', '/wijk-werkers?status=active')).toBe('/wijk-werkers?status=active');
  });

  it('asks for the code or the setup first, carrying the wanted page along', () => {
    expect(stagePath('second_factor', '/beheer/accounts')).toBe('/aanmelden/code?terug=%2Fbeheer%2Faccounts');
    expect(stagePath('enrollment', '/')).toBe('/aanmelden/authenticator');
    expect(loginPath('/mijn-account')).toBe('/aanmelden?terug=%2Fmijn-account');
    expect(loginPath('/')).toBe('/aanmelden');
  });
});

describe('the authenticator key for typing', () => {
  it('comes in groups of four, the last one shorter when needed', () => {
    expect(groupSecret('JBSWY3DPEHPK3PXPJBSWY3DPEHPK3PXP')).toEqual(['JBSW', 'Y3DP', 'EHPK', '3PXP', 'JBSW', 'Y3DP', 'EHPK', '3PXP']);
    expect(groupSecret('ABCDEFGHIJ')).toEqual(['ABCD', 'EFGH', 'IJ']);
    expect(groupSecret('')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('configuration: the public URL and the origins whose writes are accepted', () => {
  it('without PUBLIC_URL, follows PORT on this machine and accepts localhost, 127.0.0.1 and [::1] alike', () => {
    const config = loadConfig({ PORT: '4123' });
    expect(config.publicUrl.href).toBe('http://localhost:4123/');
    expect(config.allowedOrigins).toEqual(['http://localhost:4123', 'http://127.0.0.1:4123', 'http://[::1]:4123']);
    expect(config.isSecureTransport).toBe(false);
  });

  it('keeps the old default of http://localhost:3000 when nothing is set', () => {
    expect(loadConfig({}).publicUrl.href).toBe('http://localhost:3000/');
  });

  it.each(['0.0.0.0', '::', '127.0.0.1', '::1', 'localhost'])('treats HOST %s as this machine', (host) => {
    const config = loadConfig({ HOST: host, PORT: '8080' });
    expect(config.publicUrl.origin).toBe('http://localhost:8080');
    expect(config.allowedOrigins).toContain('http://127.0.0.1:8080');
  });

  it('uses a specific HOST as the address, IPv6 in brackets', () => {
    expect(loadConfig({ HOST: '192.168.1.20', PORT: '3000' }).allowedOrigins).toEqual(['http://192.168.1.20:3000']);
    expect(loadConfig({ HOST: 'fd00::20', PORT: '3000' }).publicUrl.origin).toBe('http://[fd00::20]:3000');
  });

  it('writes port 80 as a browser does, without the port', () => {
    expect(loadConfig({ PORT: '80' }).allowedOrigins[0]).toBe('http://localhost');
  });

  it('a set PUBLIC_URL is the only accepted origin, whatever PORT says', () => {
    const config = loadConfig({ PUBLIC_URL: 'https://wijkwerk.example/', PORT: '4123', HOST: '0.0.0.0' });
    expect(config.allowedOrigins).toEqual(['https://wijkwerk.example']);
    expect(config.isSecureTransport).toBe(true);
  });

  it('names a HOST that cannot be an address', () => {
    expect(() => loadConfig({ HOST: 'two words' })).toThrow(/HOST/);
  });
});

describe('configuration: message transports', () => {
  it('without SMTP or SMS settings there is no transport', () => {
    expect(loadConfig({})).toMatchObject({ mail: null, sms: null });
  });

  it('reads the SMTP server, the sender and its domain, and the SMS provider', () => {
    const config = loadConfig({
      SMTP_URL: 'smtp://user:secret@mail.example:587',
      MAIL_FROM: 'Wijk-werken Westhoek <noreply@westhoek.example>',
      SMS_URL: 'https://sms.example/v1/messages',
      SMS_TOKEN: 't0k3n',
    });
    expect(config.mail).toEqual({
      smtpUrl: 'smtp://user:secret@mail.example:587',
      from: 'Wijk-werken Westhoek <noreply@westhoek.example>',
      fromDomain: 'westhoek.example',
    });
    expect(config.sms).toEqual({ url: 'https://sms.example/v1/messages', token: 't0k3n' });
    expect(loadConfig({ SMTP_URL: 'smtps://mail.example', MAIL_FROM: 'noreply@westhoek.example' }).mail?.fromDomain).toBe('westhoek.example');
  });

  it.each([
    [{ SMTP_URL: 'smtp://mail.example' }, /MAIL_FROM/],
    [{ MAIL_FROM: 'noreply@westhoek.example' }, /MAIL_FROM/],
    [{ SMTP_URL: 'http://mail.example', MAIL_FROM: 'noreply@westhoek.example' }, /SMTP_URL/],
    [{ SMTP_URL: 'smtp://mail.example', MAIL_FROM: 'not an address' }, /MAIL_FROM/],
    [{ SMS_URL: 'https://sms.example' }, /SMS_TOKEN/],
  ])('refuses half or wrong transport settings: %o', (environment, problem) => {
    expect(() => loadConfig(environment)).toThrow(problem);
  });
});

import type { Config } from '../../platform/config';
import { createSmsHttpTransport } from './transports/sms-http-transport';
import { createSmtpTransport } from './transports/smtp-transport';
import type { Transports } from './transports/transport';

/** The transports the environment sets up; the app composer builds them once and closes them with the app. */
export const createTransports = (config: Config): Transports => ({
  email: config.mail ? createSmtpTransport(config.mail) : null,
  sms: config.sms ? createSmsHttpTransport(config.sms) : null,
  messageIdDomain: config.mail?.fromDomain ?? config.publicUrl.hostname,
});

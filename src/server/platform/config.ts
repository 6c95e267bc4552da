import { resolve } from 'node:path';
import { z } from 'zod';

const environmentSchema = z.object({
  PORT: z.coerce.number().int().min(0).max(65535).default(3000),
  HOST: z.string().default('127.0.0.1'),
  DATA_DIR: z.string().default('./data'),
  DATABASE_URL: z.url().optional(),
  PUBLIC_URL: z.url().optional(),
  SESSION_IDLE_MINUTES: z.coerce.number().int().positive().default(30),
  SESSION_ABSOLUTE_HOURS: z.coerce.number().int().positive().default(12),
  LOG_LEVEL: z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent']).default('info'),
  WEB_DIST_DIR: z.string().default('./dist/web'),
  TRUST_PROXY_HOPS: z.coerce.number().int().min(0).max(5).default(0),
  SMTP_URL: z.url({ protocol: /^smtps?$/ }).optional(),
  MAIL_FROM: z
    .string()
    .regex(/^(?:[^<>]*<)?[^@\s<>]+@([^@\s<>]+)>?$/, 'An address such as "Wijk-werken <noreply@example.be>"')
    .optional(),
  SMS_URL: z.url({ protocol: /^https?$/ }).optional(),
  SMS_TOKEN: z.string().min(1).optional(),
  JOB_POLL_INTERVAL_MS: z.coerce.number().int().min(50).max(600_000).default(2000),
});

/** Either half of a transport's settings without the other is a mistake worth refusing at start. */
const pairedSettings = environmentSchema.superRefine((values, context) => {
  if (Boolean(values.SMTP_URL) !== Boolean(values.MAIL_FROM)) context.addIssue({ code: 'custom', path: ['MAIL_FROM'], message: 'SMTP_URL and MAIL_FROM go together' });
  if (Boolean(values.SMS_URL) !== Boolean(values.SMS_TOKEN)) context.addIssue({ code: 'custom', path: ['SMS_TOKEN'], message: 'SMS_URL and SMS_TOKEN go together' });
});

/** Outgoing e-mail: the SMTP server (credentials in the URL) and the sender address. Null: no mail server set up. */
export type MailConfig = { smtpUrl: string; from: string; fromDomain: string };

/** The SMS provider's HTTP endpoint and bearer token. Null: no provider set up. */
export type SmsConfig = { url: string; token: string };

export type Config = {
  port: number;
  host: string;
  dataDir: string;
  databaseUrl: string | undefined;
  publicUrl: URL;
  /**
   * The origins whose writes are accepted (the CSRF Origin check): PUBLIC_URL's, or without it this machine's names
   * for where the server listens.
   */
  allowedOrigins: readonly string[];
  /** Cookies get `Secure` and the `__Host-` prefix only when the product is served over https. */
  isSecureTransport: boolean;
  sessionIdleMinutes: number;
  sessionAbsoluteHours: number;
  logLevel: z.infer<typeof environmentSchema>['LOG_LEVEL'];
  webDistDir: string;
  /** Reverse proxies in front of the server whose X-Forwarded-For is believed (0: none; the client IP is the peer). */
  trustProxyHops: number;
  /** Without them messages stay in the outbox as not sent (decision 037). */
  mail: MailConfig | null;
  sms: SmsConfig | null;
  /** How often an idle server looks for due jobs; a job enqueued meanwhile waits at most this long. */
  jobPollIntervalMs: number;
};

const wildcardHosts = new Set(['0.0.0.0', '::', '[::]']);
const loopbackHosts = new Set(['localhost', '127.0.0.1', '::1', '[::1]']);
const thisMachine = ['localhost', '127.0.0.1', '[::1]'];

const httpUrl = (host: string, port: number): URL => {
  const bare = host.replace(/^\[(.*)\]$/, '$1');
  try {
    return new URL(`http://${bare.includes(':') ? `[${bare}]` : bare}:${port}`);
  } catch {
    throw new Error(`Invalid configuration: HOST: "${host}" is not a host name or IP address`);
  }
};

/**
 * Without PUBLIC_URL people open the server where it listens. A wildcard or loopback HOST is this machine, which a
 * browser may call localhost, 127.0.0.1 or [::1]: all three are accepted, localhost is the public URL.
 */
const publicAddress = (publicUrl: string | undefined, host: string, port: number): { publicUrl: URL; allowedOrigins: string[] } => {
  if (publicUrl !== undefined) {
    const url = new URL(publicUrl);
    return { publicUrl: url, allowedOrigins: [url.origin] };
  }
  if (wildcardHosts.has(host) || loopbackHosts.has(host)) {
    return { publicUrl: httpUrl('localhost', port), allowedOrigins: thisMachine.map((name) => httpUrl(name, port).origin) };
  }
  const url = httpUrl(host, port);
  return { publicUrl: url, allowedOrigins: [url.origin] };
};

/** The domain of the sender address: the right-hand side of every Message-ID (decision 035). */
const domainOf = (address: string): string => /@([^@\s<>]+)>?$/.exec(address)?.[1] ?? 'localhost';

/** Reads the configuration from the environment; throws with every invalid variable named. */
export const loadConfig = (environment: NodeJS.ProcessEnv = process.env): Config => {
  // An empty variable means "not set", as in most shells' `VAR= command`.
  const setValues = Object.fromEntries(Object.entries(environment).filter(([, value]) => value !== ''));
  const parsed = pairedSettings.safeParse(setValues);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`).join('; ');
    throw new Error(`Invalid configuration: ${problems}`);
  }
  const values = parsed.data;
  const { publicUrl, allowedOrigins } = publicAddress(values.PUBLIC_URL, values.HOST, values.PORT);
  return {
    port: values.PORT,
    host: values.HOST,
    dataDir: resolve(values.DATA_DIR),
    databaseUrl: values.DATABASE_URL,
    publicUrl,
    allowedOrigins,
    isSecureTransport: publicUrl.protocol === 'https:',
    sessionIdleMinutes: values.SESSION_IDLE_MINUTES,
    sessionAbsoluteHours: values.SESSION_ABSOLUTE_HOURS,
    logLevel: values.LOG_LEVEL,
    webDistDir: resolve(values.WEB_DIST_DIR),
    trustProxyHops: values.TRUST_PROXY_HOPS,
    mail: values.SMTP_URL && values.MAIL_FROM ? { smtpUrl: values.SMTP_URL, from: values.MAIL_FROM, fromDomain: domainOf(values.MAIL_FROM) } : null,
    sms: values.SMS_URL && values.SMS_TOKEN ? { url: values.SMS_URL, token: values.SMS_TOKEN } : null,
    jobPollIntervalMs: values.JOB_POLL_INTERVAL_MS,
  };
};

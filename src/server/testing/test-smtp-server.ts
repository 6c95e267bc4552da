import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export type ReceivedMail = { to: string[]; messageId: string | undefined; subject: string | undefined; text: string; html: string; replyTo: string | undefined };

/**
 * A real SMTP server on a free loopback port that keeps what it receives, for tests that send through nodemailer.
 * `stop` and `start` again on the same port imitate a mail server that is down for a while.
 */
export const startTestSmtpServer = async () => {
  const received: ReceivedMail[] = [];
  const waiting: Array<{ count: number; resolve: () => void }> = [];

  const keep = (mail: ParsedMail, to: string[]) => {
    received.push({
      to,
      messageId: mail.messageId,
      subject: mail.subject,
      text: mail.text ?? '',
      html: typeof mail.html === 'string' ? mail.html : '',
      replyTo: mail.replyTo?.value[0]?.address,
    });
    for (const waiter of waiting.filter((item) => received.length >= item.count)) waiter.resolve();
  };

  const create = () =>
    new SMTPServer({
      authOptional: true,
      disabledCommands: ['STARTTLS'],
      logger: false,
      // Stopping drops open connections at once (nodemailer's pool keeps one), as a mail server that goes down does.
      closeTimeout: 50,
      onData: (stream, session, callback) => {
        const to = session.envelope.rcptTo.map((address) => address.address);
        simpleParser(stream)
          .then((mail) => {
            keep(mail, to);
            callback();
          })
          .catch((error: unknown) => callback(error instanceof Error ? error : new Error(String(error))));
      },
    });

  let server = create();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;

  return {
    port,
    url: `smtp://127.0.0.1:${port}`,
    received,
    /** Resolves once `count` mails in all have arrived. */
    waitFor: (count: number) => (received.length >= count ? Promise.resolve() : new Promise<void>((resolve) => waiting.push({ count, resolve }))),
    stop: () => new Promise<void>((resolve) => server.close(() => resolve())),
    start: async () => {
      server = create();
      await new Promise<void>((resolve) => server.listen(port, '127.0.0.1', resolve));
    },
  };
};

export type TestSmtpServer = Awaited<ReturnType<typeof startTestSmtpServer>>;

// A real SMTP server in the process that keeps what it accepts: the demo's mail sink (no mail
// leaves the machine) and the receiving end of the tests. Built on smtp-server, as the reply
// listener is; each message is kept raw and as parsed MIME.
import type { AddressInfo } from 'node:net';
import { simpleParser, type ParsedMail } from 'mailparser';
import { SMTPServer } from 'smtp-server';

export interface ReceivedMail {
  envelopeTo: string[];
  raw: Buffer;
  mail: ParsedMail;
}

export interface SmtpSink {
  port: number;
  /** `smtp://user:pass@127.0.0.1:port`, for TANDEM_SMTP_URL. */
  url: string;
  received: ReceivedMail[];
  close(): Promise<void>;
}

export interface SmtpSinkOptions {
  /** The login it asks for (default tandem / sink). */
  login?: { user: string; pass: string };
  /** Recipients it refuses, as a server refuses an unknown mailbox. */
  refuse?: (address: string) => boolean;
  /** Kept messages, oldest dropped first (the demo's sink runs for days). */
  keep?: number;
}

export async function startSmtpSink(options: SmtpSinkOptions = {}): Promise<SmtpSink> {
  const login = options.login ?? { user: 'tandem', pass: 'sink' };
  const received: ReceivedMail[] = [];
  const server = new SMTPServer({
    allowInsecureAuth: true, // loopback only, no TLS
    disabledCommands: ['STARTTLS'],
    onAuth(auth, _session, callback) {
      if (auth.username === login.user && auth.password === login.pass) callback(null, { user: login.user });
      else callback(new Error('Invalid username or password'));
    },
    onRcptTo(address, _session, callback) {
      if (options.refuse?.(address.address)) callback(new Error('No such mailbox'));
      else callback();
    },
    onData(stream, session, callback) {
      const chunks: Buffer[] = [];
      stream.on('data', (chunk: Buffer) => chunks.push(chunk));
      stream.on('end', () => {
        const raw = Buffer.concat(chunks);
        simpleParser(raw).then(
          (mail) => {
            received.push({ envelopeTo: session.envelope.rcptTo.map((r) => r.address), raw, mail });
            if (options.keep && received.length > options.keep) received.shift();
            callback();
          },
          (error: Error) => callback(error),
        );
      });
    },
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.server.address() as AddressInfo;
  return {
    port,
    url: `smtp://${encodeURIComponent(login.user)}:${encodeURIComponent(login.pass)}@127.0.0.1:${port}`,
    received,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

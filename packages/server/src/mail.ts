// Outgoing mail over SMTP (nodemailer), configured by TANDEM_SMTP_URL and TANDEM_MAIL_FROM.
// Every message has a plain-text body and, where given, an HTML one; calendar files go as
// attachments. Errors name what failed (refused login, unreachable server), never the body.
import { createTransport } from 'nodemailer';
import type { MailConfig } from './config.js';

export interface OutgoingMail {
  to: string;
  subject: string;
  text: string;
  html?: string;
  /** Where a reply goes (a signed per-person, per-thread address). */
  replyTo?: string;
  /** BCP 47 language of the body, sent as Content-Language. */
  language?: string;
  attachments?: { filename: string; content: string; contentType: string }[];
  /** The Message-ID to give it (`<id@domain>`): one per notification, so a resend is recognised as the same mail. */
  messageId?: string;
}

export class MailError extends Error {
  override name = 'MailError';
  constructor(
    message: string,
    /** `auth` (the server refused the login), `refused` (it refused the recipient or the mail), `unreachable`. */
    readonly kind: 'auth' | 'refused' | 'unreachable',
    options?: ErrorOptions,
  ) {
    super(message, options);
  }
}

export class Mailer {
  readonly #transport;
  readonly #from: string;

  constructor(config: MailConfig) {
    this.#transport = createTransport(config.smtpUrl);
    this.#from = config.from;
  }

  /** Sends one message; its Message-ID. */
  async send(mail: OutgoingMail): Promise<string> {
    try {
      const info = await this.#transport.sendMail({
        from: this.#from,
        to: mail.to,
        subject: mail.subject,
        text: mail.text,
        ...(mail.html ? { html: mail.html } : {}),
        ...(mail.replyTo ? { replyTo: mail.replyTo } : {}),
        ...(mail.messageId ? { messageId: mail.messageId } : {}),
        headers: {
          // Out-of-office replies must not answer a notification (RFC 3834).
          'Auto-Submitted': 'auto-generated',
          ...(mail.language ? { 'Content-Language': mail.language } : {}),
        },
        ...(mail.attachments ? { attachments: mail.attachments } : {}),
      });
      return info.messageId;
    } catch (error) {
      throw asMailError(error);
    }
  }

  close(): void {
    this.#transport.close();
  }
}

function asMailError(error: unknown): MailError {
  const code = (error as { code?: unknown }).code;
  const message = error instanceof Error ? error.message : String(error);
  if (code === 'EAUTH') return new MailError(`the SMTP server refused the login: ${message}`, 'auth', { cause: error });
  if (code === 'EENVELOPE' || code === 'EMESSAGE') {
    return new MailError(`the SMTP server refused the mail: ${message}`, 'refused', { cause: error });
  }
  return new MailError(`the SMTP server could not be reached: ${message}`, 'unreachable', { cause: error });
}

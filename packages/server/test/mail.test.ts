import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { Mailer, MailError } from '../src/mail.js';
import { startSmtpSink } from '../src/smtp-sink.js';

const startSmtp = () =>
  startSmtpSink({
    login: { user: 'tandem', pass: 's3cret' },
    refuse: (address) => address.endsWith('@nowhere.invalid'),
  });

const mailEnv = (port: number, password = 's3cret') => ({
  TANDEM_SMTP_URL: `smtp://tandem:${password}@127.0.0.1:${port}`,
  TANDEM_MAIL_FROM: 'Riverside Schools <no-reply@riverside.example>',
});

describe('outgoing mail over SMTP', () => {
  let smtp: Awaited<ReturnType<typeof startSmtp>>;
  beforeAll(async () => {
    smtp = await startSmtp();
  });
  afterAll(() => smtp?.close());

  it('sends a localized message with text and HTML bodies, a Reply-To and a calendar file', async () => {
    const mailer = new Mailer(loadConfig(mailEnv(smtp.port), { demo: true }).mail!);
    const ics = 'BEGIN:VCALENDAR\r\nVERSION:2.0\r\nEND:VCALENDAR\r\n';
    const messageId = await mailer.send({
      to: 'linh.nguyen@families.example',
      subject: 'Tin nhắn mới từ cô Rivera',
      text: 'Cô Rivera đã viết về Emma.',
      html: '<p>Cô Rivera đã viết về Emma.</p>',
      replyTo: 'reply+abc.def@reply.riverside.example',
      language: 'vi',
      attachments: [{ filename: 'meeting.ics', content: ics, contentType: 'text/calendar; method=PUBLISH' }],
    });
    mailer.close();
    expect(smtp.received).toHaveLength(1);
    const [{ envelopeTo, mail }] = smtp.received as [(typeof smtp.received)[number]];
    expect(envelopeTo).toEqual(['linh.nguyen@families.example']);
    expect(mail.messageId).toBe(messageId);
    expect(mail.from?.value).toEqual([{ name: 'Riverside Schools', address: 'no-reply@riverside.example' }]);
    expect(mail.replyTo?.value.map((a) => a.address)).toEqual(['reply+abc.def@reply.riverside.example']);
    expect(mail.subject).toBe('Tin nhắn mới từ cô Rivera');
    expect(mail.text?.trim()).toBe('Cô Rivera đã viết về Emma.');
    expect(mail.html).toBe('<p>Cô Rivera đã viết về Emma.</p>');
    expect(mail.headers.get('content-language')).toBe('vi');
    expect(mail.attachments.map((a) => [a.filename, a.contentType, a.content.toString('utf8')])).toEqual([
      ['meeting.ics', 'text/calendar', ics],
    ]);
  });

  it('says a refused login, a refused recipient and an unreachable server apart', async () => {
    const before = smtp.received.length;
    const wrongPassword = new Mailer(loadConfig(mailEnv(smtp.port, 'wrong'), { demo: true }).mail!);
    const mail = { to: 'someone@families.example', subject: 'Hello', text: 'Hello' };
    await expect(wrongPassword.send(mail)).rejects.toMatchObject({ name: 'MailError', kind: 'auth' });
    wrongPassword.close();
    const mailer = new Mailer(loadConfig(mailEnv(smtp.port), { demo: true }).mail!);
    await expect(mailer.send({ ...mail, to: 'gone@nowhere.invalid' })).rejects.toMatchObject({ kind: 'refused' });
    mailer.close();
    const closed = await startSmtp();
    await closed.close(); // a port nothing listens on any more
    const away = new Mailer(loadConfig(mailEnv(closed.port), { demo: true }).mail!);
    const error: unknown = await away.send(mail).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(MailError);
    expect((error as MailError).kind).toBe('unreachable');
    expect((error as MailError).message).not.toContain('Hello'); // never the body
    away.close();
    expect(smtp.received).toHaveLength(before);
  });

  it('reads its configuration from TANDEM_SMTP_URL and TANDEM_MAIL_FROM, with errors that say what to set', () => {
    expect(loadConfig({}, { demo: true }).mail).toBeNull();
    expect(loadConfig(mailEnv(2525), { demo: true }).mail).toEqual({
      smtpUrl: 'smtp://tandem:s3cret@127.0.0.1:2525',
      from: 'Riverside Schools <no-reply@riverside.example>',
    });
    expect(() => loadConfig({ TANDEM_SMTP_URL: 'mail.example:25' }, { demo: true })).toThrow(
      /TANDEM_SMTP_URL must start with smtp:\/\/ or smtps:\/\//,
    );
    expect(() => loadConfig({ TANDEM_SMTP_URL: 'not a url' }, { demo: true })).toThrow(ConfigError);
    expect(() => loadConfig({ TANDEM_SMTP_URL: 'smtp://127.0.0.1:25' }, { demo: true })).toThrow(
      /Set TANDEM_MAIL_FROM/,
    );
    expect(() =>
      loadConfig({ TANDEM_SMTP_URL: 'smtp://127.0.0.1:25', TANDEM_MAIL_FROM: 'no address' }, { demo: true }),
    ).toThrow(/Set TANDEM_MAIL_FROM/);
  });
});

// Provider webhooks: replies by email as raw MIME (a mail provider's inbound route, with
// TANDEM_INBOUND_MAIL_TOKEN) and texts from families (the SMS provider, with its request
// signature). Neither is for browsers: no CORS, no bearer tokens.
import { problemTypes, receiveMailReply, receiveSms } from '@tandem/contract';
import { timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { acceptReply, type InboundMailDeps } from '../inbound-mail.js';
import { acceptText } from '../inbound-sms.js';
import { verifySmsSignature } from '../sms-signature.js';
import { middlewares, type HttpDeps } from '../middleware.js';
import { ApiError, notFound } from '../problem.js';

/** The largest mail the webhook takes, as the reply listener does. */
export const MAX_INBOUND_MAIL_BYTES = 10 * 1024 * 1024;

const sameSecret = (given: string, expected: string) => {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.length === b.length && timingSafeEqual(a, b);
};

/** `Bearer <token>`, or Basic with the token as the password (a webhook URL `https://user:token@…`). */
function tokenOf(header: string | undefined): string | null {
  if (!header) return null;
  const [scheme, value = ''] = header.split(' ', 2);
  if (scheme?.toLowerCase() === 'bearer') return value.trim();
  if (scheme?.toLowerCase() === 'basic') {
    const decoded = Buffer.from(value, 'base64').toString();
    return decoded.slice(decoded.indexOf(':') + 1);
  }
  return null;
}

export function registerInbound(
  app: Hono,
  deps: HttpDeps,
  inbound: Omit<InboundMailDeps, 'db' | 'reply'> & { reply: InboundMailDeps['reply'] | null },
): void {
  const { rateLimit } = middlewares(deps);
  const token = deps.config.inboundMailToken;
  const { reply } = inbound;
  const mail: InboundMailDeps | null = reply ? { ...inbound, reply, db: deps.database } : null;
  const mailConfigured = createMiddleware(async (c, next) => {
    // Not set up: no such route, as for any unknown path.
    if (!token || !mail) throw notFound();
    if (!sameSecret(tokenOf(c.req.header('Authorization')) ?? '', token)) {
      throw new ApiError(
        401,
        problemTypes.unauthorized,
        'Unauthorized',
        'Send TANDEM_INBOUND_MAIL_TOKEN as the bearer token.',
        undefined,
        {
          'WWW-Authenticate': 'Bearer realm="inbound mail"',
        },
      );
    }
    await next();
  });
  const limit = bodyLimit({
    maxSize: MAX_INBOUND_MAIL_BYTES,
    onError: () => {
      throw new ApiError(
        413,
        problemTypes.payloadTooLarge,
        'Payload too large',
        `A mail may be at most ${MAX_INBOUND_MAIL_BYTES} bytes.`,
      );
    },
  });
  app.post(receiveMailReply.path, mailConfigured, rateLimit, limit, async (c) => {
    if (!mail) throw notFound();
    const type = c.req.header('Content-Type') ?? '';
    if (!/^message\/rfc822\s*(;|$)/i.test(type)) {
      throw new ApiError(
        415,
        problemTypes.unsupportedMediaType,
        'Unsupported media type',
        'Send the mail as it arrived, with Content-Type: message/rfc822.',
      );
    }
    const raw = Buffer.from(await c.req.arrayBuffer());
    if (!raw.length)
      throw new ApiError(400, problemTypes.validation, 'Bad request', 'The body is empty: send the mail.');
    // The envelope recipient, when the provider passes it on (the mail's own To may be a list).
    const to = (c.req.header('X-Original-To') ?? '')
      .split(',')
      .map((a) => a.trim())
      .filter(Boolean);
    const result = await acceptReply(mail, raw, { to });
    return c.json(result, 202);
  });

  app.post(receiveSms.path, rateLimit, async (c) => {
    const sms = deps.config.sms;
    if (!sms) throw notFound();
    const type = c.req.header('Content-Type') ?? '';
    if (!/^application\/x-www-form-urlencoded\s*(;|$)/i.test(type)) {
      throw new ApiError(
        415,
        problemTypes.unsupportedMediaType,
        'Unsupported media type',
        'Texts come as the provider sends them: Content-Type: application/x-www-form-urlencoded.',
      );
    }
    const form = new URLSearchParams(await c.req.text());
    // The URL the provider called: behind a proxy, the public one (TANDEM_PUBLIC_URL).
    const url = deps.config.publicUrl ? `${deps.config.publicUrl}${c.req.path}${new URL(c.req.url).search}` : c.req.url;
    if (!verifySmsSignature(sms.authToken, url, form, c.req.header('X-Twilio-Signature'))) {
      throw new ApiError(
        401,
        problemTypes.unauthorized,
        'Unauthorized',
        'The request signature (X-Twilio-Signature) does not match: check TANDEM_SMS_AUTH_TOKEN and TANDEM_PUBLIC_URL.',
      );
    }
    const messageSid = form.get('MessageSid') ?? form.get('SmsSid') ?? '';
    const from = form.get('From') ?? '';
    if (!messageSid || !from || form.get('AccountSid') !== sms.accountSid) {
      throw new ApiError(
        400,
        problemTypes.validation,
        'Bad request',
        "A text needs MessageSid, From and this account's AccountSid.",
      );
    }
    const answer = await acceptText(
      { db: deps.database, clock: deps.clock, translators: inbound.translators, notifications: inbound.notifications },
      { messageSid, from, body: form.get('Body') ?? '' },
    );
    return c.body(twiml(answer), 200, { 'Content-Type': 'text/xml; charset=utf-8' });
  });
}

const xmlText = (text: string) =>
  text.replace(
    /[&<>"']/g,
    (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' })[ch] ?? ch,
  );

/** The provider's answer format: a text back, or none. */
const twiml = (answer: string | null) =>
  `<?xml version="1.0" encoding="UTF-8"?>\n<Response>${answer ? `<Message>${xmlText(answer)}</Message>` : ''}</Response>`;

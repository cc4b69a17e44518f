// Provider webhooks: replies by email as raw MIME (a mail provider's inbound route, with
// TANDEM_INBOUND_MAIL_TOKEN) and texts from families (the SMS provider, with its request
// signature). Neither is for browsers: no CORS, no bearer tokens.
import { problemTypes, receiveMailReply } from '@tandem/contract';
import { timingSafeEqual } from 'node:crypto';
import type { Hono } from 'hono';
import { bodyLimit } from 'hono/body-limit';
import { createMiddleware } from 'hono/factory';
import { acceptReply, type InboundMailDeps } from '../inbound-mail.js';
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
}

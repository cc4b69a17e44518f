// Property tests of the provider webhooks, switched on: whatever bytes arrive as a mail, and
// whatever a form says, the server never fails (no 5xx), answers a problem or TwiML, and
// writes nothing it was not asked to: a refused mail or an unsigned text changes no table.
import { Problem, problemTypes } from '@tandem/contract';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { replyAddress } from '../src/reply-address.js';
import { smsSignature } from '../src/sms-signature.js';
import { backends, client, seeded, tableDigests, testConfig } from './harness.js';

const MAIL_TOKEN = 'the-mail-providers-token-of-32-bytes-or-more';
const SMS = {
  apiUrl: 'http://127.0.0.1:9',
  accountSid: 'AC1',
  authToken: 'provider-auth-token',
  messagingServiceSid: 'MG1',
};
const REPLY = {
  secret: new TextEncoder().encode('reply-secret-for-the-property-tests!!'),
  domain: 'replies.riverside.example',
};
/** The URL the server reads an in-process request at (the provider signs the one it calls). */
const SMS_URL = 'http://localhost/api/v1/inbound/sms';

/** Mail-like text: headers with hostile values (a reply address, signed or not), any body. */
const mimeish = fc
  .record({
    from: fc.oneof(fc.string({ maxLength: 60 }), fc.constant('Maria Garcia <maria.garcia@families.example>')),
    to: fc.oneof(
      fc.string({ maxLength: 60 }),
      fc.constant(replyAddress(REPLY.secret, REPLY.domain, 'ntf_doesNotExist00')),
      fc.string({ maxLength: 20 }).map((s) => `r-${s}-${s}@${REPLY.domain}`),
    ),
    messageId: fc.string({ maxLength: 40 }),
    type: fc.constantFrom('text/plain; charset=utf-8', 'text/html', 'multipart/alternative; boundary=x', 'x/y'),
    encoding: fc.constantFrom('7bit', 'base64', 'quoted-printable', '8bit', 'nonsense'),
    body: fc.string({ unit: 'grapheme', maxLength: 200 }),
  })
  .map(
    (m) =>
      `From: ${m.from}\r\nTo: ${m.to}\r\nMessage-ID: <${m.messageId}>\r\nContent-Type: ${m.type}\r\nContent-Transfer-Encoding: ${m.encoding}\r\n\r\n${m.body}\r\n`,
  );

const anyMail = fc.oneof(
  mimeish.map((text) => new TextEncoder().encode(text)),
  fc.uint8Array({ minLength: 1, maxLength: 300 }),
);

const anyForm = fc
  .record({
    MessageSid: fc.oneof(fc.string({ maxLength: 40 }), fc.constant('SM0')),
    AccountSid: fc.constantFrom('AC1', 'AC2', ''),
    From: fc.oneof(fc.string({ maxLength: 20 }), fc.constantFrom('+15125550142', '+1 (512) 555-0142', '')),
    Body: fc.oneof(
      fc.string({ unit: 'grapheme', maxLength: 200 }),
      fc.constantFrom('STOP', 'start', 'HELP', '1', '99'),
    ),
  })
  .map((fields) => new URLSearchParams(fields));

describe.each(backends)('hostile input to the provider webhooks on $name', (backend) => {
  let database: Database;
  let call: ReturnType<typeof client>;

  beforeAll(async () => {
    database = await seeded(backend);
    call = client(database, testConfig({ inboundMailToken: MAIL_TOKEN, sms: SMS, reply: REPLY }));
  });
  afterAll(() => database.close());

  const expectProblemOf = (response: Awaited<ReturnType<typeof call>>, types: string[]) => {
    expect(response.status).toBeGreaterThanOrEqual(400);
    expect(response.status).toBeLessThan(500);
    expect(response.headers.get('Content-Type')).toBe('application/problem+json');
    expect(Problem.safeParse(response.json).success).toBe(true);
    expect(types).toContain(response.json.type);
  };

  it('any bytes sent as a mail are refused with a problem, and change nothing', async () => {
    await fc.assert(
      fc.asyncProperty(anyMail, async (bytes) => {
        const before = await tableDigests(database);
        const response = await call('POST', '/api/v1/inbound/mail', {
          rawBody: bytes,
          headers: { 'Content-Type': 'message/rfc822', Authorization: `Bearer ${MAIL_TOKEN}` },
        });
        expectProblemOf(response, [problemTypes.replyRefused, problemTypes.validation]);
        if (response.json.type === problemTypes.replyRefused) {
          expect(['not_ours', 'signature', 'gone']).toContain(response.json.errors[0].code);
        }
        expect(await tableDigests(database)).toEqual(before);
      }),
      { numRuns: 60 },
    );
  });

  it('a form without the provider’s signature is refused, and changes nothing', async () => {
    await fc.assert(
      fc.asyncProperty(anyForm, fc.string({ maxLength: 40 }), async (form, signature) => {
        const before = await tableDigests(database);
        const response = await call('POST', '/api/v1/inbound/sms', {
          rawBody: form.toString(),
          headers: { 'Content-Type': 'application/x-www-form-urlencoded', 'X-Twilio-Signature': signature },
        });
        expectProblemOf(response, [problemTypes.unauthorized]);
        expect(await tableDigests(database)).toEqual(before);
      }),
      { numRuns: 40 },
    );
  });

  it('a signed text, whatever it says, is answered with TwiML or a problem, never a failure', async () => {
    const seen = { twiml: 0, problem: 0 };
    await fc.assert(
      fc.asyncProperty(anyForm, async (form) => {
        const response = await call('POST', '/api/v1/inbound/sms', {
          rawBody: form.toString(),
          headers: {
            'Content-Type': 'application/x-www-form-urlencoded',
            'X-Twilio-Signature': smsSignature(SMS.authToken, SMS_URL, form),
          },
        });
        if (response.status === 200) {
          expect(response.headers.get('Content-Type')).toBe('text/xml; charset=utf-8');
          // One <Response>, with at most one <Message>, and no markup from the text itself.
          expect(response.json).toMatch(
            /^<\?xml version="1\.0" encoding="UTF-8"\?>\n<Response>(<Message>[^<>]*<\/Message>)?<\/Response>$/,
          );
          seen.twiml++;
          return;
        }
        expectProblemOf(response, [problemTypes.validation]);
        seen.problem++;
      }),
      { numRuns: 60 },
    );
    // Both kinds of answer were met (a run of only refusals would test nothing of the texts).
    expect(seen.twiml).toBeGreaterThan(0);
    expect(seen.problem).toBeGreaterThan(0);
  });
});

// A local stand-in for a Twilio-style SMS provider, for tests and the demo: it implements the
// Messages API as the provider does (Basic auth, form body, JSON answer, error codes), keeps
// what it was asked to send, refuses numbers that have opted out (code 21610), and sends
// inbound texts to a webhook signed as the provider signs them.
import { serve, type ServerType } from '@hono/node-server';
import { randomBytes } from 'node:crypto';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import type { SmsConfig } from './sms.js';
import { smsSignature } from './sms-signature.js';

export interface StubbedSms {
  sid: string;
  to: string;
  from: string;
  body: string;
  statusCallback?: string;
  /** When the stub took it (the demo outbox orders a phone's texts by it). */
  at: Date;
}

export interface SmsStub {
  /** The configuration that reaches this stub. */
  config: SmsConfig;
  sent: StubbedSms[];
  /** Numbers the provider will refuse, as after a STOP. */
  optedOut: Set<string>;
  /** Posts an inbound text to `webhookUrl`, signed with the account's auth token (the same `messageSid` again: a provider's retry). */
  receive(webhookUrl: string, from: string, body: string, messageSid?: string): Promise<Response>;
  close(): Promise<void>;
}

export async function startSmsStub(options: { from?: string } = {}): Promise<SmsStub> {
  const accountSid = `AC${randomBytes(16).toString('hex')}`;
  const authToken = randomBytes(16).toString('hex');
  const messagingServiceSid = `MG${randomBytes(16).toString('hex')}`;
  const from = options.from ?? '+15005550006';
  const sent: StubbedSms[] = [];
  const optedOut = new Set<string>();
  const app = new Hono();
  app.post('/2010-04-01/Accounts/:account/Messages.json', async (c) => {
    const expected = `Basic ${Buffer.from(`${accountSid}:${authToken}`).toString('base64')}`;
    if (c.req.param('account') !== accountSid || c.req.header('Authorization') !== expected) {
      return c.json({ code: 20003, message: 'Authenticate', status: 401 }, 401);
    }
    const form = new URLSearchParams(await c.req.text());
    const to = form.get('To') ?? '';
    const body = form.get('Body') ?? '';
    if (form.get('MessagingServiceSid') !== messagingServiceSid) {
      return c.json({ code: 21701, message: 'The Messaging Service Sid is invalid', status: 400 }, 400);
    }
    if (!/^\+[1-9]\d{6,14}$/.test(to))
      return c.json({ code: 21211, message: "Invalid 'To' Phone Number", status: 400 }, 400);
    if (!body) return c.json({ code: 21602, message: 'Message body is required', status: 400 }, 400);
    if (optedOut.has(to)) {
      return c.json({ code: 21610, message: 'Attempt to send to unsubscribed recipient', status: 400 }, 400);
    }
    const sid = `SM${randomBytes(16).toString('hex')}`;
    const callback = form.get('StatusCallback');
    sent.push({ sid, to, from, body, ...(callback ? { statusCallback: callback } : {}), at: new Date() });
    return c.json({ sid, status: 'queued', to, from, body }, 201);
  });
  const server: ServerType = await new Promise((resolve) => {
    const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
  });
  const { port } = server.address() as AddressInfo;
  return {
    config: { apiUrl: `http://127.0.0.1:${port}`, accountSid, authToken, messagingServiceSid },
    sent,
    optedOut,
    receive: (webhookUrl, sender, body, messageSid = `SM${randomBytes(16).toString('hex')}`) => {
      const form = new URLSearchParams({
        MessageSid: messageSid,
        AccountSid: accountSid,
        From: sender,
        To: from,
        Body: body,
        NumSegments: '1',
      });
      return fetch(webhookUrl, {
        method: 'POST',
        headers: {
          'Content-Type': 'application/x-www-form-urlencoded',
          'X-Twilio-Signature': smsSignature(authToken, webhookUrl, form),
        },
        body: form,
      });
    },
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}

import { serve, type ServerType } from '@hono/node-server';
import type { AddressInfo } from 'node:net';
import { Hono } from 'hono';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ConfigError, loadConfig } from '../src/config.js';
import { SmsError, SmsSender } from '../src/sms.js';
import { startSmsStub, type SmsStub } from '../src/sms-stub.js';
import { verifySmsSignature } from '../src/sms-signature.js';

describe('texts through a Twilio-style provider (the local stub of its API)', () => {
  let stub: SmsStub;
  beforeAll(async () => {
    stub = await startSmsStub();
  });
  afterAll(() => stub?.close());

  it('sends a text from the messaging service, with a status callback, and gets the provider id', async () => {
    const sender = new SmsSender(stub.config);
    const sent = await sender.send(
      '+15125550142',
      'Ms. Rivera wrote about Mateo: https://x.example/t/1',
      'https://t.example/sms/status',
    );
    expect(sent.status).toBe('queued');
    expect(sent.sid).toMatch(/^SM[0-9a-f]{32}$/);
    expect(stub.sent).toEqual([
      {
        sid: sent.sid,
        to: '+15125550142',
        from: '+15005550006',
        body: 'Ms. Rivera wrote about Mateo: https://x.example/t/1',
        statusCallback: 'https://t.example/sms/status',
        at: expect.any(Date),
      },
    ]);
  });

  it('tells refused credentials, a refused number, an opted-out recipient and an unreachable provider apart', async () => {
    const before = stub.sent.length;
    const wrong = new SmsSender({ ...stub.config, authToken: 'not-the-token' });
    await expect(wrong.send('+15125550142', 'Hello')).rejects.toMatchObject({
      name: 'SmsError',
      kind: 'auth',
      code: 20003,
    });
    const sender = new SmsSender(stub.config);
    await expect(sender.send('555-0142', 'Hello')).rejects.toMatchObject({ kind: 'refused', code: 21211 });
    stub.optedOut.add('+15125550199');
    const optedOut: unknown = await sender.send('+15125550199', 'A private note').catch((e: unknown) => e);
    expect(optedOut).toBeInstanceOf(SmsError);
    expect(optedOut).toMatchObject({ kind: 'refused', code: 21610 });
    expect((optedOut as SmsError).message).not.toContain('A private note'); // never the text
    const away = new SmsSender({ ...stub.config, apiUrl: 'http://127.0.0.1:9' }, 2_000);
    await expect(away.send('+15125550142', 'Hello')).rejects.toMatchObject({ kind: 'unreachable' });
    expect(stub.sent).toHaveLength(before);
  });

  it('posts an inbound text to a webhook, signed as the provider signs it', async () => {
    const received: { valid: boolean; from: string | null; body: string | null }[] = [];
    const app = new Hono();
    app.post('/sms/inbound', async (c) => {
      const form = new URLSearchParams(await c.req.text());
      const valid = verifySmsSignature(stub.config.authToken, c.req.url, form, c.req.header('X-Twilio-Signature'));
      received.push({ valid, from: form.get('From'), body: form.get('Body') });
      return c.body(null, valid ? 204 : 403);
    });
    const server: ServerType = await new Promise((resolve) => {
      const s = serve({ fetch: app.fetch, hostname: '127.0.0.1', port: 0 }, () => resolve(s));
    });
    const { port } = server.address() as AddressInfo;
    try {
      const response = await stub.receive(`http://127.0.0.1:${port}/sms/inbound`, '+15125550142', 'STOP');
      expect(response.status).toBe(204);
      expect(received).toEqual([{ valid: true, from: '+15125550142', body: 'STOP' }]);
    } finally {
      await new Promise<void>((resolve) => server.close(() => resolve()));
    }
  });

  it('reads its configuration from TANDEM_SMS_*, saying which are missing', () => {
    expect(loadConfig({}, { demo: true }).sms).toBeNull();
    const env = {
      TANDEM_SMS_ACCOUNT_SID: 'AC1',
      TANDEM_SMS_AUTH_TOKEN: 'token',
      TANDEM_SMS_MESSAGING_SERVICE_SID: 'MG1',
    };
    expect(loadConfig(env, { demo: true }).sms).toEqual({
      apiUrl: 'https://api.twilio.com',
      accountSid: 'AC1',
      authToken: 'token',
      messagingServiceSid: 'MG1',
    });
    expect(loadConfig({ ...env, TANDEM_SMS_API_URL: stub.config.apiUrl }, { demo: true }).sms?.apiUrl).toBe(
      stub.config.apiUrl,
    );
    expect(() => loadConfig({ TANDEM_SMS_ACCOUNT_SID: 'AC1' }, { demo: true })).toThrow(
      /TANDEM_SMS_AUTH_TOKEN, TANDEM_SMS_MESSAGING_SERVICE_SID not set/,
    );
    expect(() => loadConfig({ ...env, TANDEM_SMS_API_URL: 'nope' }, { demo: true })).toThrow(ConfigError);
  });
});

// Translation through a LibreTranslate-compatible HTTP service: a real HTTP server on loopback
// that implements the /translate endpoint, in place of a self-hosted LibreTranslate.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import type { Database } from '../src/db/database.js';
import { events } from '../src/db/schema.js';
import { libreTranslate, TranslationError } from '../src/translator.js';
import { backends, client, people, seeded, testConfig, tokenFor } from './harness.js';

interface TranslateRequest {
  q: string;
  source: string;
  target: string;
  format: string;
  api_key?: string;
}

let service: Server;
let url: string;
const received: TranslateRequest[] = [];
/** Texts the service has finished answering (whatever it answered). */
const answered: string[] = [];

beforeAll(async () => {
  service = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw) as TranslateRequest;
      received.push(body);
      res.on('finish', () => answered.push(body.q));
      res.setHeader('Content-Type', 'application/json');
      if (req.url !== '/translate' || req.method !== 'POST') return res.writeHead(404).end('{"error":"Not Found"}');
      if (body.target === 'xx') return res.writeHead(400).end('{"error":"xx is not supported"}');
      if (body.q.includes('break the service')) return res.writeHead(500).end('{"error":"boom"}');
      res.end(JSON.stringify({ translatedText: `[${body.source}→${body.target}] ${body.q}` }));
    });
  });
  await new Promise<void>((resolve) => service.listen(0, '127.0.0.1', resolve));
  url = `http://127.0.0.1:${(service.address() as AddressInfo).port}`;
});
afterAll(() => new Promise((resolve) => service.close(resolve)));

describe('LibreTranslate adapter', () => {
  it('sends plain text with languages, not regions, and the API key when there is one', async () => {
    const translator = libreTranslate({ url, apiKey: 'k-123' });
    expect(await translator.translate('¿Qué libro?', 'es-MX', 'en')).toBe('[es→en] ¿Qué libro?');
    expect(received.at(-1)).toEqual({ q: '¿Qué libro?', source: 'es', target: 'en', format: 'text', api_key: 'k-123' });
  });

  it('turns refusals and silence into TranslationError', async () => {
    await expect(libreTranslate({ url }).translate('hi', 'en', 'xx')).rejects.toBeInstanceOf(TranslationError);
    await expect(libreTranslate({ url: 'http://127.0.0.1:9' }).translate('hi', 'en', 'es')).rejects.toBeInstanceOf(
      TranslationError,
    );
  });
});

describe.each(backends)('translated messages on $name', (backend) => {
  let database: Database;
  let call: ReturnType<typeof client>;

  beforeAll(async () => {
    database = await seeded(backend);
    call = client(database, testConfig({ translation: { url } }));
  });
  afterAll(() => database.close());

  const waitForTranslation = async (token: string, messageId: string) => {
    let message: { translations: unknown[] } | undefined;
    await expect
      .poll(
        async () => {
          const page = await call('GET', '/api/v1/threads/thr_mateo_garcia_rivera/messages?limit=100', { token });
          message = page.json.items.find((m: { id: string }) => m.id === messageId);
          return message?.translations.length ?? 0;
        },
        { timeout: 10_000, interval: 20 },
      )
      .toBeGreaterThan(0);
    return message as Record<string, any>; // eslint-disable-line @typescript-eslint/no-explicit-any
  };

  it("translates for each participant's language, keeps the original, and announces it", async () => {
    const [family, teacher] = await Promise.all([tokenFor(people.guardian), tokenFor(people.educator)]);
    const sent = await call('POST', '/api/v1/threads/thr_mateo_garcia_rivera/messages', {
      token: family,
      body: { body: '¿Puede leer en español también?', clientMessageId: 'tr-1' },
    });
    expect(sent.status).toBe(201);
    expect(sent.json).toMatchObject({ language: 'es', translations: [] });
    const seen = await waitForTranslation(teacher, sent.json.id);
    expect(seen.body).toBe('¿Puede leer en español también?');
    expect(seen.translations).toEqual([
      { language: 'en', body: '[es→en] ¿Puede leer en español también?', machine: true },
    ]);
    const announced = await database.db
      .select()
      .from(events)
      .where(and(eq(events.recipientId, 'per_rivera'), eq(events.type, 'message.translated')));
    expect(announced.map((e) => e.messageId)).toContain(sent.json.id);
  });

  it('delivers the message as sent when the service fails', async () => {
    const family = await tokenFor(people.guardian);
    const warn = vi.spyOn(console, 'warn').mockImplementation(() => undefined);
    try {
      const sent = await call('POST', '/api/v1/threads/thr_mateo_garcia_rivera/messages', {
        token: family,
        body: { body: 'Please break the service', clientMessageId: 'tr-2', language: 'en-US' },
      });
      expect(sent.status).toBe(201);
      // The service was asked and answered its 500, and the server has dealt with the failure.
      await expect.poll(() => answered, { timeout: 10_000, interval: 20 }).toContain('Please break the service');
      const failure = `Translation of ${sent.json.id} to es failed`;
      await expect
        .poll(() => warn.mock.calls.some(([line]) => String(line).startsWith(failure)), {
          timeout: 10_000,
          interval: 20,
        })
        .toBe(true);
      // A message sent after it is translated: the pipeline works here, for the same languages.
      const control = await call('POST', '/api/v1/threads/thr_mateo_garcia_rivera/messages', {
        token: family,
        body: { body: 'Please translate this one', clientMessageId: 'tr-3', language: 'en-US' },
      });
      expect(control.status).toBe(201);
      const translated = await waitForTranslation(family, control.json.id);
      expect(translated.translations).toEqual([
        { language: 'es', body: '[en→es] Please translate this one', machine: true },
      ]);
      // The failed one is there as sent, untranslated and not announced as translated.
      const page = await call('GET', '/api/v1/threads/thr_mateo_garcia_rivera/messages?limit=2', { token: family });
      expect(page.json.items.map((m: { id: string }) => m.id)).toEqual([control.json.id, sent.json.id]);
      expect(page.json.items[1]).toMatchObject({ body: 'Please break the service', translations: [] });
      const announced = await database.db
        .select()
        .from(events)
        .where(and(eq(events.type, 'message.translated'), eq(events.messageId, sent.json.id)));
      expect(announced).toEqual([]);
    } finally {
      warn.mockRestore();
    }
  });
});

// Translation through a LibreTranslate-compatible HTTP service: a real HTTP server on loopback
// that implements the /translate endpoint, in place of a self-hosted LibreTranslate.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
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

beforeAll(async () => {
  service = createServer((req, res) => {
    let raw = '';
    req.on('data', (chunk) => (raw += chunk));
    req.on('end', () => {
      const body = JSON.parse(raw) as TranslateRequest;
      received.push(body);
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
    for (let i = 0; i < 100; i++) {
      const page = await call('GET', '/api/v1/threads/thr_mateo_garcia_rivera/messages?limit=100', { token });
      const message = page.json.items.find((m: { id: string }) => m.id === messageId);
      if (message.translations.length) return message;
      await new Promise((r) => setTimeout(r, 20));
    }
    throw new Error('no translation arrived');
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
    expect(seen.translations).toEqual([{ language: 'en', body: '[es→en] ¿Puede leer en español también?' }]);
    const announced = await database.db
      .select()
      .from(events)
      .where(and(eq(events.recipientId, 'per_rivera'), eq(events.type, 'message.translated')));
    expect(announced.map((e) => e.messageId)).toContain(sent.json.id);
  });

  it('delivers the message as sent when the service fails', async () => {
    const family = await tokenFor(people.guardian);
    const sent = await call('POST', '/api/v1/threads/thr_mateo_garcia_rivera/messages', {
      token: family,
      body: { body: 'Please break the service', clientMessageId: 'tr-2', language: 'en-US' },
    });
    expect(sent.status).toBe(201);
    await new Promise((r) => setTimeout(r, 100));
    const page = await call('GET', '/api/v1/threads/thr_mateo_garcia_rivera/messages?limit=1', { token: family });
    expect(page.json.items[0]).toMatchObject({ id: sent.json.id, body: 'Please break the service', translations: [] });
  });
});

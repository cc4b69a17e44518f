import { Ajv2020 } from 'ajv/dist/2020.js';
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { renderApiMarkdown, serializeOpenApi } from '../scripts/artifacts.js';
import {
  CreateGoalRequest,
  RecordProgressRequest,
  checkGoalValues,
  checkMeasureValue,
  fillPath,
  routes,
  UpdateTenantSettingsRequest,
} from './index.js';
import { buildOpenApiDocument } from './openapi.js';
import { schemaDescriptions } from './openapi-descriptions.js';
import type { RouteDefinition, RouteName } from './routes.js';

const read = (path: string) => readFileSync(fileURLToPath(new URL(path, import.meta.url)), 'utf8');

describe('generated artifacts', () => {
  it('openapi.json is up to date (run `pnpm generate`)', () => {
    expect(read('../openapi.json')).toBe(serializeOpenApi());
  });
  it('docs/api.md is up to date (run `pnpm generate`)', () => {
    expect(read('../../../docs/api.md')).toBe(renderApiMarkdown());
  });
});

describe('OpenAPI document', () => {
  const doc = buildOpenApiDocument() as {
    openapi: string;
    paths: Record<string, Record<string, { operationId: string; responses: Record<string, unknown> }>>;
    components: { schemas: Record<string, unknown> };
  };

  it('is OpenAPI 3.1 with the goals paths', () => {
    expect(doc.openapi).toBe('3.1.0');
    expect(Object.keys(doc.paths['/api/v1/students/{studentId}/goals'] ?? {})).toEqual(['get', 'post']);
    expect(Object.keys(doc.paths['/api/v1/goals/{goalId}'] ?? {})).toEqual(['get', 'patch']);
    expect(Object.keys(doc.paths['/api/v1/goals/{goalId}/progress'] ?? {})).toEqual(['get', 'post']);
  });

  it('leaves demo routes out unless asked', () => {
    expect(doc.paths['/api/dev/tokens']).toBeUndefined();
    const demo = buildOpenApiDocument({ includeDemoRoutes: true }) as typeof doc;
    expect(demo.paths['/api/dev/tokens']?.post?.operationId).toBe('createDevToken');
  });

  it('resolves every $ref to a component', () => {
    const refs = JSON.stringify(doc).match(/"#\/components\/schemas\/[^"]+"/g) ?? [];
    expect(refs.length).toBeGreaterThan(10);
    for (const ref of refs) expect(doc.components.schemas).toHaveProperty(ref.slice(22, -1));
  });

  it('has an operation for every route', () => {
    const ids = Object.values(doc.paths).flatMap((methods) => Object.values(methods).map((op) => op.operationId));
    const expected = Object.entries(routes)
      .filter(([, r]) => r.auth !== 'demo')
      .map(([name]) => name);
    expect(ids.sort()).toEqual(expected.sort());
  });
});

type Json = Record<string, unknown>;
const isObject = (value: unknown): value is Json =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Every property below a schema, with its path (`a.b`, `a[].b` for array items, `a{}.b` for map
 * values), into nullable and union variants, stopping at `$ref`s (they are walked as components).
 */
function propertiesOf(schema: Json, path = ''): { path: string; schema: Json }[] {
  const found: { path: string; schema: Json }[] = [];
  if (isObject(schema.properties)) {
    for (const [key, child] of Object.entries(schema.properties)) {
      if (!isObject(child)) continue;
      const childPath = path ? `${path}.${key}` : key;
      found.push({ path: childPath, schema: child }, ...propertiesOf(child, childPath));
    }
  }
  if (isObject(schema.items)) found.push(...propertiesOf(schema.items, `${path}[]`));
  if (isObject(schema.additionalProperties)) found.push(...propertiesOf(schema.additionalProperties, `${path}{}`));
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const variants = schema[key];
    if (Array.isArray(variants)) for (const v of variants) if (isObject(v)) found.push(...propertiesOf(v, path));
  }
  return found;
}

interface MediaType {
  schema: Json;
  example?: unknown;
}
interface Operation {
  operationId: RouteName;
  description?: string;
  tags: string[];
  parameters?: { name: string; in: string; description?: string }[];
  requestBody?: { description?: string; content: Record<string, MediaType> };
  responses: Record<
    string,
    { description: string; headers?: Record<string, Json>; content?: Record<string, MediaType> }
  >;
}
interface Document {
  tags: { name: string; description?: string }[];
  paths: Record<string, Record<string, Operation>>;
  components: { schemas: Record<string, Json> };
}

describe('OpenAPI document, explained', () => {
  // The document as it is served and committed (JSON), with the demo routes so that they are checked too.
  const full = JSON.parse(JSON.stringify(buildOpenApiDocument({ includeDemoRoutes: true }))) as Document;
  const plain = JSON.parse(serializeOpenApi()) as Document;
  const operations = (doc: Document) => Object.values(doc.paths).flatMap((methods) => Object.values(methods));
  const routeOf = (op: Operation) => (routes as Record<RouteName, RouteDefinition>)[op.operationId];

  it('describes every component schema and every property in it, nested ones included', () => {
    const missing: string[] = [];
    let visited = 0;
    for (const [name, schema] of Object.entries(full.components.schemas)) {
      if (typeof schema.description !== 'string' || !schema.description) missing.push(name);
      for (const property of propertiesOf(schema)) {
        visited++;
        if (typeof property.schema.description !== 'string' || !property.schema.description) {
          missing.push(`${name}.${property.path}`);
        }
      }
    }
    expect(missing).toEqual([]);
    // The walk really reaches nested properties and array items: it cannot pass by visiting nothing.
    expect(Object.keys(full.components.schemas).length).toBeGreaterThan(75);
    expect(visited).toBeGreaterThan(500);
    const paths = Object.entries(full.components.schemas).flatMap(([name, s]) =>
      propertiesOf(s).map((p) => `${name}.${p.path}`),
    );
    expect(paths).toEqual(
      expect.arrayContaining([
        'Booking.needs.accessibilityNote',
        'Message.reachedBy[].channel',
        'RosterImport.files',
        'TenantTranslation.hasApiKey',
        'UpdateTenantSettingsRequest.translation.apiKey',
        'PutFamilyWindowsRequest.windows[].weekday',
      ]),
    );
  });

  it('has no description for a schema or property that does not exist', () => {
    const stale: string[] = [];
    for (const [name, texts] of Object.entries(schemaDescriptions)) {
      const schema = full.components.schemas[name];
      if (!schema) {
        stale.push(name);
        continue;
      }
      const paths = new Set(propertiesOf(schema).map((p) => p.path));
      for (const path of Object.keys(texts.properties ?? {})) if (!paths.has(path)) stale.push(`${name}.${path}`);
    }
    expect(stale).toEqual([]);
  });

  it('describes every operation, parameter and response', () => {
    const missing: string[] = [];
    for (const op of operations(full)) {
      if (!op.description) missing.push(op.operationId);
      for (const p of op.parameters ?? []) if (!p.description) missing.push(`${op.operationId} ${p.in} ${p.name}`);
      for (const [status, response] of Object.entries(op.responses)) {
        if (!response.description || response.description === 'Error.') missing.push(`${op.operationId} ${status}`);
      }
      const body = op.requestBody;
      if (body && !Object.keys(body.content).includes('application/json') && !body.description) {
        missing.push(`${op.operationId} body`);
      }
    }
    expect(missing).toEqual([]);
    expect(operations(full).length).toBe(Object.keys(routes).length);
  });

  it('describes every tag an operation uses, and lists no other', () => {
    for (const doc of [full, plain]) {
      const used = [...new Set(operations(doc).flatMap((op) => op.tags))].sort();
      expect(used).toContain('scheduling');
      expect(doc.tags.map((t) => t.name).sort()).toEqual(used);
      expect(doc.tags.filter((t) => !t.description)).toEqual([]);
    }
    expect(plain.tags.map((t) => t.name)).not.toContain('demo');
  });

  it('gives every operation a success example, and every JSON or text body one, that its schemas accept', () => {
    const problems: string[] = [];
    let parsed = 0;
    for (const op of operations(full)) {
      const route = routeOf(op);
      const success = op.responses[String(route.success.status)]?.content ?? {};
      const type = route.success.contentType ?? 'application/json';
      const example = success[type]?.example;
      if (example === undefined) problems.push(`${op.operationId}: no response example`);
      else if (type === 'text/event-stream') {
        // Each event's data, as a stream reader would take it.
        const events = String(example).split('\n\n').filter(Boolean);
        if (!events.length) problems.push(`${op.operationId}: an empty stream`);
        for (const event of events) {
          const data = /^data: (.*)$/m.exec(event)?.[1];
          const result = data === undefined ? undefined : route.success.schema.safeParse(JSON.parse(data));
          if (!/^id: \d+$/m.test(event) || !result?.success) problems.push(`${op.operationId}: event ${event}`);
          else parsed++;
        }
      } else {
        const result = route.success.schema.safeParse(example);
        if (!result.success) problems.push(`${op.operationId} response: ${JSON.stringify(result.error.issues)}`);
        else if (typeof example === 'string' && !example.trim()) problems.push(`${op.operationId}: empty text`);
        else parsed++;
      }
      const content = op.requestBody?.content ?? {};
      if (route.body) {
        const body = content['application/json']?.example;
        const result = route.body.safeParse(body);
        if (body === undefined || !result.success) {
          problems.push(
            `${op.operationId} request: ${body === undefined ? 'none' : JSON.stringify(result.error?.issues)}`,
          );
        } else parsed++;
      } else if (route.upload && route.upload !== 'application/zip') {
        // Raw MIME and a provider's form: text, shown as it goes over the wire. (A zip has no text to show.)
        const body = content[route.upload]?.example;
        if (typeof body !== 'string' || !body.trim()) problems.push(`${op.operationId} request: none`);
        else parsed++;
      }
    }
    expect(problems).toEqual([]);
    expect(parsed).toBeGreaterThan(Object.keys(routes).length + 20);
  });

  it('gives JSON examples that the document’s own JSON Schemas accept, as other tools read them', () => {
    // Formats are zod's to check (above); here: types, required fields, enums, no unknown keys.
    const ajv = new Ajv2020({ strict: false, validateFormats: false });
    ajv.addSchema({ $id: 'tandem', components: full.components });
    const rejected: string[] = [];
    let checked = 0;
    const check = (op: Operation, what: string, media: MediaType | undefined) => {
      if (!isObject(media?.example)) return;
      const schema = JSON.parse(
        JSON.stringify(media.schema).replaceAll('"#/components/', '"tandem#/components/'),
      ) as Json;
      if (ajv.validate(schema, media.example)) checked++;
      else rejected.push(`${op.operationId} ${what}: ${ajv.errorsText()}`);
    };
    for (const op of operations(full)) {
      check(op, 'request', op.requestBody?.content['application/json']);
      for (const [status, response] of Object.entries(op.responses)) {
        check(op, status, response.content?.['application/json']);
      }
    }
    expect(rejected).toEqual([]);
    expect(checked).toBeGreaterThan(60);
  });

  it('names the sms form and mail fields the webhooks read in their examples', () => {
    const sms = full.paths['/api/v1/inbound/sms']?.post?.requestBody?.content['application/x-www-form-urlencoded'];
    const form = new URLSearchParams(String(sms?.example));
    expect(['MessageSid', 'AccountSid', 'From', 'Body'].filter((k) => !form.get(k))).toEqual([]);
    const mail = full.paths['/api/v1/inbound/mail']?.post?.requestBody?.content['message/rfc822'];
    expect(String(mail?.example)).toMatch(/^From: .*\r\nTo: r-.*\r\n[\s\S]*Message-ID: <[^>]+>\r\n[\s\S]*\r\n\r\n\S/);
  });

  it('documents Retry-After, in integer seconds, on every 429 and 503', () => {
    const problems: string[] = [];
    let seen = 0;
    for (const op of operations(full)) {
      for (const status of ['429', '503']) {
        const response = op.responses[status];
        if (!response) {
          problems.push(`${op.operationId} ${status}: missing`);
          continue;
        }
        const header = response.headers?.['Retry-After'];
        const schema = isObject(header?.schema) ? header.schema : {};
        if (schema.type !== 'integer' || !header?.description) problems.push(`${op.operationId} ${status}`);
        else seen++;
      }
      expect(op.responses['429']?.headers?.['Retry-After']?.required).toBe(true);
    }
    expect(problems).toEqual([]);
    expect(seen).toBe(2 * Object.keys(routes).length);
  });
});

describe('request schemas', () => {
  it('reject unknown keys', () => {
    const result = RecordProgressRequest.safeParse({ value: 1, date: '2026-11-02', extra: true });
    expect(result.success).toBe(false);
  });
  it('reject impossible calendar dates', () => {
    expect(RecordProgressRequest.safeParse({ value: 1, date: '2026-02-30' }).success).toBe(false);
    expect(RecordProgressRequest.safeParse({ value: 1, date: '2026-02-28' }).success).toBe(true);
  });
  it('trim text and reject blank statements', () => {
    const base = { domain: 'academic', measureType: 'count', unit: 'books' } as const;
    expect(CreateGoalRequest.safeParse({ ...base, statement: '   ' }).success).toBe(false);
    expect(CreateGoalRequest.parse({ ...base, statement: '  Read  ' }).statement).toBe('Read');
  });
});

describe('rules', () => {
  it('bound values by measure type', () => {
    expect(checkMeasureValue('percent', 101, 'value')).toHaveLength(1);
    expect(checkMeasureValue('count', 2.5, 'value')[0]?.code).toBe('not_integer');
    expect(checkMeasureValue('yes_no', 1, 'value')).toEqual([]);
    expect(checkMeasureValue('rating', 0, 'value')[0]?.code).toBe('out_of_range');
  });
  it('keep target dates after start dates', () => {
    const goal = { measureType: 'count', baseline: 1, target: 5, startDate: '2026-09-01' } as const;
    expect(checkGoalValues({ ...goal, targetDate: '2026-08-31' })[0]?.path).toBe('targetDate');
    expect(checkGoalValues({ ...goal, targetDate: '2026-09-01' })).toEqual([]);
  });
  it('encode path parameters', () => {
    expect(fillPath('/api/v1/goals/{goalId}', { goalId: 'a/b' })).toBe('/api/v1/goals/a%2Fb');
    expect(() => fillPath('/api/v1/goals/{goalId}', {})).toThrow(/goalId/);
  });
});

describe('tenant settings', () => {
  /** The errors of a refused body, as `path code` strings. */
  const refusals = (body: unknown) => {
    const result = UpdateTenantSettingsRequest.safeParse(body);
    if (result.success) return [];
    return result.error.issues.map((issue) => {
      const code = issue.code === 'custom' ? (issue.params as { code?: string } | undefined)?.code : issue.code;
      return `${issue.path.join('.')} ${code}`;
    });
  };

  it('takes exact origins, https or loopback http', () => {
    const good = [
      'https://www.district.example',
      'https://lms.example:8443',
      'http://localhost:5173',
      'http://127.0.0.1',
    ];
    expect(refusals({ allowedOrigins: good })).toEqual([]);
    expect(
      refusals({
        allowedOrigins: [
          'http://www.district.example',
          'https://www.district.example/',
          'https://www.district.example/page',
          'https://*.district.example',
          'https://WWW.district.example',
          'https://www.district.example:443',
          'https://user@www.district.example',
          'www.district.example',
          'null',
          'https://lms.example:8443',
          'https://lms.example:8443',
        ],
      }),
    ).toEqual([
      'allowedOrigins.0 not_https',
      'allowedOrigins.1 not_an_origin',
      'allowedOrigins.2 not_an_origin',
      'allowedOrigins.3 wildcard',
      'allowedOrigins.4 not_an_origin',
      'allowedOrigins.5 not_an_origin',
      'allowedOrigins.6 not_an_origin',
      'allowedOrigins.7 invalid_origin',
      'allowedOrigins.8 invalid_origin',
      'allowedOrigins.10 duplicate',
    ]);
    const many = Array.from({ length: 51 }, (_, i) => `https://s${i}.example`);
    expect(refusals({ allowedOrigins: many })).toEqual(['allowedOrigins too_big']);
    expect(refusals({ allowedOrigins: many.slice(0, 50) })).toEqual([]);
  });

  it('takes IANA time zone names that exist, not offsets', () => {
    expect(refusals({ timeZone: 'America/Chicago' })).toEqual([]);
    expect(refusals({ timeZone: 'UTC' })).toEqual([]);
    for (const timeZone of ['Mars/Olympus_Mons', '+05:00', '-0800', '', 'America/Chicago ', 'Europe/../UTC']) {
      expect(refusals({ timeZone })).toEqual(['timeZone unknown_time_zone']);
    }
  });

  it('takes a pair of quiet hours, or null', () => {
    expect(refusals({ educatorQuietHours: { start: '17:00', end: '07:30' } })).toEqual([]);
    expect(refusals({ educatorQuietHours: null })).toEqual([]);
    expect(refusals({ educatorQuietHours: { start: '17:00' } })).toEqual(['educatorQuietHours.end invalid_type']);
    expect(refusals({ educatorQuietHours: { start: '24:00', end: '7:30' } })).toEqual([
      'educatorQuietHours.start invalid_format',
      'educatorQuietHours.end invalid_format',
    ]);
    expect(refusals({ educatorQuietHours: { start: '08:00', end: '08:00' } })).toEqual([
      'educatorQuietHours.end empty_range',
    ]);
  });

  it('takes a custom translation service over https, with a write-only key', () => {
    expect(refusals({ translation: { mode: 'off' } })).toEqual([]);
    expect(refusals({ translation: { mode: 'custom', url: 'https://translate.example/libre', apiKey: 'k' } })).toEqual(
      [],
    );
    expect(refusals({ translation: { mode: 'custom', url: 'http://127.0.0.1:5000' } })).toEqual([]);
    expect(refusals({ translation: { mode: 'custom', url: 'http://translate.example' } })).toEqual([
      'translation.url not_https',
    ]);
    expect(refusals({ translation: { mode: 'custom', url: 'https://me:secret@translate.example' } })).toEqual([
      'translation.url credentials_in_url',
    ]);
    expect(refusals({ translation: { mode: 'custom' } })).toEqual(['translation.url invalid_type']);
    expect(refusals({ translation: { mode: 'off', apiKey: 'k' } })).toEqual(['translation unrecognized_keys']);
    expect(refusals({ translation: { mode: 'custom', url: 'https://t.example', hasApiKey: true } })).toEqual([
      'translation unrecognized_keys',
    ]);
  });

  it('keeps records 30 to 36500 days, or for good', () => {
    expect(refusals({ retentionDays: 30 })).toEqual([]);
    expect(refusals({ retentionDays: 36_500 })).toEqual([]);
    expect(refusals({ retentionDays: null })).toEqual([]);
    expect(refusals({ retentionDays: 29 })).toEqual(['retentionDays too_small']);
    expect(refusals({ retentionDays: 36_501 })).toEqual(['retentionDays too_big']);
    expect(refusals({ retentionDays: 90.5 })).toEqual(['retentionDays invalid_type']);
    expect(refusals({ id: 'ten_other' })).toEqual([' unrecognized_keys']);
  });
});

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

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

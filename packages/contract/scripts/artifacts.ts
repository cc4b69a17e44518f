import { buildOpenApiDocument } from '../src/openapi.js';

export function serializeOpenApi(): string {
  return `${JSON.stringify(buildOpenApiDocument(), null, 2)}\n`;
}

interface Operation {
  operationId: string;
  summary: string;
  description?: string;
  security: unknown[];
  parameters?: { name: string; in: string; required: boolean; description?: string }[];
  requestBody?: { content: Record<string, { schema: { $ref?: string } }> };
  responses: Record<string, { description: string; content?: Record<string, { schema: { $ref?: string } }> }>;
}

const refName = (schema: { $ref?: string } | undefined) => schema?.$ref?.split('/').pop() ?? 'inline schema';

/** docs/api.md: a readable index of the OpenAPI document, generated so that it cannot drift. */
export function renderApiMarkdown(): string {
  const doc = buildOpenApiDocument() as { paths: Record<string, Record<string, Operation>> };
  const lines = [
    '# Tandem API reference',
    '',
    '<!-- Generated from the route table by `pnpm generate`; do not edit by hand. -->',
    '',
    'Base path `/api/v1`, JSON bodies, ISO 8601 datetimes with an offset, opaque string ids.',
    'The machine-readable document is served at `GET /api/openapi.json` and committed as',
    '[`packages/contract/openapi.json`](../packages/contract/openapi.json).',
    '',
    '- **Auth**: `Authorization: Bearer <jwt>` on every `/api/v1` route ([auth.md](auth.md)).',
    '- **Errors**: `application/problem+json` (RFC 9457) with `type`, `title`, `status`, `detail`, `requestId`, and `errors[]` (`path`, `code`, `message`) for validation.',
    '- **Lists**: `?limit=` (1–100, default 25) and `?cursor=` → `{ items, nextCursor }`; pass `nextCursor` back until it is `null`.',
    '- **Writes**: bodies are strict (an unknown key is a 400). Every `POST` takes an `Idempotency-Key` header; repeating the request with the same key returns the first result (header `Idempotent-Replayed: true`). `PATCH` bodies carry the `version` you read; a stale one answers 409.',
    '- **Rate limit**: per person; a 429 carries `Retry-After`.',
    '',
    '| method | path | summary | auth |',
    '| --- | --- | --- | --- |',
  ];
  const sections: string[] = [];
  for (const [path, methods] of Object.entries(doc.paths)) {
    for (const [method, op] of Object.entries(methods)) {
      const auth = op.security.length ? 'bearer' : 'none';
      lines.push(
        `| ${method.toUpperCase()} | \`${path}\` | [${op.summary}](#${op.operationId.toLowerCase()}) | ${auth} |`,
      );
      sections.push('', `## ${op.operationId}`, '', `\`${method.toUpperCase()} ${path}\` — ${op.summary}.`);
      if (op.description) sections.push('', op.description);
      if (op.parameters?.length) {
        sections.push('', '| parameter | in | required |', '| --- | --- | --- |');
        for (const p of op.parameters) sections.push(`| \`${p.name}\` | ${p.in} | ${p.required ? 'yes' : 'no'} |`);
      }
      if (op.requestBody) {
        sections.push('', `Body: \`${refName(op.requestBody.content['application/json']?.schema)}\`.`);
      }
      sections.push('', '| status | meaning |', '| --- | --- |');
      for (const [status, response] of Object.entries(op.responses)) {
        const schema = response.content ? ` (\`${refName(Object.values(response.content)[0]?.schema)}\`)` : '';
        sections.push(`| ${status} | ${response.description}${schema} |`);
      }
    }
  }
  return `${[...lines, ...sections].join('\n')}\n`;
}

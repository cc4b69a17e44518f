import './zod.js';
import * as z from 'zod/mini';
import { TenantSettings, TenantTranslation, UpdateTenantSettingsRequest } from './admin.js';
import {
  ActionStep,
  ContentTranslation,
  Goal,
  Person,
  ProgressEntry,
  QuietHours,
  Relationship,
  School,
  Student,
  Tenant,
} from './domain.js';
import { FieldError, Problem, PROBLEM_CONTENT_TYPE } from './problem.js';
import {
  RecordAuditEntry,
  RecordMessage,
  RecordPerson,
  RecordThread,
  RecordWaitlistEntry,
  StudentRecord,
} from './record.js';
import {
  EditMessageRequest,
  InboundReply,
  MarkReadRequest,
  Message,
  MessageReport,
  Participant,
  ReadState,
  RealtimeEvent,
  ReportMessageRequest,
  SendMessageRequest,
  StartThreadRequest,
  Thread,
} from './messaging.js';
import {
  AddPushSubscriptionRequest,
  NotificationSettings,
  PushSubscription,
  UpdateNotificationSettingsRequest,
} from './notifications.js';
import {
  ActionStepInput,
  CreateDevTokenRequest,
  CreateGoalRequest,
  DevToken,
  DevUser,
  DevUserList,
  Health,
  Me,
  NewActionStep,
  RecordProgressRequest,
  SetInterpreterReviewRequest,
  UpdateGoalRequest,
} from './requests.js';
import { RosterCounts, RosterImport, RosterImportPage, RosterImportSummary, RosterProblem } from './roster.js';
import {
  AccessNeeds,
  AvailabilityOffer,
  Booking,
  CancelBookingRequest,
  CreateBookingRequest,
  CreateOfferRequest,
  FamilyWindow,
  FamilyWindows,
  JoinWaitlistRequest,
  PutFamilyWindowsRequest,
  RescheduleBookingRequest,
  SchedulingEvent,
  Slot,
  StudentEducator,
  WaitlistEntry,
  StudentFamilyWindows,
} from './scheduling.js';
import {
  BookingPage,
  OpenApiDocument,
  SchedulingRecord,
  SlotList,
  StudentEducatorList,
  GoalListItem,
  GoalPage,
  MessagePage,
  ProgressPage,
  StudentPage,
  ThreadPage,
  routes,
  type RouteDefinition,
  type RouteName,
} from './routes.js';
import {
  apiDescription,
  operationDescriptions,
  parameterDescriptions,
  requestBodyDescriptions,
  responseDescriptions,
  schemaDescriptions,
  tagDescriptions,
  type SchemaText,
} from './openapi-descriptions.js';
import { operationExamples, type StreamEvent } from './openapi-examples.js';

/** The API's own version (the URL carries the major). */
export const API_VERSION = '1.0.0';

type JsonSchema = Record<string, unknown>;

/** A goal as a student's record lists it: the goal with every progress entry. */
const RecordGoal = StudentRecord.shape.goals.def.element;

// Every object a request or response holds is a named component, so that each is described once.
const responseSchemas = {
  Goal,
  GoalListItem,
  GoalPage,
  ActionStep,
  ContentTranslation,
  ProgressEntry,
  ProgressPage,
  Student,
  StudentPage,
  Relationship,
  Me,
  Person,
  QuietHours,
  Tenant,
  School,
  Health,
  DevUser,
  DevUserList,
  DevToken,
  Problem,
  FieldError,
  Thread,
  ThreadPage,
  Participant,
  Message,
  MessagePage,
  ReadState,
  RealtimeEvent,
  MessageReport,
  InboundReply,
  AvailabilityOffer,
  Slot,
  SlotList,
  Booking,
  BookingPage,
  SchedulingEvent,
  SchedulingRecord,
  StudentEducator,
  StudentEducatorList,
  FamilyWindow,
  FamilyWindows,
  StudentFamilyWindows,
  WaitlistEntry,
  TenantSettings,
  TenantTranslation,
  StudentRecord,
  RecordPerson,
  RecordGoal,
  RecordThread,
  RecordMessage,
  RecordWaitlistEntry,
  RecordAuditEntry,
  RosterImport,
  RosterImportSummary,
  RosterImportPage,
  RosterProblem,
  RosterCounts,
  NotificationSettings,
  PushSubscription,
  OpenApiDocument,
};
const requestSchemas = {
  CreateGoalRequest,
  NewActionStep,
  UpdateGoalRequest,
  ActionStepInput,
  RecordProgressRequest,
  CreateDevTokenRequest,
  StartThreadRequest,
  SendMessageRequest,
  MarkReadRequest,
  EditMessageRequest,
  ReportMessageRequest,
  SetInterpreterReviewRequest,
  CreateOfferRequest,
  CreateBookingRequest,
  AccessNeeds,
  CancelBookingRequest,
  RescheduleBookingRequest,
  PutFamilyWindowsRequest,
  JoinWaitlistRequest,
  UpdateTenantSettingsRequest,
  UpdateNotificationSettingsRequest,
  AddPushSubscriptionRequest,
};

/** The names of the document's component schemas. */
export type ComponentName = keyof typeof responseSchemas | keyof typeof requestSchemas;

const statusText: Record<number, string> = {
  400: 'The request is malformed or fails validation (`errors[]` says where).',
  401: 'No valid bearer token.',
  403: 'The signed-in person may see this but not do this.',
  404: 'Not found, or not visible to the signed-in person (the two are indistinguishable).',
  409: 'Conflicts with the current state (a stale `version`, a status change that is not allowed, an idempotent request still in progress).',
  413: 'The body is larger than this route takes.',
  415: 'The body is not of the media type this route takes.',
  422: 'The `Idempotency-Key` was used before with a different request.',
  429: 'Too many requests; wait `Retry-After` seconds.',
  500: 'Something failed on the server; nothing was half-written.',
  503: 'The service is busy or restarting (its database does not answer); nothing was saved. Try again after `Retry-After` seconds.',
};

/** Seconds to wait, on the statuses the server sends it with (`rateLimited` and the database's 503 in the server). */
const retryAfterHeaders: Record<number, JsonSchema> = {
  429: {
    description:
      'Seconds to wait before trying again (a refused request used up nothing, so waiting this long is enough).',
    required: true,
    schema: { type: 'integer', minimum: 1 },
  },
  503: {
    description:
      'Seconds to wait before trying again. Sent when the database is busy or restarting; a health check that finds the database down may answer without it.',
    required: false,
    schema: { type: 'integer', minimum: 1 },
  },
};

const isSchema = (value: unknown): value is JsonSchema =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

/**
 * Gives each property below `schema` its text from `texts`, by path: `a.b` for a property of a
 * property, `a[].b` for one of an array's items, `a{}.b` for one of a map's values. Variants of
 * `anyOf`/`oneOf` (nullable, unions) share their parent's path; `$ref`s are described where they point.
 */
function describeProperties(schema: JsonSchema, texts: Readonly<Record<string, string>>, path: string): void {
  const properties = schema.properties;
  if (isSchema(properties)) {
    for (const [key, child] of Object.entries(properties)) {
      if (!isSchema(child)) continue;
      const childPath = path ? `${path}.${key}` : key;
      const text = texts[childPath];
      // Description first, so that the document reads well.
      const described = text === undefined ? child : { description: text, ...child };
      properties[key] = described;
      describeProperties(described, texts, childPath);
    }
  }
  if (isSchema(schema.items)) describeProperties(schema.items, texts, `${path}[]`);
  if (isSchema(schema.additionalProperties)) describeProperties(schema.additionalProperties, texts, `${path}{}`);
  for (const key of ['anyOf', 'oneOf', 'allOf']) {
    const variants = schema[key];
    if (Array.isArray(variants)) for (const v of variants) if (isSchema(v)) describeProperties(v, texts, path);
  }
}

function components(schemas: Record<string, z.ZodMiniType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  const described: Record<string, JsonSchema> = {};
  for (const [name, generated] of Object.entries(out)) {
    // A copy: describing must not reach parts that zod may share between schemas.
    const schema = structuredClone(generated);
    delete schema.$schema;
    delete schema.$id;
    const texts: SchemaText | undefined = (schemaDescriptions as Partial<Record<string, SchemaText>>)[name];
    if (texts) describeProperties(schema, texts.properties ?? {}, '');
    described[name] = texts ? { description: texts.description, ...schema } : schema;
  }
  return described;
}

function nameOf(schema: z.ZodMiniType, named: Record<string, z.ZodMiniType>): string | undefined {
  return Object.entries(named).find(([, s]) => s === schema)?.[0];
}

function schemaRef(schema: z.ZodMiniType, named: Record<string, z.ZodMiniType>, io: 'input' | 'output'): JsonSchema {
  const name = nameOf(schema, named);
  if (name) return { $ref: `#/components/schemas/${name}` };
  const inline = z.toJSONSchema(schema, { target: 'draft-2020-12', io }) as JsonSchema;
  delete inline.$schema;
  return inline;
}

function parameters(
  operationId: RouteName,
  object: z.ZodMiniObject | undefined,
  where: 'path' | 'query',
): JsonSchema[] {
  if (!object) return [];
  const json = z.toJSONSchema(object, { target: 'draft-2020-12', io: 'input' }) as {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, schema]) => {
    const description = parameterDescriptions[`${operationId}.${name}`] ?? parameterDescriptions[name];
    return {
      name,
      in: where,
      ...(description ? { description } : {}),
      required: where === 'path' || (json.required ?? []).includes(name),
      schema,
    };
  });
}

const problemResponse = (operationId: RouteName, status: number) => {
  const retryAfter = retryAfterHeaders[status];
  return {
    description: responseDescriptions[`${operationId}.${status}`] ?? statusText[status] ?? 'Error.',
    ...(retryAfter ? { headers: { 'Retry-After': retryAfter } } : {}),
    content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
  };
};

/** An event stream's example as it goes over the wire. */
const streamText = (events: readonly StreamEvent[]) =>
  events.map((e) => `id: ${e.id}\nevent: ${e.data.type}\ndata: ${JSON.stringify(e.data)}\n\n`).join('');

function operation(operationId: RouteName, route: RouteDefinition): JsonSchema {
  const description = operationDescriptions[operationId];
  const example: { request?: unknown; response?: unknown } = operationExamples[operationId];
  const params = [...parameters(operationId, route.params, 'path'), ...parameters(operationId, route.query, 'query')];
  if (route.method === 'POST') {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Any unique string (a UUID). Repeating a POST with the same key returns the first result.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  }
  // Every route takes a token from the rate limiter, which lives in the database: any may answer 429 or 503.
  const errorStatuses = [...new Set([400, ...route.errors, 429, 500, 503])].sort();
  const successType = route.success.contentType ?? 'application/json';
  const responseExample =
    successType === 'text/event-stream' && Array.isArray(example.response)
      ? streamText(example.response as StreamEvent[])
      : example.response;
  const responses: Record<string, unknown> = {
    [route.success.status]: {
      description: route.success.description,
      content: {
        [successType]: {
          schema: schemaRef(route.success.schema, responseSchemas, 'output'),
          ...(responseExample === undefined ? {} : { example: responseExample }),
        },
        ...(route.success.alternative
          ? {
              [route.success.alternative.contentType]: {
                schema: { type: 'string', description: route.success.alternative.description },
              },
            }
          : {}),
      },
    },
  };
  for (const status of errorStatuses) responses[status] = problemResponse(operationId, status);
  const requestExample = example.request === undefined ? {} : { example: example.request };
  return {
    operationId,
    summary: route.summary,
    ...(description ? { description } : {}),
    tags: [route.tag],
    ...(route.auth === 'bearer'
      ? { security: [{ bearerAuth: [] }] }
      : route.auth === 'webhook' && route.upload === 'message/rfc822'
        ? { security: [{ inboundMailToken: [] }] }
        : { security: [] }),
    ...(params.length ? { parameters: params } : {}),
    ...(route.upload
      ? {
          requestBody: {
            description: requestBodyDescriptions[route.upload],
            required: true,
            content: {
              [route.upload]: { schema: { type: 'string', contentMediaType: route.upload }, ...requestExample },
            },
          },
        }
      : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: {
              'application/json': { schema: schemaRef(route.body, requestSchemas, 'input'), ...requestExample },
            },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the API, generated from the route table. */
export function buildOpenApiDocument(options: { includeDemoRoutes?: boolean } = {}): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  const tags = new Set<string>();
  for (const [operationId, route] of Object.entries(routes) as [RouteName, RouteDefinition][]) {
    if (route.auth === 'demo' && !options.includeDemoRoutes) continue;
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(operationId, route);
    tags.add(route.tag);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tandem API',
      version: API_VERSION,
      description: apiDescription,
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    // In the table's order; only the tags this document's operations use.
    tags: Object.entries(tagDescriptions)
      .filter(([name]) => tags.has(name))
      .map(([name, description]) => ({ name, description })),
    paths,
    components: {
      securitySchemes: {
        bearerAuth: {
          type: 'http',
          scheme: 'bearer',
          bearerFormat: 'JWT',
          description: "A short-lived JWT (≤ 15 minutes) minted by the district's backend; see docs/auth.md.",
        },
        inboundMailToken: {
          type: 'http',
          scheme: 'bearer',
          description:
            'TANDEM_INBOUND_MAIL_TOKEN, as a bearer token or as the password of Basic auth (a webhook URL with user:token@); see docs/notifications.md.',
        },
      },
      schemas: { ...components(responseSchemas, 'output'), ...components(requestSchemas, 'input') },
    },
  };
}

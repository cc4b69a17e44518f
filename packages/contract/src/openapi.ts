import './zod.js';
import * as z from 'zod/mini';
import { TenantSettings, UpdateTenantSettingsRequest } from './admin.js';
import { Goal, ProgressEntry, Student } from './domain.js';
import { Problem, PROBLEM_CONTENT_TYPE } from './problem.js';
import { StudentRecord } from './record.js';
import {
  EditMessageRequest,
  MarkReadRequest,
  Message,
  MessageReport,
  ReadState,
  RealtimeEvent,
  ReportMessageRequest,
  SendMessageRequest,
  StartThreadRequest,
  Thread,
} from './messaging.js';
import {
  CreateDevTokenRequest,
  CreateGoalRequest,
  DevToken,
  DevUserList,
  Health,
  Me,
  RecordProgressRequest,
  SetInterpreterReviewRequest,
  UpdateGoalRequest,
} from './requests.js';
import {
  AvailabilityOffer,
  Booking,
  CancelBookingRequest,
  CreateBookingRequest,
  CreateOfferRequest,
  FamilyWindows,
  JoinWaitlistRequest,
  PutFamilyWindowsRequest,
  RescheduleBookingRequest,
  Slot,
  WaitlistEntry,
  StudentFamilyWindows,
} from './scheduling.js';
import {
  BookingPage,
  SchedulingRecord,
  SlotList,
  StudentEducatorList,
  GoalPage,
  MessagePage,
  ProgressPage,
  StudentPage,
  ThreadPage,
  routes,
  type RouteDefinition,
  type RouteName,
} from './routes.js';

/** The API's own version (the URL carries the major). */
export const API_VERSION = '1.0.0';

type JsonSchema = Record<string, unknown>;

const responseSchemas = {
  Goal,
  GoalPage,
  ProgressEntry,
  ProgressPage,
  Student,
  StudentPage,
  Me,
  Health,
  DevUserList,
  DevToken,
  Problem,
  Thread,
  ThreadPage,
  Message,
  MessagePage,
  ReadState,
  RealtimeEvent,
  MessageReport,
  AvailabilityOffer,
  Slot,
  SlotList,
  Booking,
  BookingPage,
  SchedulingRecord,
  StudentEducatorList,
  FamilyWindows,
  StudentFamilyWindows,
  WaitlistEntry,
  TenantSettings,
  StudentRecord,
};
const requestSchemas = {
  CreateGoalRequest,
  UpdateGoalRequest,
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
  CancelBookingRequest,
  RescheduleBookingRequest,
  PutFamilyWindowsRequest,
  JoinWaitlistRequest,
  UpdateTenantSettingsRequest,
};

// Longer explanations live here, not in the route table, so that browsers never download them.
const descriptions: Partial<Record<RouteName, string>> = {
  listThreads:
    "Only the threads the viewer takes part in: guardians in separate homes never see each other's direct threads.",
  startThread:
    "Every participant must be one of the student's guardians (allowed to message) or educators. With exactly one other participant the thread is direct, and an existing direct thread between the same two people about the same student is returned instead of a new one.",
  sendMessage:
    'Plain text up to 4,000 characters. The server assigns the per-thread sequence number inside the insert transaction. A repeat with the same `clientMessageId` from the same sender returns the first message, so a retry never makes a second one.',
  editMessage:
    'Only the sender, within 15 minutes of sending. The earlier text is kept in the record; there is no delete.',
  setGoalInterpreterReview:
    "The student's educators only (a family sees the status, and is refused with 403). `needed`: a human interpreter should check the goal's machine translations before the family relies on them (IEP content); `reviewed`: they have; null clears it. The goal's version goes up, so a widget holding it refreshes.",
  setMessageInterpreterReview:
    'Educators taking part in the thread only (a family sees the status, and is refused with 403). The participants get a `message.updated` event.',
  getEvents:
    'Read it with `fetch` and a bearer token (not `EventSource`, which cannot send headers). Each event `id` is a durable cursor: reconnect with `Last-Event-ID` (or `?lastEventId=`) and the server replays everything after it from the database. A comment line every 15 s keeps proxies open. At most 5 streams per person.',
  listStudents:
    'A guardian sees their children; an educator their assigned students; an admin every student of the district.',
  listSlots:
    "Slots are derived from the educator's offers, in the educator's time zone (daylight-saving changes included); `start` and `end` are instants. A family sees the slots of their children's educators. `available` is false when the slot is full, starts within the offer's cut-off, or lies beyond its booking window; `status` says which: `full` (a family may join the waiting list) or `closed` (cut-off or booking window). At most 62 days per request.",
  createOffer:
    'Only the educator themself. Weekly offers repeat on `weekdays` (1 Monday … 7 Sunday) from `startDate` until `endDate` (open-ended when null).',
  createBooking:
    "A guardian allowed to book, for their child, with one of the child's educators. The seat is taken in the same transaction with a conditional update on the slot's row, and the database refuses `booked > capacity`: however many people try at once, a slot never holds more bookings than its capacity. A full slot answers 409; book another. A household that already holds `maxBookingsPerHousehold` live meetings of the slot's offer answers 409 with type `urn:tandem:problem:booking-limit`. Access needs (interpreter, child care, transport, a note) go to the educator.",
  cancelBooking:
    'The family who booked, or the educator. The seat is free again at once: the first family waiting for it (see joinWaitlist) is booked into it in the same step.',
  joinWaitlist:
    'Only for a full slot (otherwise book it). When a seat frees up, the families waiting are booked in the order they joined, with the modality and needs they gave; an entry that can no longer be booked (the time is too close, the family may no longer book) expires and the next one is tried.',
  getStudentRecord:
    "The export behind a family's right to inspect their child's education records (FERPA), and the district's copy for an audit: the student and school, goals with every progress entry (who recorded it, in which role and setting), conversations with every message, its translations, earlier texts and reports, bookings (cancelled ones too), the scheduling record, waiting lists and the access log. Guardians with record access, the student's educators and the district's admins; what each copy holds is in docs/records.md (a family's copy has its own conversations and booking notes only). Send `Accept: text/html` for a printable page instead of JSON. The export is itself recorded in the access log.",
  getBookingIcs:
    'The meeting as an iCalendar event (UTC times), with its place or modality and the access needs asked for.',
  getTenantSettings:
    "District administrators only (403 for anyone else). Each administrator sees their own district's settings. A custom translation service's API key is never returned, only `hasApiKey`.",
  updateTenantSettings:
    "District administrators only. Only the fields given change, and every change is recorded in the audit log. Changes apply at once on every server instance: allowed origins (CORS) within moments, quiet hours and translation from the next message. `allowedOrigins` (at most 50) are exact origins as browsers send them — `https://host[:port]`, no path, no wildcard; http only for localhost and 127.0.0.1. `educatorQuietHours` apply to the district's educators who have set none of their own. `translation` is replaced as a whole: `server` (this server's service, if any), `off`, or `custom` with the district's LibreTranslate-compatible `url` (https) and a write-only `apiKey` (null removes it; left out, the stored key is kept while the address stays the same). `retentionDays` (30–36500, or null to keep records) is stored; nothing deletes records by it yet.",
  listGoals: 'Oldest first, so that the order stays put as goals are added.',
  createGoal:
    'An educator creates a goal (active unless they propose it); a guardian proposes one, and it is always created with status `proposed`. Send an `Idempotency-Key` header so that a retry returns the first result instead of creating a second goal.',
  updateGoal:
    "Educators change a goal's fields, status and action steps. `version` must be the goal's current version; a stale one answers 409 and changes nothing.",
  listProgress: 'Newest first (by date, then by when they were recorded), from home and school alike.',
  recordProgress:
    'Guardians and educators record a reading of an active goal. The server stamps `recordedBy`, `recorderRole` and `setting` (`home` for guardians, `school` for educators). Send an `Idempotency-Key` header so that a retry never records twice.',
};

const statusText: Record<number, string> = {
  400: 'The request is malformed or fails validation (`errors[]` says where).',
  401: 'No valid bearer token.',
  403: 'The signed-in person may see this but not do this.',
  404: 'Not found, or not visible to the signed-in person (the two are indistinguishable).',
  409: 'Conflicts with the current state (a stale `version`, a status change that is not allowed, an idempotent request still in progress).',
  422: 'The `Idempotency-Key` was used before with a different request.',
  429: 'Too many requests; wait `Retry-After` seconds.',
  500: 'Something failed on the server; nothing was half-written.',
  503: 'The database does not answer.',
};

function components(schemas: Record<string, z.ZodMiniType>, io: 'input' | 'output'): Record<string, JsonSchema> {
  const registry = z.registry<{ id: string }>();
  for (const [id, schema] of Object.entries(schemas)) registry.add(schema, { id });
  const { schemas: out } = z.toJSONSchema(registry, {
    target: 'draft-2020-12',
    io,
    uri: (id) => `#/components/schemas/${id}`,
  }) as { schemas: Record<string, JsonSchema> };
  for (const schema of Object.values(out)) {
    delete schema.$schema;
    delete schema.$id;
  }
  return out;
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

function parameters(object: z.ZodMiniObject | undefined, where: 'path' | 'query'): JsonSchema[] {
  if (!object) return [];
  const json = z.toJSONSchema(object, { target: 'draft-2020-12', io: 'input' }) as {
    properties: Record<string, JsonSchema>;
    required?: string[];
  };
  return Object.entries(json.properties).map(([name, schema]) => ({
    name,
    in: where,
    required: where === 'path' || (json.required ?? []).includes(name),
    schema,
  }));
}

const problemResponse = (status: number) => ({
  description: statusText[status] ?? 'Error.',
  content: { [PROBLEM_CONTENT_TYPE]: { schema: { $ref: '#/components/schemas/Problem' } } },
});

function operation(operationId: RouteName, route: RouteDefinition): JsonSchema {
  const description = descriptions[operationId];
  const params = [...parameters(route.params, 'path'), ...parameters(route.query, 'query')];
  if (route.method === 'POST') {
    params.push({
      name: 'Idempotency-Key',
      in: 'header',
      required: false,
      description: 'Any unique string (a UUID). Repeating a POST with the same key returns the first result.',
      schema: { type: 'string', minLength: 1, maxLength: 255 },
    });
  }
  const errorStatuses = [...new Set([400, ...route.errors, 429, 500])].sort();
  const responses: Record<string, unknown> = {
    [route.success.status]: {
      description: route.success.description,
      content: {
        [route.success.contentType ?? 'application/json']: {
          schema: schemaRef(route.success.schema, responseSchemas, 'output'),
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
  for (const status of errorStatuses) responses[status] = problemResponse(status);
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
            required: true,
            content: { [route.upload]: { schema: { type: 'string', contentMediaType: route.upload } } },
          },
        }
      : {}),
    ...(route.body
      ? {
          requestBody: {
            required: true,
            content: { 'application/json': { schema: schemaRef(route.body, requestSchemas, 'input') } },
          },
        }
      : {}),
    responses,
  };
}

/** The OpenAPI 3.1 document of the API, generated from the route table. */
export function buildOpenApiDocument(options: { includeDemoRoutes?: boolean } = {}): JsonSchema {
  const paths: Record<string, Record<string, JsonSchema>> = {};
  for (const [operationId, route] of Object.entries(routes) as [RouteName, RouteDefinition][]) {
    if (route.auth === 'demo' && !options.includeDemoRoutes) continue;
    (paths[route.path] ??= {})[route.method.toLowerCase()] = operation(operationId, route);
  }
  return {
    openapi: '3.1.0',
    info: {
      title: 'Tandem API',
      version: API_VERSION,
      description:
        'Home–school collaboration: shared student goals with progress recorded at home and at school. Errors are RFC 9457 problem details.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    tags: [
      { name: 'system' },
      { name: 'people' },
      { name: 'students' },
      { name: 'goals' },
      { name: 'progress' },
      { name: 'messages' },
      { name: 'admin' },
      { name: 'inbound' },
      ...(options.includeDemoRoutes ? [{ name: 'demo' }] : []),
    ],
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

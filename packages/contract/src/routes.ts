import './zod.js';
import * as z from 'zod/mini';
import { TenantSettings, UpdateTenantSettingsRequest } from './admin.js';
import { Goal, ProgressEntry, Student } from './domain.js';
import {
  EditMessageRequest,
  InboundReply,
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
import { Id, PageQuery, StudentRef, page } from './primitives.js';
import { StudentRecord } from './record.js';
import {
  AvailabilityOffer,
  Booking,
  CancelBookingRequest,
  CreateBookingRequest,
  CreateOfferRequest,
  FamilyWindows,
  JoinWaitlistRequest,
  PutFamilyWindowsRequest,
  WaitlistEntry,
  RescheduleBookingRequest,
  SchedulingEvent,
  Slot,
  SlotQuery,
  StudentEducator,
  StudentFamilyWindows,
} from './scheduling.js';
import { RosterImport, RosterImportPage, RosterImportQuery } from './roster.js';
import {
  AddPushSubscriptionRequest,
  NotificationSettings,
  PushSubscription,
  UpdateNotificationSettingsRequest,
} from './notifications.js';
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

export type HttpMethod = 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';

/** none: public. bearer: a JWT for a person. demo: public, and present only in demo mode. */
/**
 * `bearer`: a district token; `none`: public; `demo`: demo mode only; `webhook`: a provider's
 * call (the mail provider's token, the SMS provider's request signature), never a browser's.
 */
export type RouteAuth = 'none' | 'bearer' | 'demo' | 'webhook';

export interface RouteDefinition {
  method: HttpMethod;
  /** OpenAPI-style template, `{name}` for a path parameter. */
  path: string;
  summary: string;
  tag: string;
  auth: RouteAuth;
  params?: z.ZodMiniObject;
  query?: z.ZodMiniObject;
  body?: z.ZodMiniType;
  /** A file body of this media type (not JSON), e.g. a roster zip: the bytes as they are. */
  upload?: 'application/zip' | 'message/rfc822' | 'application/x-www-form-urlencoded';
  /** `text/event-stream`: a Server-Sent Events stream whose events' `data` match `schema`. */
  success: {
    status: 200 | 201 | 202;
    description: string;
    schema: z.ZodMiniType;
    contentType?: 'text/event-stream' | 'text/calendar' | 'text/xml';
    /**
     * The same resource in another representation, sent instead of the JSON when the request's
     * `Accept` prefers it (JSON stays the default, and what the client asks for).
     */
    alternative?: { contentType: 'text/html'; description: string };
  };
  /** Error statuses this route may answer, besides 400 for a bad request, 429 and 500. */
  errors: readonly number[];
}

/* @__NO_SIDE_EFFECTS__ */
function route<const R extends RouteDefinition>(definition: R): R {
  return definition;
}

const StudentParams = /* @__PURE__ */ z.strictObject({ studentId: StudentRef });
const GoalParams = /* @__PURE__ */ z.strictObject({ goalId: Id });
const ThreadParams = /* @__PURE__ */ z.strictObject({ threadId: Id });
const MessageParams = /* @__PURE__ */ z.strictObject({ messageId: Id });
const EducatorParams = /* @__PURE__ */ z.strictObject({ educatorId: Id });
const SlotParams = /* @__PURE__ */ z.strictObject({ slotId: Id });
const BookingParams = /* @__PURE__ */ z.strictObject({ bookingId: Id });
const EventsQuery = /* @__PURE__ */ z.strictObject({
  lastEventId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^\d{1,18}$/))),
});

/**
 * A goal as `listGoals` lists it: with its newest progress entries, newest first, when the
 * request asks for them (`recentProgress`), so a tracker needs no request per goal.
 */
// The shape spread, not z.extend (which brings ~0.4 kB of zod's helpers into every widget), in
// a function marked pure: a bare `Goal.shape` would keep the goal schemas in bundles that never
// list goals.
/* @__NO_SIDE_EFFECTS__ */
const withRecentProgress = () =>
  /* @__PURE__ */ z.object({
    ...Goal.shape,
    recentProgress: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.array(ProgressEntry)),
  });
export const GoalListItem = /* @__PURE__ */ withRecentProgress();
export type GoalListItem = z.infer<typeof GoalListItem>;
export const GoalPage = /* @__PURE__ */ page(GoalListItem);
/** The most progress entries per goal `listGoals` includes. */
export const RECENT_PROGRESS_MAX = 100;
/* @__NO_SIDE_EFFECTS__ */
const goalListQuery = () =>
  /* @__PURE__ */ z.strictObject({
    ...PageQuery.shape,
    recentProgress: /* @__PURE__ */ z.optional(
      /* @__PURE__ */ z.coerce
        .number<number>()
        .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(RECENT_PROGRESS_MAX)),
    ),
  });
const GoalListQuery = /* @__PURE__ */ goalListQuery();
export const SlotList = /* @__PURE__ */ page(Slot);
export const BookingPage = /* @__PURE__ */ page(Booking);
export const SchedulingRecord = /* @__PURE__ */ z.object({ items: /* @__PURE__ */ z.array(SchedulingEvent) });
export const StudentEducatorList = /* @__PURE__ */ z.object({ items: /* @__PURE__ */ z.array(StudentEducator) });
export const ProgressPage = /* @__PURE__ */ page(ProgressEntry);
export const StudentPage = /* @__PURE__ */ page(Student);
export const ThreadPage = /* @__PURE__ */ page(Thread);
/**
 * A page of messages; the newest page (no cursor) also says where the viewer's realtime stream
 * stood when it was read, so a stream opened from there misses nothing sent after this read.
 */
export const MessagePage = /* @__PURE__ */ z.object({
  items: /* @__PURE__ */ z.array(Message),
  nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  lastEventId: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.string()),
});
export type MessagePage = z.infer<typeof MessagePage>;
export const OpenApiDocument = /* @__PURE__ */ z.record(/* @__PURE__ */ z.string(), /* @__PURE__ */ z.unknown());

// Each route is its own export, so a bundle keeps only the routes (and schemas) it calls.
export const getHealth = route({
  method: 'GET',
  path: '/api/health',
  summary: 'Health check',
  tag: 'system',
  auth: 'none',
  success: { status: 200, description: 'The server and its database answer.', schema: Health },
  errors: [503],
});

export const getOpenApi = route({
  method: 'GET',
  path: '/api/openapi.json',
  summary: 'This OpenAPI 3.1 document',
  tag: 'system',
  auth: 'none',
  success: { status: 200, description: 'The OpenAPI document.', schema: OpenApiDocument },
  errors: [],
});

export const getMe = route({
  method: 'GET',
  path: '/api/v1/me',
  summary: 'The signed-in person',
  tag: 'people',
  auth: 'bearer',
  success: { status: 200, description: 'The person the token was minted for, and their district.', schema: Me },
  errors: [401],
});

export const listStudents = route({
  method: 'GET',
  path: '/api/v1/students',
  summary: "The signed-in person's students",
  tag: 'students',
  auth: 'bearer',
  query: PageQuery,
  success: { status: 200, description: 'A page of students.', schema: StudentPage },
  errors: [401],
});

export const getStudent = route({
  method: 'GET',
  path: '/api/v1/students/{studentId}',
  summary: 'One student',
  tag: 'students',
  auth: 'bearer',
  params: StudentParams,
  success: { status: 200, description: "The student, with the viewer's relationship to them.", schema: Student },
  errors: [401, 404],
});

export const listGoals = route({
  method: 'GET',
  path: '/api/v1/students/{studentId}/goals',
  summary: "A student's goals",
  tag: 'goals',
  auth: 'bearer',
  params: StudentParams,
  query: GoalListQuery,
  success: { status: 200, description: 'A page of goals.', schema: GoalPage },
  errors: [401, 404],
});

export const createGoal = route({
  method: 'POST',
  path: '/api/v1/students/{studentId}/goals',
  summary: 'Create or propose a goal',
  tag: 'goals',
  auth: 'bearer',
  params: StudentParams,
  body: CreateGoalRequest,
  success: { status: 201, description: 'The goal as created.', schema: Goal },
  errors: [401, 403, 404, 409, 422],
});

export const getGoal = route({
  method: 'GET',
  path: '/api/v1/goals/{goalId}',
  summary: 'One goal',
  tag: 'goals',
  auth: 'bearer',
  params: GoalParams,
  success: { status: 200, description: 'The goal.', schema: Goal },
  errors: [401, 404],
});

export const updateGoal = route({
  method: 'PATCH',
  path: '/api/v1/goals/{goalId}',
  summary: 'Change a goal',
  tag: 'goals',
  auth: 'bearer',
  params: GoalParams,
  body: UpdateGoalRequest,
  success: { status: 200, description: 'The goal after the change, with its new version.', schema: Goal },
  errors: [401, 403, 404, 409],
});

export const setGoalInterpreterReview = route({
  method: 'PUT',
  path: '/api/v1/goals/{goalId}/interpreter-review',
  summary: "Ask for (or record) a human interpreter's review of a goal's translations",
  tag: 'goals',
  auth: 'bearer',
  params: GoalParams,
  body: SetInterpreterReviewRequest,
  success: { status: 200, description: 'The goal with its review status and a new version.', schema: Goal },
  errors: [401, 403, 404],
});

export const listProgress = route({
  method: 'GET',
  path: '/api/v1/goals/{goalId}/progress',
  summary: "A goal's progress entries",
  tag: 'progress',
  auth: 'bearer',
  params: GoalParams,
  query: PageQuery,
  success: { status: 200, description: 'A page of progress entries.', schema: ProgressPage },
  errors: [401, 404],
});

export const recordProgress = route({
  method: 'POST',
  path: '/api/v1/goals/{goalId}/progress',
  summary: 'Record progress',
  tag: 'progress',
  auth: 'bearer',
  params: GoalParams,
  body: RecordProgressRequest,
  success: { status: 201, description: 'The entry as recorded.', schema: ProgressEntry },
  errors: [401, 403, 404, 409],
});

export const listThreads = route({
  method: 'GET',
  path: '/api/v1/students/{studentId}/threads',
  summary: "The viewer's conversations about a student",
  tag: 'messages',
  auth: 'bearer',
  params: StudentParams,
  query: PageQuery,
  success: { status: 200, description: 'A page of threads, most recent activity first.', schema: ThreadPage },
  errors: [401, 403, 404],
});

export const startThread = route({
  method: 'POST',
  path: '/api/v1/students/{studentId}/threads',
  summary: 'Start a conversation about a student',
  tag: 'messages',
  auth: 'bearer',
  params: StudentParams,
  body: StartThreadRequest,
  success: {
    status: 201,
    description: 'The thread (an existing direct thread between the same two people is returned).',
    schema: Thread,
  },
  errors: [401, 403, 404],
});

export const listMessages = route({
  method: 'GET',
  path: '/api/v1/threads/{threadId}/messages',
  summary: "A thread's messages",
  tag: 'messages',
  auth: 'bearer',
  params: ThreadParams,
  query: PageQuery,
  success: { status: 200, description: 'A page of messages, newest first.', schema: MessagePage },
  errors: [401, 404],
});

export const sendMessage = route({
  method: 'POST',
  path: '/api/v1/threads/{threadId}/messages',
  summary: 'Send a message',
  tag: 'messages',
  auth: 'bearer',
  params: ThreadParams,
  body: SendMessageRequest,
  success: { status: 201, description: 'The message, with its sequence number.', schema: Message },
  errors: [401, 403, 404],
});

export const markThreadRead = route({
  method: 'POST',
  path: '/api/v1/threads/{threadId}/read',
  summary: 'Mark messages as read',
  tag: 'messages',
  auth: 'bearer',
  params: ThreadParams,
  body: MarkReadRequest,
  success: { status: 200, description: "The viewer's read state after the change.", schema: ReadState },
  errors: [401, 404],
});

export const editMessage = route({
  method: 'PATCH',
  path: '/api/v1/messages/{messageId}',
  summary: 'Change a message just sent',
  tag: 'messages',
  auth: 'bearer',
  params: MessageParams,
  body: EditMessageRequest,
  success: { status: 200, description: 'The message with its new text; the earlier text is kept.', schema: Message },
  errors: [401, 403, 404, 409],
});

export const setMessageInterpreterReview = route({
  method: 'PUT',
  path: '/api/v1/messages/{messageId}/interpreter-review',
  summary: "Ask for (or record) a human interpreter's review of a message's translations",
  tag: 'messages',
  auth: 'bearer',
  params: MessageParams,
  body: SetInterpreterReviewRequest,
  success: { status: 200, description: 'The message with its review status.', schema: Message },
  errors: [401, 403, 404],
});

export const reportMessage = route({
  method: 'POST',
  path: '/api/v1/messages/{messageId}/reports',
  summary: 'Report a message to the school',
  tag: 'messages',
  auth: 'bearer',
  params: MessageParams,
  body: ReportMessageRequest,
  success: { status: 201, description: 'The report, kept for the school to review.', schema: MessageReport },
  errors: [401, 404],
});

export const getEvents = route({
  method: 'GET',
  path: '/api/v1/events',
  summary: 'Realtime events (Server-Sent Events)',
  tag: 'messages',
  auth: 'bearer',
  query: EventsQuery,
  success: {
    status: 200,
    description: 'A stream of events for the signed-in person; each event id is a durable cursor.',
    schema: RealtimeEvent,
    contentType: 'text/event-stream',
  },
  errors: [401, 429],
});

export const listStudentEducators = route({
  method: 'GET',
  path: '/api/v1/students/{studentId}/educators',
  summary: "A student's educators",
  tag: 'scheduling',
  auth: 'bearer',
  params: StudentParams,
  success: { status: 200, description: "The student's educators, by name.", schema: StudentEducatorList },
  errors: [401, 404],
});

export const listSlots = route({
  method: 'GET',
  path: '/api/v1/educators/{educatorId}/slots',
  summary: "An educator's meeting slots",
  tag: 'scheduling',
  auth: 'bearer',
  params: EducatorParams,
  query: SlotQuery,
  success: {
    status: 200,
    description: 'Slots starting between `from` and `to`, earliest first, a page at a time.',
    schema: SlotList,
  },
  errors: [401, 404],
});

export const createOffer = route({
  method: 'POST',
  path: '/api/v1/educators/{educatorId}/offers',
  summary: 'Offer meeting times',
  tag: 'scheduling',
  auth: 'bearer',
  params: EducatorParams,
  body: CreateOfferRequest,
  success: { status: 201, description: 'The offer; its slots are listed with the slots.', schema: AvailabilityOffer },
  errors: [401, 403, 404],
});

export const createBooking = route({
  method: 'POST',
  path: '/api/v1/slots/{slotId}/bookings',
  summary: 'Book a slot for a student',
  tag: 'scheduling',
  auth: 'bearer',
  params: SlotParams,
  body: CreateBookingRequest,
  success: { status: 201, description: 'The booking.', schema: Booking },
  errors: [401, 403, 404, 409],
});

export const joinWaitlist = route({
  method: 'POST',
  path: '/api/v1/slots/{slotId}/waitlist',
  summary: 'Wait for a full slot',
  tag: 'scheduling',
  auth: 'bearer',
  params: SlotParams,
  body: JoinWaitlistRequest,
  success: { status: 201, description: 'The place in line.', schema: WaitlistEntry },
  errors: [401, 403, 404, 409],
});

export const listStudentBookings = route({
  method: 'GET',
  path: '/api/v1/students/{studentId}/bookings',
  summary: "A student's meetings",
  tag: 'scheduling',
  auth: 'bearer',
  params: StudentParams,
  query: PageQuery,
  success: { status: 200, description: 'Bookings, latest start first, cancelled ones included.', schema: BookingPage },
  errors: [401, 403, 404],
});

export const getBooking = route({
  method: 'GET',
  path: '/api/v1/bookings/{bookingId}',
  summary: 'A booking',
  tag: 'scheduling',
  auth: 'bearer',
  params: BookingParams,
  success: { status: 200, description: 'The booking.', schema: Booking },
  errors: [401, 404],
});

export const cancelBooking = route({
  method: 'POST',
  path: '/api/v1/bookings/{bookingId}/cancel',
  summary: 'Cancel a booking',
  tag: 'scheduling',
  auth: 'bearer',
  params: BookingParams,
  body: CancelBookingRequest,
  success: { status: 200, description: 'The booking, cancelled; its seat is free again.', schema: Booking },
  errors: [401, 403, 404],
});

export const getBookingIcs = route({
  method: 'GET',
  path: '/api/v1/bookings/{bookingId}/ics',
  summary: 'A booking as an iCalendar file',
  tag: 'scheduling',
  auth: 'bearer',
  params: BookingParams,
  success: {
    status: 200,
    description: 'An iCalendar (RFC 5545) file with the meeting, for any calendar app.',
    schema: /* @__PURE__ */ z.string(),
    contentType: 'text/calendar',
  },
  errors: [401, 404],
});

export const rescheduleBooking = route({
  method: 'POST',
  path: '/api/v1/bookings/{bookingId}/reschedule',
  summary: 'Move a booking to another slot',
  tag: 'scheduling',
  auth: 'bearer',
  params: BookingParams,
  body: RescheduleBookingRequest,
  success: { status: 201, description: 'The new booking; the old one is cancelled in the same step.', schema: Booking },
  errors: [401, 403, 404, 409],
});

export const getSchedulingRecord = route({
  method: 'GET',
  path: '/api/v1/students/{studentId}/scheduling-record',
  summary: "A student's record of attempts to meet",
  tag: 'scheduling',
  auth: 'bearer',
  params: StudentParams,
  success: {
    status: 200,
    description: 'Every booking, cancellation and reschedule, oldest first.',
    schema: SchedulingRecord,
  },
  errors: [401, 403, 404],
});

export const getStudentRecord = route({
  method: 'GET',
  path: '/api/v1/students/{studentId}/record',
  summary: "A student's record, for the family or an audit",
  tag: 'students',
  auth: 'bearer',
  params: StudentParams,
  success: {
    status: 200,
    description: 'Everything Tandem holds about the student that the viewer may see.',
    schema: StudentRecord,
    alternative: {
      contentType: 'text/html',
      description: 'The same record as a printable page, with names and dates in the school’s time zone.',
    },
  },
  errors: [401, 403, 404],
});

export const getMyWindows = route({
  method: 'GET',
  path: '/api/v1/me/availability-windows',
  summary: 'The times that usually work for me',
  tag: 'scheduling',
  auth: 'bearer',
  success: { status: 200, description: 'Recurring weekly windows, on the person’s clock.', schema: FamilyWindows },
  errors: [401],
});

export const putMyWindows = route({
  method: 'PUT',
  path: '/api/v1/me/availability-windows',
  summary: 'Say which times usually work for me',
  tag: 'scheduling',
  auth: 'bearer',
  body: PutFamilyWindowsRequest,
  success: {
    status: 200,
    description: 'The windows, as stored (they replace the earlier ones).',
    schema: FamilyWindows,
  },
  errors: [401],
});

export const listStudentFamilyWindows = route({
  method: 'GET',
  path: '/api/v1/students/{studentId}/family-windows',
  summary: "When a student's families can usually meet",
  tag: 'scheduling',
  auth: 'bearer',
  params: StudentParams,
  success: {
    status: 200,
    description: "Each guardian's windows, with the viewer's free slots that fall inside them.",
    schema: StudentFamilyWindows,
  },
  errors: [401, 403, 404],
});

export const getTenantSettings = route({
  method: 'GET',
  path: '/api/v1/admin/tenant',
  summary: "The district's settings",
  tag: 'admin',
  auth: 'bearer',
  success: {
    status: 200,
    description: "The signed-in administrator's district, as configured.",
    schema: TenantSettings,
  },
  errors: [401, 403],
});

export const updateTenantSettings = route({
  method: 'PATCH',
  path: '/api/v1/admin/tenant',
  summary: "Change the district's settings",
  tag: 'admin',
  auth: 'bearer',
  body: UpdateTenantSettingsRequest,
  success: {
    status: 200,
    description: 'The settings after the change; they apply at once, on every server instance.',
    schema: TenantSettings,
  },
  errors: [401, 403],
});

export const listDevUsers = route({
  method: 'GET',
  path: '/api/dev/users',
  summary: 'Seeded people (demo mode only)',
  tag: 'demo',
  auth: 'demo',
  success: { status: 200, description: 'Every seeded person.', schema: DevUserList },
  errors: [404],
});

export const createRosterImport = route({
  method: 'POST',
  path: '/api/v1/admin/roster-imports',
  summary: 'Import a OneRoster 1.1 or 1.2 CSV bundle (district admins)',
  tag: 'admin',
  auth: 'bearer',
  query: RosterImportQuery,
  upload: 'application/zip',
  success: {
    status: 202,
    description:
      'The import has started: poll its Location (GET …/roster-imports/{importId}) until its status is no longer running.',
    schema: RosterImport,
  },
  errors: [401, 403, 413, 415],
});

export const listRosterImports = route({
  method: 'GET',
  path: '/api/v1/admin/roster-imports',
  summary: "The district's roster imports, newest first (district admins)",
  tag: 'admin',
  auth: 'bearer',
  query: PageQuery,
  success: { status: 200, description: 'A page of imports, without their problem lists.', schema: RosterImportPage },
  errors: [401, 403],
});

export const getRosterImport = route({
  method: 'GET',
  path: '/api/v1/admin/roster-imports/{importId}',
  summary: 'One roster import and its report (district admins)',
  tag: 'admin',
  auth: 'bearer',
  params: /* @__PURE__ */ z.strictObject({ importId: Id }),
  success: { status: 200, description: 'The import, its counts and its problems.', schema: RosterImport },
  errors: [401, 403, 404],
});

export const createDevToken = route({
  method: 'POST',
  path: '/api/dev/tokens',
  summary: 'Mint a token for a seeded person (demo mode only)',
  tag: 'demo',
  auth: 'demo',
  body: CreateDevTokenRequest,
  success: { status: 201, description: 'A token valid for 15 minutes.', schema: DevToken },
  errors: [404],
});

export const getMyNotificationSettings = route({
  method: 'GET',
  path: '/api/v1/me/notification-settings',
  summary: 'How I hear of messages I have not read',
  tag: 'people',
  auth: 'bearer',
  success: {
    status: 200,
    description: 'The channel, quiet hours and delay, with what can reach me.',
    schema: NotificationSettings,
  },
  errors: [401],
});

export const putMyNotificationSettings = route({
  method: 'PUT',
  path: '/api/v1/me/notification-settings',
  summary: 'Choose how I hear of messages I have not read',
  tag: 'people',
  auth: 'bearer',
  body: UpdateNotificationSettingsRequest,
  success: { status: 200, description: 'The settings, as stored.', schema: NotificationSettings },
  errors: [401],
});

export const addPushSubscription = route({
  method: 'POST',
  path: '/api/v1/me/push-subscriptions',
  summary: 'Let this browser receive push notifications',
  tag: 'people',
  auth: 'bearer',
  body: AddPushSubscriptionRequest,
  success: { status: 201, description: 'The browser is registered (again, if it was).', schema: PushSubscription },
  errors: [401, 404],
});

export const removePushSubscription = route({
  method: 'DELETE',
  path: '/api/v1/me/push-subscriptions/{subscriptionId}',
  summary: 'Stop push notifications to a browser',
  tag: 'people',
  auth: 'bearer',
  params: /* @__PURE__ */ z.strictObject({ subscriptionId: Id }),
  success: { status: 200, description: 'The browser that was removed.', schema: PushSubscription },
  errors: [401, 404],
});

export const receiveMailReply = route({
  method: 'POST',
  path: '/api/v1/inbound/mail',
  summary: 'A reply by email, as raw MIME (the inbound webhook of a mail provider)',
  tag: 'inbound',
  auth: 'webhook',
  upload: 'message/rfc822',
  success: {
    status: 202,
    description:
      'The reply is a message in its thread (or already was: the same Message-ID adds nothing). A refused reply is a 422 saying why.',
    schema: InboundReply,
  },
  errors: [401, 404, 413, 415, 422],
});

export const receiveSms = route({
  method: 'POST',
  path: '/api/v1/inbound/sms',
  summary: "A text from a family (the SMS provider's webhook, signed with X-Twilio-Signature)",
  tag: 'inbound',
  auth: 'webhook',
  upload: 'application/x-www-form-urlencoded',
  success: {
    status: 200,
    description: 'TwiML: the text sent back, if any (a keyword confirmation, or which conversation a reply is for).',
    schema: /* @__PURE__ */ z.string(),
    contentType: 'text/xml',
  },
  errors: [401, 404, 413, 415],
});

/**
 * Every route of the API, as plain data. The server implements exactly these, the client
 * has one function per entry, and the OpenAPI document is generated from them.
 */
export const routes = {
  createRosterImport,
  listRosterImports,
  getRosterImport,
  getHealth,
  getOpenApi,
  getMe,
  listStudents,
  getStudent,
  listGoals,
  createGoal,
  getGoal,
  updateGoal,
  setGoalInterpreterReview,
  listProgress,
  recordProgress,
  listThreads,
  startThread,
  listMessages,
  sendMessage,
  markThreadRead,
  editMessage,
  setMessageInterpreterReview,
  reportMessage,
  getEvents,
  listStudentEducators,
  listSlots,
  createOffer,
  createBooking,
  listStudentBookings,
  getBooking,
  cancelBooking,
  getBookingIcs,
  rescheduleBooking,
  joinWaitlist,
  getSchedulingRecord,
  getStudentRecord,
  getMyWindows,
  putMyWindows,
  listStudentFamilyWindows,
  getTenantSettings,
  updateTenantSettings,
  listDevUsers,
  createDevToken,
  getMyNotificationSettings,
  putMyNotificationSettings,
  addPushSubscription,
  removePushSubscription,
  receiveMailReply,
  receiveSms,
} as const satisfies Record<string, RouteDefinition>;

export type Routes = typeof routes;
export type RouteName = keyof Routes;

type InferOr<S, Fallback> = S extends z.ZodMiniType ? z.input<S> : Fallback;

/** Path parameters of a route, `{}` when it has none. */
export type RouteParams<N extends RouteName> = Routes[N] extends { params: infer P }
  ? InferOr<P, never>
  : Record<string, never>;
export type RouteQuery<N extends RouteName> = Routes[N] extends { query: infer Q }
  ? InferOr<Q, never>
  : Record<string, never>;
export type RouteBody<N extends RouteName> = Routes[N] extends { upload: string }
  ? Blob | ArrayBuffer | Uint8Array
  : Routes[N] extends { body: infer B }
    ? InferOr<B, never>
    : undefined;
export type RouteResponse<N extends RouteName> = z.output<Routes[N]['success']['schema']>;

/** Fills `{name}` placeholders; values are URI-encoded. */
export function fillPath(template: string, params: Record<string, string>): string {
  return template.replace(/\{(\w+)\}/g, (_, name: string) => {
    const value = params[name];
    if (value === undefined) throw new TypeError(`Missing path parameter "${name}"`);
    return encodeURIComponent(value);
  });
}

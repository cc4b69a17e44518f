import './zod.js';
import * as z from 'zod/mini';
import { EducatorRole, InterpreterReview, PersonKind, QuietHours, RecorderRole } from './domain.js';
import { DateTime, Id, LanguageTag, TimeZone } from './primitives.js';

/** What a conversation shows of the people in it: enough to say who, and when to expect an answer. */
export const Participant = /* @__PURE__ */ z.object({
  id: Id,
  displayName: /* @__PURE__ */ z.string(),
  kind: PersonKind,
  educatorRole: /* @__PURE__ */ z.nullable(EducatorRole),
  language: LanguageTag,
  timeZone: TimeZone,
  /** Educators' hours off; messages sent then are marked for delivery when they end. */
  quietHours: /* @__PURE__ */ z.nullable(QuietHours),
  /** Receipts: everything up to this sequence number has reached the person's app… */
  lastDeliveredSeq: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
  /** …and has been read by them. */
  lastReadSeq: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
});
export type Participant = z.infer<typeof Participant>;

/** direct: one guardian and one educator (the default). group: several of the student's guardians and educators. */
export const ThreadKind = /* @__PURE__ */ z.enum(['direct', 'group']);

/**
 * Unread counts stop here, so that counting never scans a long backlog: a thread with this many
 * unread messages or more says this many, and a page shows it as "99+".
 */
export const UNREAD_COUNT_CAP = 100;

export const Thread = /* @__PURE__ */ z.object({
  id: Id,
  studentId: Id,
  kind: ThreadKind,
  participantIds: /* @__PURE__ */ z.array(Id),
  participants: /* @__PURE__ */ z.array(Participant),
  subject: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  /**
   * Messages from others after the viewer's last read one, counted up to `UNREAD_COUNT_CAP`:
   * that many means at least that many (show "99+").
   */
  unreadCount: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
  /** The highest message sequence number so far (0 when empty). */
  lastSeq: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
  lastMessageAt: /* @__PURE__ */ z.nullable(DateTime),
  createdAt: DateTime,
});
export type Thread = z.infer<typeof Thread>;

export const MESSAGE_MAX_LENGTH = 4000;

/** The channels a notification goes on. */
export const NotificationChannel = /* @__PURE__ */ z.enum(['email', 'sms', 'push']);
export type NotificationChannel = z.infer<typeof NotificationChannel>;

export const MessageVia = /* @__PURE__ */ z.enum(['app', 'email', 'sms']);

export const Message = /* @__PURE__ */ z.object({
  id: Id,
  threadId: Id,
  /** 1, 2, 3… per thread, assigned by the server in order of arrival. */
  seq: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1)),
  senderId: Id,
  senderRole: RecorderRole,
  /** Plain text, never HTML. */
  body: /* @__PURE__ */ z.string(),
  language: LanguageTag,
  clientMessageId: /* @__PURE__ */ z.string(),
  sentAt: DateTime,
  /**
   * Set when a recipient educator was in quiet hours: the message waits for them until then
   * (the end of their quiet hours, in their time zone), and the family is told so.
   */
  deliverAfter: /* @__PURE__ */ z.nullable(DateTime),
  /** Set when the sender changed the text (within the edit window); earlier texts are kept. */
  editedAt: /* @__PURE__ */ z.nullable(DateTime),
  /**
   * Translations for the participants' languages; `body` is always the original. `machine`:
   * made by a translation service (see ContentTranslation), false when written by a person.
   */
  translations: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      language: LanguageTag,
      body: /* @__PURE__ */ z.string(),
      machine: /* @__PURE__ */ z.boolean(),
    }),
  ),
  /** Whether a human interpreter should check the translations; set by the student's educators. */
  interpreterReview: InterpreterReview,
  /** How it was written: in the page, or as a reply to an email or a text. */
  via: MessageVia,
  /**
   * Who was told of it outside the page, how and when ("sent by text at 5:40 PM"): one entry
   * per notification that covered it. Shown to the other participants; the address never is.
   */
  reachedBy: /* @__PURE__ */ z.array(
    /* @__PURE__ */ z.object({
      personId: Id,
      channel: NotificationChannel,
      at: DateTime,
    }),
  ),
});
export type Message = z.infer<typeof Message>;

const ClientMessageId = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(100), /* @__PURE__ */ z.regex(/^[\x21-\x7e]+$/));

/** Start a conversation about a student with some of their guardians and educators (the sender joins). */
export const StartThreadRequest = /* @__PURE__ */ z.strictObject({
  participantIds: /* @__PURE__ */ z.array(Id).check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(10)),
  subject: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z
        .string()
        .check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(120)),
    ),
  ),
});
export type StartThreadRequest = z.input<typeof StartThreadRequest>;

/** Send a message. A repeat with the same `clientMessageId` returns the first message instead of a second one. */
export const SendMessageRequest = /* @__PURE__ */ z.strictObject({
  body: /* @__PURE__ */ z
    .string()
    .check(
      /* @__PURE__ */ z.minLength(1),
      /* @__PURE__ */ z.maxLength(MESSAGE_MAX_LENGTH),
      /* @__PURE__ */ z.regex(/\S/),
    ),
  clientMessageId: ClientMessageId,
  language: /* @__PURE__ */ z.optional(LanguageTag),
});
export type SendMessageRequest = z.input<typeof SendMessageRequest>;

/** Everything up to and including `seq` has been read. */
export const MarkReadRequest = /* @__PURE__ */ z.strictObject({
  seq: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
});
export type MarkReadRequest = z.input<typeof MarkReadRequest>;

export const ReadState = /* @__PURE__ */ z.object({
  threadId: Id,
  lastReadSeq: /* @__PURE__ */ z.number().check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(0)),
  /** As in `Thread`: at most `UNREAD_COUNT_CAP`. */
  unreadCount: /* @__PURE__ */ z.number(),
});
export type ReadState = z.infer<typeof ReadState>;

/**
 * One event of the realtime stream (`GET /api/v1/events`), the `data` of a Server-Sent Event
 * whose `id` is a durable cursor. Ids only: read the thing itself through the API.
 */
export const RealtimeEvent = /* @__PURE__ */ z.object({
  /** `message.updated`: something about the message changed besides its text (its interpreter review, who it reached outside the page): read it again from `seq`. */
  type: /* @__PURE__ */ z.enum([
    'message.created',
    'message.translated',
    'message.updated',
    'thread.read',
    'thread.delivered',
    'thread.created',
  ]),
  studentId: Id,
  threadId: Id,
  messageId: /* @__PURE__ */ z.optional(Id),
  seq: /* @__PURE__ */ z.optional(/* @__PURE__ */ z.number()),
  personId: /* @__PURE__ */ z.optional(Id),
});
export type RealtimeEvent = z.infer<typeof RealtimeEvent>;

/** How long after sending a message its sender may still change it. There is no delete: records are kept. */
export const MESSAGE_EDIT_WINDOW_MINUTES = 15;

export const EditMessageRequest = /* @__PURE__ */ z.strictObject({
  body: /* @__PURE__ */ z
    .string()
    .check(
      /* @__PURE__ */ z.minLength(1),
      /* @__PURE__ */ z.maxLength(MESSAGE_MAX_LENGTH),
      /* @__PURE__ */ z.regex(/\S/),
    ),
});
export type EditMessageRequest = z.input<typeof EditMessageRequest>;

export const ReportMessageRequest = /* @__PURE__ */ z.strictObject({
  reason: /* @__PURE__ */ z.enum(['inappropriate', 'harassment', 'spam', 'privacy', 'other']),
  note: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.nullable(
      /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.trim(), /* @__PURE__ */ z.maxLength(1000)),
    ),
  ),
});
export type ReportMessageRequest = z.input<typeof ReportMessageRequest>;

export const MessageReport = /* @__PURE__ */ z.object({
  id: Id,
  messageId: Id,
  reportedBy: Id,
  reason: /* @__PURE__ */ z.string(),
  note: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  createdAt: DateTime,
});
export type MessageReport = z.infer<typeof MessageReport>;

/** What a reply by email or text became. */
export const InboundReply = /* @__PURE__ */ z.object({
  /** `duplicate`: the same mail (Message-ID) or text (MessageSid) came before; nothing was added. */
  outcome: /* @__PURE__ */ z.enum(['posted', 'duplicate']),
  messageId: Id,
  threadId: Id,
});
export type InboundReply = z.infer<typeof InboundReply>;

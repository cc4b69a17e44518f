// Longer explanations live here, not in the route table, so that browsers never download them:
// only the OpenAPI document (openapi.ts, the server and the generated openapi.json) imports this file.
import type { ComponentName } from './openapi.js';
import type { RouteName } from './routes.js';

/** What a component means, and each of its properties by path (`a.b`, `a[].b` for array items, `a{}.b` for map values). */
export interface SchemaText {
  description: string;
  properties?: Record<string, string>;
}

export const apiDescription =
  'Home–school collaboration: shared student goals with progress recorded at home and at school, two-way family–educator messaging in each person’s language, and meeting scheduling. Every `/api/v1` route takes a bearer token minted by the district’s backend; what a person sees follows from their guardianships and assignments, read on every request. Errors are RFC 9457 problem details. Ids are opaque strings; datetimes are ISO 8601 instants with an offset; calendar dates are `YYYY-MM-DD` days of the student’s school.';

/** Every tag an operation uses, in the order a reader meets them. */
export const tagDescriptions: Record<string, string> = {
  system: 'The server itself: whether it and its database answer, and this document.',
  people:
    'The signed-in person: who they are, and how and when they hear of messages they have not read (email, text, web push).',
  students:
    'The students the signed-in person may see (their children, their assigned students, or every student of the district for an admin), and a student’s whole record.',
  goals:
    'Shared goals of a student: what they work on, how it is measured, and who does what at home and at school. Educators create and change goals; families propose them.',
  progress: 'Readings of a goal, recorded by families at home and by educators at school, side by side.',
  messages:
    'Conversations about one student between their guardians and educators, translated for each reader, with read receipts, edits, reports and a realtime event stream.',
  scheduling:
    'Meetings between families and educators: educators offer times, families book, wait for a full slot, cancel or move a booking, and say which times usually work for them.',
  admin: 'District administration: the district’s settings and OneRoster imports of its roster. District admins only.',
  inbound:
    'Webhooks for the mail and SMS providers: replies to notifications by email or text become messages. Called by the providers, never by a browser.',
  demo: 'Demo mode only: the seeded people, and tokens for them. These routes do not exist outside demo mode.',
};

/**
 * Path and query parameters, by name; `operationId.name` when one operation's differs.
 */
export const parameterDescriptions: Record<string, string> = {
  studentId:
    'The student: Tandem’s id (`stu_…`), or `sis:<sourcedId>` with the OneRoster sourcedId of the district’s student information system.',
  goalId: 'The goal’s id.',
  threadId: 'The conversation’s id.',
  messageId: 'The message’s id.',
  educatorId: 'The educator’s person id.',
  slotId: 'The slot’s id, as `listSlots` returns it (it names the offer and the start).',
  bookingId: 'The booking’s id.',
  importId: 'The roster import’s id, from the `Location` of the upload or from the list.',
  subscriptionId: 'The push subscription’s id, as `addPushSubscription` returned it.',
  limit: 'How many items a page holds: 1–100, 25 when left out.',
  cursor: 'The `nextCursor` of the previous page; leave out for the first page. Opaque: pass it back as it is.',
  'listSlots.limit': 'How many slots a page holds: 1–500, 200 when left out.',
  'listSlots.cursor': 'The `nextCursor` of the previous page, with the same `from` and `to`.',
  from: 'The earliest start to list (inclusive), an instant with an offset.',
  to: 'The latest start to list (exclusive), at most 62 days after `from`.',
  lastEventId:
    'Resume after this event id, for clients that cannot send the `Last-Event-ID` header (the header wins when both are sent).',
  recentProgress:
    'Include each goal’s newest progress entries, up to this many (1–100), in `recentProgress`: a goal tracker’s first view in one request. Left out: none.',
  dryRun: '`true` checks the bundle and reports what would change, writing nothing.',
};

/** The bodies that are not JSON, by media type. */
export const requestBodyDescriptions: Record<string, string> = {
  'application/zip':
    'A OneRoster 1.1 or 1.2 CSV bundle as a zip file: `manifest.csv`, `orgs.csv`, `users.csv` and the files the manifest names (`classes.csv`, `enrollments.csv`, …), as a student information system exports them. Streamed, never held whole in memory; at most the server’s roster size limit.',
  'message/rfc822':
    'The reply as raw MIME, as the mail provider received it. `X-Original-To` may carry the envelope recipient (the signed reply address).',
  'application/x-www-form-urlencoded':
    'The text as the SMS provider posts it (Twilio’s format): `MessageSid`, `AccountSid`, `From`, `Body`; signed with `X-Twilio-Signature`.',
};

/** Error statuses whose meaning on one operation is not the general one. */
export const responseDescriptions: Partial<Record<`${RouteName}.${number}`, string>> = {
  'createGoal.403':
    'A guardian without record access to the student, or a guardian sending `status: active` (families propose).',
  'createGoal.409': 'An idempotent request with the same key is still in progress.',
  'updateGoal.409': 'A stale `version`, or a status change that is not allowed (see the goal status transitions).',
  'recordProgress.409':
    'The goal is not active (progress is recorded on active goals only), or a request with the same key is in progress.',
  'editMessage.403': 'Only the sender may change a message.',
  'editMessage.409': 'The 15-minute edit window is over; send a new message instead.',
  'createBooking.409':
    'The slot is full (type `urn:tandem:problem:conflict`: book another or join its waiting list), or the household already holds as many meetings of this offer as it allows (type `urn:tandem:problem:booking-limit`).',
  'joinWaitlist.409': 'The slot has a free seat (book it instead), or the student already waits for it or holds it.',
  'rescheduleBooking.409': 'The booking was cancelled, or the new slot is full; the booking stays as it was.',
  'getEvents.429': 'Too many requests, or already 5 open streams for this person: close one first.',
  'listDevUsers.404': 'The server is not in demo mode: the route does not exist.',
  'createDevToken.404': 'The server is not in demo mode, or no seeded person has this id.',
  'createRosterImport.413': 'The zip is larger than the server’s roster size limit.',
  'createRosterImport.415': 'The body is not `application/zip`.',
  'receiveMailReply.404': 'The inbound mail webhook is not set up here (no TANDEM_INBOUND_MAIL_TOKEN).',
  'receiveMailReply.422':
    'The reply cannot go into a thread (type `urn:tandem:problem:reply-refused`); `errors[0].code` says why: `signature`, `sender`, `empty`, `too_long` or `gone`.',
  'receiveSms.401': 'The `X-Twilio-Signature` does not match (check TANDEM_SMS_AUTH_TOKEN and TANDEM_PUBLIC_URL).',
  'receiveSms.404': 'Texts are not set up on this server.',
  'getHealth.503': 'The database does not answer.',
};

const id = (what: string) => `The ${what}’s id, assigned by the server.`;
const createdAt = (what: string) => `When the ${what} was created, by the server’s clock.`;
const translationsOf = (fields: string) =>
  `Translations of ${fields} into the languages of the people who read it that differ from \`language\`; empty until the translation service has made them (a moment after the write), and replaced when the original changes.`;
const interpreterReview =
  'Whether a human interpreter should check the machine translations: null (nobody asked), `needed` (an educator asked), `reviewed` (an interpreter has checked them). Set by the student’s educators; everyone who sees it sees the status.';
const nextCursor = 'Pass back as `?cursor=` for the next page; null on the last page.';
const weekday = 'ISO weekday: 1 Monday … 7 Sunday.';
const clock = (what: string) => `${what}, \`HH:MM\` on a 24-hour clock.`;
const needs = {
  interpreterLanguage:
    'The language (BCP 47) an interpreter should interpret into, usually the family’s own; null when none was asked for.',
  childCare: 'Whether the family asked for child care during the meeting.',
  transport: 'Whether the family asked for help getting to the meeting.',
  accessibilityNote:
    'Anything else the family wants the educator to know (access, timing), in their own words and in `language`; null when none.',
};
const withPrefix = (prefix: string, texts: Record<string, string>) =>
  Object.fromEntries(Object.entries(texts).map(([key, text]) => [`${prefix}.${key}`, text]));

const goalProperties: Record<string, string> = {
  id: id('goal'),
  studentId: 'The student the goal is for.',
  domain:
    'What area the goal is in: `academic`, `behavior`, `social_emotional`, `attendance` or `iep` (a goal of the student’s Individualized Education Program). Null only on a suggestion an educator has not accepted yet.',
  statement:
    'The goal in plain language, as its author wrote it (up to 500 characters), in `language`. Plain text, never HTML.',
  measureType:
    'How progress is measured, which bounds every reading: `count` (whole numbers ≥ 0), `percent` (0–100), `duration` (≥ 0, in `unit`), `rating` (whole numbers 1–5) or `yes_no` (0 or 1). Null only on a suggestion not accepted yet.',
  unit: 'What a reading counts, in the author’s words (`minutes`, `facts`, `% of assignments`), in `language`. Null only on a suggestion not accepted yet.',
  baseline: 'Where the student started, in `unit`, within the bounds of `measureType`; null when not known.',
  target: 'The reading that means the goal is met, in `unit`; null when not set.',
  startDate: 'The school day the goal starts; the day it was created unless its author gave another.',
  targetDate: 'The school day the goal should be met by (on or after `startDate`); null when there is none.',
  status:
    '`proposed` (a suggestion, by a family or an educator), `active` (worked on; progress can be recorded), `met` or `discontinued`. Educators change it: proposed → active or discontinued; active → met or discontinued; met or discontinued → active.',
  actionSteps: 'Who does what to reach the goal, at home and at school, in the order their author listed them.',
  createdBy: 'The person (guardian or educator) who created or proposed the goal.',
  creatorRole: 'Whether a family member (`guardian`) or the school (`educator`) created it.',
  language: 'The language (BCP 47) `statement` and `unit` are written in: their author’s preferred language.',
  translations: translationsOf('`statement` and `unit`'),
  interpreterReview,
  version:
    'Starts at 1 and goes up with every change (an interpreter review’s too). Send it back in `updateGoal`; a stale one answers 409.',
  createdAt: createdAt('goal'),
  updatedAt: 'When the goal last changed.',
};

/** A thread's message, as the API and the record show it. */
const messageCore: Record<string, string> = {
  id: id('message'),
  seq: 'The message’s place in its thread: 1, 2, 3… assigned by the server in order of arrival, never reused.',
  senderId: 'The person who sent it.',
  senderRole: 'Whether the sender is a family member (`guardian`) or school staff (`educator`).',
  body: 'The text as it reads now, in `language`: plain text, never HTML (render it as text). Up to 4,000 characters.',
  language: 'The language (BCP 47) `body` is written in: the one the sender gave, or their preferred language.',
  sentAt: 'When the server received the message.',
  deliverAfter:
    'Set when a recipient educator was in quiet hours: the message waits for them until then (the end of their quiet hours, in their time zone), and the family is told so. Null: delivered at once.',
  editedAt:
    'When the sender last changed the text (within 15 minutes of sending); null if never. Earlier texts are kept.',
};

export const schemaDescriptions: Record<ComponentName, SchemaText> = {
  Goal: {
    description:
      'A goal shared by a student’s family and school. A suggestion (`proposed`) may be its statement alone; an active or met goal always has its `domain`, `measureType` and `unit`.',
    properties: goalProperties,
  },
  GoalListItem: {
    description: 'A goal as a student’s list of goals shows it, with its newest progress when asked for.',
    properties: {
      ...goalProperties,
      recentProgress:
        'Only when the request sets `recentProgress`: the goal’s newest progress entries (at most that many), newest date first, as `listProgress` would give them. Empty for a suggestion.',
    },
  },
  GoalPage: {
    description: 'A page of a student’s goals, oldest first.',
    properties: { items: 'The goals of this page.', nextCursor },
  },
  ActionStep: {
    description: 'One thing someone does to reach a goal: the family at home or the school.',
    properties: {
      id: 'The step’s id; send it back in `updateGoal` to keep the step.',
      description: 'What is done, in plain language (up to 300 characters), in `language`.',
      owner: 'Who does it: the family (`home`) or the school (`school`).',
      frequency: 'How often, in the author’s words (`Every day`, `3 times a week`); null when not said.',
      language: 'The language (BCP 47) `description` and `frequency` are written in: their author’s.',
      translations: translationsOf('`description` and `frequency`'),
    },
  },
  ContentTranslation: {
    description:
      'One text field of a goal, action step, progress note, meeting place or booking note in one other language. The object’s own field is always the original; show a machine translation as one, with the original a tap away.',
    properties: {
      field:
        'Which field of the object this translates (`statement`, `unit`, `description`, `frequency`, `note`, `location`, `accessibilityNote`).',
      language: 'The language (BCP 47) of `text`.',
      text: 'The translated text: plain text, never HTML.',
      machine: 'True when a translation service made it; false when a person wrote it.',
    },
  },
  ProgressEntry: {
    description:
      'One reading of a goal on one day, recorded at home or at school. Who recorded it, in which role and setting, the server stamps.',
    properties: {
      id: id('progress entry'),
      goalId: 'The goal the reading is of.',
      studentId: 'The goal’s student.',
      value:
        'The reading, in the goal’s `unit`, within the bounds of its `measureType` (a percent 0–100, a rating 1–5, yes/no 0 or 1…).',
      date: 'The school day the reading is of (not when it was entered); not in the future.',
      note: 'What the recorder wants to add (up to 1,000 characters), in `language`; null when none.',
      recordedBy: 'The person who recorded it.',
      recorderRole: 'Whether a family member (`guardian`) or an educator (`educator`) recorded it.',
      setting: 'Where it was observed: `home` for a guardian’s reading, `school` for an educator’s.',
      language: 'The language (BCP 47) of `note`: its recorder’s.',
      translations: translationsOf('`note`'),
      createdAt: 'When it was recorded, by the server’s clock.',
    },
  },
  ProgressPage: {
    description: 'A page of a goal’s progress entries, newest date first.',
    properties: { items: 'The entries of this page.', nextCursor },
  },
  Student: {
    description: 'A student, as the signed-in person sees them, with what that person may do about them.',
    properties: {
      id: 'Tandem’s id of the student (`stu_…`).',
      schoolId: 'The school the student attends; its time zone makes the calendar days of their goals and progress.',
      givenName: 'The student’s given name, from the district’s roster.',
      familyName: 'The student’s family name, from the district’s roster.',
      preferredName: 'The name the student goes by, when it differs from the given name; null otherwise.',
      gradeLevel: 'The grade as the district’s roster gives it (OneRoster codes: `KG`, `01` … `12`).',
      sourcedId:
        'The student’s OneRoster sourcedId in the district’s student information system (address them as `sis:<sourcedId>`); null if not imported from one.',
      relationship: 'The signed-in person’s relationship to this student, which decides what they may do.',
    },
  },
  StudentPage: {
    description: 'A page of students, by family name then given name.',
    properties: { items: 'The students of this page.', nextCursor },
  },
  Relationship: {
    description:
      'How the signed-in person is related to a student, read from the roster on every request (a revoked guardianship applies at once).',
    properties: {
      role: '`guardian` (a family member of the student), `educator` (assigned to the student) or `admin` (district staff).',
      mayViewRecords: 'May see the student’s record (goals, progress, the export). Always true for staff.',
      mayMessage: 'May message the student’s educators or guardians. Always true for staff.',
      mayBook: 'May book meetings about the student. Families only: false for staff.',
    },
  },
  Me: {
    description: 'The signed-in person and their district.',
    properties: { person: 'The person the token was minted for.', tenant: 'Their district.' },
  },
  Person: {
    description: 'A person of the district: a family member, an educator or an administrator. No contact details.',
    properties: {
      id: 'The person’s id (`per_…`).',
      kind: '`guardian` (any adult in a parenting role), `educator` (teacher, counselor, psychologist…) or `admin` (district staff).',
      displayName: 'The name to show, from the roster.',
      preferredLanguage: 'The language (BCP 47) they read and write; what others write is translated into it.',
      timeZone: 'Their IANA time zone, for showing times on their clock.',
      contactChannel:
        'How they want to hear of what they have not read: only in the page (`app`), `email`, `sms`, web `push`, or `phone` (a call from the school: nothing is sent).',
      quietHours: 'Their own hours in which nothing is sent to them, on their clock; null when they set none.',
      educatorRole:
        'An educator’s role (`teacher`, `counselor`, `school_psychologist`, `special_educator`, `administrator`); null for family members.',
    },
  },
  QuietHours: {
    description:
      'Hours of the day, on the person’s clock, in which nothing reaches them; they may wrap past midnight (`17:00` to `07:30`).',
    properties: { start: clock('When they begin'), end: clock('When they end') },
  },
  Tenant: {
    description: 'A district: every school, person and student belongs to one.',
    properties: { id: 'The district’s id (`ten_…`).', name: 'The district’s name, as it calls itself.' },
  },
  School: {
    description: 'A school of the district.',
    properties: {
      id: 'The school’s id (`sch_…`).',
      tenantId: 'Its district.',
      name: 'The school’s name.',
      timeZone: 'The school’s IANA time zone: calendar dates of its students’ goals and progress are its days.',
    },
  },
  Health: {
    description: 'The server answers, and so does its database.',
    properties: {
      status: 'Always `ok` (anything else is a 503 problem).',
      version: 'The version of the `@tandem/server` package that runs.',
      database: 'The database: `pglite` (embedded) or `postgres`.',
      demo: 'Whether the server runs in demo mode (seeded district, `/api/dev` routes).',
    },
  },
  DevUser: {
    description: 'A seeded person of the demo district.',
    properties: {
      id: 'Their person id: pass it to `createDevToken`.',
      name: 'Their display name.',
      role: 'Their kind: `guardian`, `educator` or `admin`.',
      language: 'Their preferred language (BCP 47).',
      studentIds:
        'Guardians: their children. Educators: their assigned students. Admins: every student of the district.',
    },
  },
  DevUserList: {
    description: 'Every seeded person of the demo district.',
    properties: { items: 'The seeded people: guardians, educators and admins.' },
  },
  DevToken: {
    description: 'A token for a seeded person, as a district’s backend would mint one.',
    properties: {
      token: 'A JWT: send it as `Authorization: Bearer <token>`.',
      expiresAt: 'When it stops working (15 minutes after it was minted).',
      person: 'Who it signs in: what a demo page needs to greet them, without listing everyone.',
    },
  },
  Problem: {
    description:
      'RFC 9457 problem details, as every error response carries them (`application/problem+json`). Branch on `type`, show `detail`, quote `requestId` to support.',
    properties: {
      type: 'A stable URN naming the kind of error, e.g. `urn:tandem:problem:validation`, `urn:tandem:problem:not-found`, `urn:tandem:problem:booking-limit`.',
      title: 'A short English summary of the kind of error; the same for every problem of a `type`.',
      status: 'The HTTP status, repeated.',
      detail: 'What went wrong this time, in English, for a person to read.',
      instance: 'A URI of this occurrence; this server leaves it out (use `requestId`).',
      requestId: 'The request’s id, also in the `X-Request-Id` header: quote it to support; the server logs it.',
      errors: 'For a validation error (400): each field that needs attention.',
      retryAfter:
        'Seconds to wait before retrying (429 and 503). This server sends the wait in the `Retry-After` header instead: read the header.',
    },
  },
  FieldError: {
    description: 'One field-level validation failure.',
    properties: {
      path: 'Where, as a dotted path from the part of the request (`body.actionSteps.0.owner`, `query.limit`).',
      code: 'A stable code to branch on (`too_small`, `invalid_format`, `out_of_range`, `unrecognized_key`, `in_future`…).',
      message: 'What is wrong, in English, for a person to read.',
    },
  },
  Thread: {
    description:
      'A conversation about one student among some of their guardians and educators, as one of its participants sees it.',
    properties: {
      id: 'The conversation’s id (`thr_…`).',
      studentId: 'The student it is about.',
      kind: '`direct`: one guardian and one educator. `group`: several of the student’s guardians and educators.',
      participantIds: 'Everyone in it, the viewer included.',
      participants: 'Everyone in it, with their language, quiet hours and receipts.',
      subject: 'A subject line its starter gave (up to 120 characters); null when none.',
      unreadCount: 'Messages from others after the viewer’s last read one.',
      lastSeq: 'The highest message sequence number so far (0 when empty).',
      lastMessageAt: 'When the last message was sent; null when there is none yet.',
      createdAt: createdAt('conversation'),
    },
  },
  ThreadPage: {
    description: 'A page of the viewer’s conversations about a student, most recent activity first.',
    properties: { items: 'The conversations of this page.', nextCursor },
  },
  Participant: {
    description: 'Someone in a conversation: enough to say who, in which language, and when to expect an answer.',
    properties: {
      id: 'Their person id.',
      displayName: 'The name to show.',
      kind: '`guardian`, `educator` or `admin`.',
      educatorRole: 'An educator’s role; null for family members.',
      language: 'Their preferred language (BCP 47): messages are translated into it.',
      timeZone: 'Their IANA time zone.',
      quietHours:
        'An educator’s hours off (their own, or else the district’s default), on their clock: messages sent then wait for the end. Null: none.',
      lastDeliveredSeq: 'Receipt: every message up to this sequence number has reached their app.',
      lastReadSeq: 'Receipt: every message up to this sequence number has been read by them.',
    },
  },
  Message: {
    description: 'A message in a conversation. The text is always the original; translations sit beside it.',
    properties: {
      ...messageCore,
      threadId: 'The conversation it belongs to.',
      clientMessageId:
        'The sender’s own id for it, which makes a retry return this message instead of a second one. Replies by email and text carry one the server made (`mail:…`, `sms:…`).',
      translations:
        'The text in the participants’ other languages; empty until the translation service has made them (a moment after sending), replaced when the text is edited.',
      'translations[].language': 'The language (BCP 47) of this translation.',
      'translations[].body': 'The translated text: plain text, never HTML.',
      'translations[].machine': 'True when a translation service made it; false when a person wrote it.',
      interpreterReview,
      via: 'How it was written: in the page (`app`), or as a reply to an `email` or a text (`sms`).',
      reachedBy:
        'Who was told of it outside the page, how and when (“sent by text at 5:40 PM”): one entry per notification that covered it. Never the address or number.',
      'reachedBy[].personId': 'The person who was told.',
      'reachedBy[].channel': 'How: `email`, `sms` or web `push`.',
      'reachedBy[].at': 'When the notification was sent.',
    },
  },
  MessagePage: {
    description: 'A page of a conversation’s messages, newest first (highest `seq` first).',
    properties: {
      items: 'The messages of this page.',
      nextCursor,
      lastEventId:
        'On the newest page only: the viewer’s place in the event stream just before this page was read. Open the stream with it (`Last-Event-ID`) and every event after this read is replayed, none missed between the read and the stream’s start.',
    },
  },
  ReadState: {
    description: 'The viewer’s read receipt in one conversation.',
    properties: {
      threadId: 'The conversation.',
      lastReadSeq: 'Every message up to this sequence number is read. It never goes back.',
      unreadCount: 'Messages from others still unread after it.',
    },
  },
  RealtimeEvent: {
    description:
      'The `data` of one Server-Sent Event of `GET /api/v1/events` (whose `id` is a durable cursor). Ids only: read the thing itself through the API.',
    properties: {
      type: '`message.created`: a new message (`messageId`, `seq`, its sender as `personId`). `message.translated`: its translations are in. `message.updated`: something besides its text changed (its interpreter review, who it reached outside the page): read again from `seq`. `thread.read` / `thread.delivered`: `personId` has read / received everything up to `seq`. `thread.created`: the viewer was added to a new conversation.',
      studentId: 'The student the conversation is about.',
      threadId: 'The conversation.',
      messageId: 'The message, for the `message.*` events that are about one message.',
      seq: 'A message sequence number: the message’s, or the receipt’s (everything up to it).',
      personId: 'Who acted: the sender, the reader, or the person whose app received it.',
    },
  },
  MessageReport: {
    description:
      'A message reported to the school, kept for the district to review (it appears in the student’s record).',
    properties: {
      id: 'The report’s id.',
      messageId: 'The message reported.',
      reportedBy: 'The person who reported it.',
      reason: 'Why: `inappropriate`, `harassment`, `spam`, `privacy` or `other`.',
      note: 'What the reporter added, in their words; null when nothing.',
      createdAt: 'When it was reported.',
    },
  },
  InboundReply: {
    description: 'What a reply by email or text became.',
    properties: {
      outcome:
        '`posted`: a new message in the thread. `duplicate`: the same mail (Message-ID) or text (MessageSid) came before; nothing was added.',
      messageId: 'The message it is (or already was).',
      threadId: 'Its conversation.',
    },
  },
  AvailabilityOffer: {
    description:
      'An educator’s offer of meeting times, in their time zone: one day (`once`) or every given weekday (`weekly`) from `startDate` until `endDate`, between `startTime` and `endTime`, cut into slots of `durationMinutes` with `bufferMinutes` between them. Families see and book the slots (`listSlots`).',
    properties: {
      id: 'The offer’s id (`off_…`).',
      educatorId: 'The educator who offers the times.',
      recurrence: '`once` (one day) or `weekly` (every weekday in `weekdays`).',
      startDate: 'The first day, in `timeZone`.',
      endDate: 'The last day (inclusive) of a weekly offer; null: open-ended. Equals `startDate` for `once`.',
      weekdays: `The days a weekly offer repeats on. ${weekday} Empty for \`once\`.`,
      startTime: clock('When the first slot of each day starts, in `timeZone`'),
      endTime: clock('When the last slot of each day must end by, in `timeZone`'),
      timeZone:
        'The IANA time zone the dates and times are in (the educator’s, unless they gave another); daylight-saving changes are followed.',
      durationMinutes: 'The length of one meeting, in minutes.',
      bufferMinutes: 'Minutes left free between one slot and the next.',
      modalities: 'How the meetings can happen (`in_person`, `phone`, `video`); the family picks one when booking.',
      location: 'Where in-person meetings take place, in the educator’s words and `language`; null when not said.',
      language: 'The language (BCP 47) `location` is written in: the educator’s.',
      translations: translationsOf('`location`, for the languages of the educator’s students’ families'),
      capacity: 'How many families can book the same slot: 1 for a private conference, more for a group meeting.',
      bookingWindowDays: 'How many days ahead a slot may be booked.',
      cutoffHours: 'How many hours before its start a slot stops taking bookings.',
      maxBookingsPerHousehold:
        'How many upcoming meetings of this offer one household (the family member who books) may hold for one child; more are refused with `booking-limit`. A child’s other home books on its own.',
      createdAt: createdAt('offer'),
    },
  },
  Slot: {
    description:
      'A bookable meeting time, derived from an offer. Its id names the offer and the start, so it is stable across listings.',
    properties: {
      id: 'The slot’s id (`slot_<offer>_<start>`): book with it.',
      offerId: 'The offer it comes from.',
      educatorId: 'The educator to meet.',
      start: 'When the meeting starts (an instant; show it on the viewer’s clock).',
      end: 'When it ends.',
      timeZone: 'The educator’s time zone (the viewer’s may differ).',
      modalities: 'How it can happen: the family picks one of these when booking.',
      modality: 'The first of `modalities`, for clients that show one (the only one when there is one).',
      location: 'Where in-person meetings take place, in `language`; null when not said.',
      language: 'The language (BCP 47) of `location`: the offer’s.',
      translations: 'The offer’s translations of `location`.',
      capacity: 'How many families can book it.',
      booked: 'How many have.',
      available:
        'Whether it takes a booking now: false when it is full, starts within the offer’s cut-off, or lies beyond its booking window.',
      status:
        '`open` (seats left), `full` (every seat taken: a family may join the waiting list) or `closed` (within the cut-off or beyond the booking window).',
    },
  },
  SlotList: {
    description: 'A page of an educator’s slots, earliest start first.',
    properties: { items: 'The slots of this page.', nextCursor },
  },
  Booking: {
    description:
      'A meeting a family booked with an educator about their child. The booker’s notes stay between their household and the educators: another home of the child sees that the meeting exists, and when.',
    properties: {
      id: 'The booking’s id (`bkg_…`).',
      slotId: 'The slot booked.',
      studentId: 'The child the meeting is about.',
      educatorId: 'The educator to meet.',
      bookedBy: 'The family member who booked.',
      bookedByName: 'Their display name: for the educators and that household; null for anyone else.',
      start: 'When the meeting starts.',
      end: 'When it ends.',
      timeZone: 'The offer’s time zone (the educator’s).',
      modality: 'How it happens: `in_person`, `phone` or `video`.',
      location: 'The offer’s place for in-person meetings; null when not said.',
      language: 'The language (BCP 47) of `needs.accessibilityNote`: the booker’s.',
      translations:
        '`location` (the offer’s translations) and `accessibilityNote` (from `language`; only for those who see `needs`).',
      needs:
        'What the family asked for so they can take part. Null for a guardian of another home, who does not see the booker’s notes.',
      ...withPrefix('needs', needs),
      status:
        '`booked`, or `cancelled` (by the family or the educator, or by the system when a roster change ended the access it needed).',
      createdAt: 'When it was booked.',
      cancelledAt: 'When it was cancelled; null while booked.',
    },
  },
  BookingPage: {
    description: 'A page of a student’s bookings, latest start first, cancelled ones included.',
    properties: { items: 'The bookings of this page.', nextCursor },
  },
  SchedulingEvent: {
    description: 'One entry of a student’s record of attempts to arrange a meeting.',
    properties: {
      kind: 'What happened: a meeting `booked`, `cancelled` or `rescheduled`.',
      bookingId: 'The booking it happened to (for a reschedule, the new one).',
      actorId: 'Who acted; null when the system did (a roster change ended the access the meeting needed).',
      detail:
        'Why, when there is something to say: a cancellation’s reason, `from the waitlist`, or `from <booking id>` for a reschedule. Null when none, and for a family member looking at another home’s action.',
      at: 'When it happened.',
    },
  },
  SchedulingRecord: {
    description: 'A student’s record of attempts to meet.',
    properties: { items: 'Every booking, cancellation and reschedule, oldest first.' },
  },
  StudentEducator: {
    description: 'One of a student’s educators, as families meet them.',
    properties: {
      id: 'Their person id: list their slots with it.',
      displayName: 'The name to show.',
      role: 'Their role for the student: `teacher`, `counselor`, `school_psychologist`, `special_educator` or `administrator`.',
      timeZone: 'Their IANA time zone (their offers’ default).',
    },
  },
  StudentEducatorList: {
    description: 'A student’s educators.',
    properties: { items: 'The educators, by name.' },
  },
  FamilyWindow: {
    description: 'A recurring weekly time that usually works for a family, on their own clock (“Mondays 17:30–19:00”).',
    properties: {
      weekday,
      startTime: clock('When it starts, in the family’s time zone'),
      endTime: clock('When it ends'),
    },
  },
  FamilyWindows: {
    description: 'The times that usually work for the signed-in person.',
    properties: {
      timeZone: 'The IANA time zone the windows are in.',
      windows: 'The windows, by weekday then start; empty when none are given.',
    },
  },
  StudentFamilyWindows: {
    description:
      'A student’s families’ usual free times, and which of the viewing educator’s slots fall inside them, so the school can offer times that fit.',
    properties: {
      items: 'One entry per guardian of the student, by person id; `windows` is empty for one who gave none.',
      'items[].personId': 'The guardian.',
      'items[].displayName': 'Their display name.',
      'items[].timeZone': 'The IANA time zone their windows are in.',
      'items[].windows': 'Their windows.',
      'items[].matchingSlotIds':
        'The viewing educator’s free slots in the next 14 days that fall inside one of these windows (empty for an admin).',
    },
  },
  WaitlistEntry: {
    description: 'A family waiting for a full slot: booked for them, in the order they joined, when a seat frees up.',
    properties: {
      id: 'The entry’s id (`wait_…`).',
      slotId: 'The slot waited for.',
      studentId: 'The child the meeting would be about.',
      personId: 'The family member waiting, who will be the booker.',
      status:
        '`waiting`; `booked` (a seat freed up: see `bookingId`); `expired` (the slot could no longer be booked for them: too close to its start, or they may no longer book).',
      bookingId: 'The booking made for them; null until then.',
      createdAt: 'When they joined the waiting list.',
    },
  },
  TenantSettings: {
    description: 'A district’s settings, as its administrators see them.',
    properties: {
      id: 'The district’s id.',
      name: 'The district’s name, as families and staff see it (in notifications, the record).',
      timeZone: 'The district’s IANA time zone: the default for schools and people the roster gives none.',
      allowedOrigins:
        'Origins of the pages that may embed the widgets and call the API from a browser (CORS), on top of the server’s TANDEM_ALLOWED_ORIGINS.',
      educatorQuietHours: 'Quiet hours for the district’s educators who have set none of their own; null: none.',
      translation: 'Which service translates the district’s messages and shared content.',
      retentionDays:
        'How long the records of a student who left are to be kept, in days; null: kept. Stored only: nothing deletes records by it yet.',
    },
  },
  TenantTranslation: {
    description:
      'Machine translation of a district’s messages and shared content. `server`: the service this server was set up with (TANDEM_TRANSLATE_URL; none if unset). `off`: none. `custom`: the district’s own service.',
    properties: {
      mode: '`server`, `off` or `custom`.',
      url: 'A custom service’s address (https; `/translate` is added to it).',
      hasApiKey: 'Whether a key is stored for the custom service. The key itself is never returned.',
      protocol:
        'How the custom service is spoken to: `libretranslate` (LibreTranslate’s API) or `generic` (`{text, from, to}` → `{text}`, docs/translation.md).',
    },
  },
  StudentRecord: {
    description:
      'Everything Tandem holds about one student that the viewer may see: the export behind a family’s right to inspect their child’s education records (FERPA), and the district’s copy for an audit (docs/records.md). Every list is oldest first.',
    properties: {
      generatedAt: 'When this copy was made, by the server’s clock.',
      view: 'Whose copy it is, which decides what it holds: `district` (an admin: everything), `educator` (an assigned educator: their own conversations, their own entries in the access log), `family` (a guardian with record access: their own conversations and booking notes, and the access log of what they can see).',
      viewer: 'The person who asked for it.',
      district: 'The student’s district.',
      school: 'The student’s school, with its time zone.',
      student: 'The student, as the roster has them.',
      'student.id': 'Tandem’s id of the student.',
      'student.givenName': 'The student’s given name.',
      'student.familyName': 'The student’s family name.',
      'student.preferredName': 'The name the student goes by; null when it is the given name.',
      'student.gradeLevel': 'The grade, as the roster gives it.',
      'student.sourcedId': 'The student’s id in the district’s information system (OneRoster sourcedId); null if none.',
      'student.deactivatedAt': 'When the roster stopped listing the student; null while enrolled.',
      guardians:
        'The student’s guardians and what each may do. A family’s copy lists the viewer’s own guardianship only.',
      'guardians[].personId': 'The guardian (see `people`).',
      'guardians[].relationshipLabel': 'How they are related, as the roster says (`mother`, `grandmother`…).',
      'guardians[].mayViewRecords': 'May see the student’s records.',
      'guardians[].mayMessage': 'May message about the student.',
      'guardians[].mayBook': 'May book meetings about the student.',
      'guardians[].custodyNote': 'A note of the school’s about custody (“school weeks alternate”); null when none.',
      educators: 'The educators assigned to the student.',
      'educators[].personId': 'The educator (see `people`).',
      'educators[].role': 'Their role for the student.',
      people: 'Everyone the record mentions by id, so that it can say who. No contact details.',
      goals: 'Every goal (proposed, active, met, discontinued) with its action steps and progress entries.',
      threads: 'The conversations about the student that this copy may show, with every message.',
      bookings: 'Every booking, cancelled ones included, by start time.',
      schedulingEvents: 'The record of attempts to meet (`actorId` null: the system acted).',
      waitlist: 'Every waiting-list entry for the student.',
      audit: 'The access log: who read or changed which part of the record, and when.',
    },
  },
  RecordPerson: {
    description: 'Someone a student’s record mentions, so that it can say who instead of an id. No contact details.',
    properties: {
      id: 'Their person id.',
      displayName: 'The name to show.',
      kind: '`guardian`, `educator` or `admin`.',
      educatorRole: 'An educator’s role; null for family members.',
    },
  },
  RecordGoal: {
    description: 'A goal as a student’s record holds it: the goal and every progress entry of it.',
    properties: { ...goalProperties, progress: 'Every progress entry of the goal, oldest first.' },
  },
  RecordThread: {
    description: 'A conversation about the student, as the record holds it.',
    properties: {
      id: 'The conversation’s id.',
      kind: '`direct` or `group`.',
      subject: 'Its subject line; null when none.',
      createdBy: 'Who started it.',
      createdAt: 'When it was started.',
      lastMessageAt: 'When the last message was sent; null when none.',
      participants: 'Everyone in it, with their receipts.',
      'participants[].personId': 'The participant (see `people`).',
      'participants[].lastDeliveredSeq': 'Every message up to this sequence number reached their app.',
      'participants[].lastReadSeq': 'Every message up to this sequence number was read by them.',
      messages: 'Every message, oldest first.',
    },
  },
  RecordMessage: {
    description:
      'A message as the record holds it: its current text, its translations, every earlier text and its reports.',
    properties: {
      ...messageCore,
      translations: 'Machine translations of the current text.',
      'translations[].language': 'The language (BCP 47) of this translation.',
      'translations[].body': 'The translated text.',
      'translations[].createdAt': 'When it was made.',
      edits: 'Every earlier text of an edited message, oldest first: nothing said is lost.',
      'edits[].previousBody': 'The text before this edit.',
      'edits[].editedAt': 'When it was replaced.',
      reports: 'Reports of this message to the school that this copy may show (docs/records.md).',
      'reports[].id': 'The report’s id.',
      'reports[].reportedBy': 'Who reported it.',
      'reports[].reason': 'Why: `inappropriate`, `harassment`, `spam`, `privacy` or `other`.',
      'reports[].note': 'What the reporter added; null when nothing.',
      'reports[].createdAt': 'When it was reported.',
    },
  },
  RecordWaitlistEntry: {
    description: 'A waiting-list entry for the student, as the record holds it.',
    properties: {
      id: 'The entry’s id.',
      slotId: 'The slot waited for.',
      educatorId: 'The slot’s educator.',
      start: 'When the slot starts.',
      personId: 'The family member waiting.',
      modality: 'How they asked to meet.',
      needs: 'What they asked for. Null for a guardian who is not the one waiting, as with a booking’s needs.',
      ...withPrefix('needs', needs),
      'needs.accessibilityNote': 'Anything else the family wants the educator to know; null when none.',
      status: '`waiting`, `booked` (see `bookingId`) or `expired`.',
      bookingId: 'The booking made from it; null until then.',
      createdAt: 'When they joined the waiting list.',
    },
  },
  RecordAuditEntry: {
    description: 'One entry of the access log: who read or changed which part of the student’s record, and when.',
    properties: {
      id: 'The entry’s id.',
      at: 'When.',
      actorId: 'Who (see `people`).',
      action: 'What they did: `read`, `create` or `update`.',
      resourceType:
        'What kind of thing (`student`, `goal`, `goals`, `progress`, `message`, `booking`, `student_record`…).',
      resourceId: 'Which one: its id (for a list, the id of what it is a list of).',
      requestId: 'The id of the request that did it; null for work the server did on its own.',
    },
  },
  RosterImport: {
    description:
      'One import of a OneRoster CSV bundle into the district, with its report. While `status` is `running`, poll it again.',
    properties: {
      id: 'The import’s id (`rim_…`).',
      tenantId: 'The district imported into.',
      status:
        '`running`; `applied` (written); `checked` (a dry run: nothing written); `refused` (errors in the bundle: nothing written); `failed` (the server’s fault: nothing written).',
      dryRun: 'Whether it only checked the bundle.',
      via: 'How it was started: the server’s command line (`cli`) or this API (`api`).',
      requestedBy: 'The admin who uploaded it; null for the command line.',
      version:
        'The OneRoster version of the bundle (`1.1` or `1.2`), from its manifest; null when the manifest does not say or cannot be read.',
      files:
        'How each file of the bundle was read, from its manifest: `bulk` (the whole roster) or `delta` (changes only).',
      startedAt: 'When it started.',
      finishedAt: 'When it finished; null while running.',
      counts:
        'What changed (for a dry run, what would change), per kind of record (`students`, `guardians`, `assignments`…).',
      errors: 'How many errors the bundle has; any error refuses the import.',
      warnings: 'How many warnings (the import goes ahead).',
      problems: 'The first 500 problems, errors before warnings; `truncated` when there were more.',
      truncated: 'Whether there were more than 500 problems.',
    },
  },
  RosterImportSummary: {
    description: 'A roster import without its problem list (see `getRosterImport` for that).',
    properties: {
      id: 'The import’s id.',
      tenantId: 'The district imported into.',
      status:
        '`running`, `applied`, `checked` (a dry run), `refused` (errors in the bundle) or `failed` (the server’s fault).',
      dryRun: 'Whether it only checked the bundle.',
      via: '`cli` or `api`.',
      requestedBy: 'The admin who uploaded it; null for the command line.',
      version: 'The bundle’s OneRoster version; null when unreadable.',
      files: 'How each file was read: `bulk` or `delta`.',
      startedAt: 'When it started.',
      finishedAt: 'When it finished; null while running.',
      counts: 'What changed (or would), per kind of record.',
      errors: 'How many errors the bundle has.',
      warnings: 'How many warnings.',
    },
  },
  RosterImportPage: {
    description: 'A page of the district’s roster imports, newest first.',
    properties: { items: 'The imports of this page.', nextCursor },
  },
  RosterProblem: {
    description: 'One thing wrong with a roster bundle, named so the district can find and fix it in its export.',
    properties: {
      severity: '`error` (the import is refused) or `warning` (it goes ahead).',
      file: 'The file of the bundle (`users.csv`).',
      row: 'The row as a spreadsheet shows it (the header is row 1); null for the file as a whole.',
      column: 'The column’s header; null when it is about the row or file.',
      value: 'The value found; null when none applies.',
      message: 'What is wrong and how to fix it, in English.',
    },
  },
  RosterCounts: {
    description: 'What an import changed (or would change) for one kind of record.',
    properties: {
      created: 'Records new in this bundle.',
      updated: 'Records whose fields changed.',
      deactivated: 'Records the bundle no longer lists (or marks deleted); their access ends.',
      unchanged: 'Records the bundle lists as they were.',
    },
  },
  NotificationSettings: {
    description:
      'How the signed-in person hears of messages they have not read, as they see it (their own details only).',
    properties: {
      contactChannel:
        'How they want to hear: only in the page (`app`), `email`, `sms`, web `push`, or `phone` (a call from the school: nothing is sent).',
      quietHours:
        'Hours in which nothing is sent to them, on their clock; a notification waits for the end. Null: none.',
      notifyAfterMinutes:
        'Minutes a message may stay unread before they are told; null: the district’s default (`districtNotifyAfterMinutes`).',
      districtNotifyAfterMinutes: 'The district’s default delay, in minutes.',
      email: 'Their own address from the roster: shown to them, never to anyone else; null when none.',
      phone: 'Their own number from the roster: shown to them, never to anyone else; null when none.',
      smsStopped: 'Their number texted STOP: no texts until it texts START.',
      available:
        'The channels that can reach them now: set up on this server, and with what they need (an address, a number that has not stopped, a browser that allowed push).',
      pushSubscriptions: 'How many of their browsers allowed push notifications.',
      vapidPublicKey:
        'The VAPID public key for `PushManager.subscribe` (`applicationServerKey`); null: push is off on this server.',
    },
  },
  PushSubscription: {
    description:
      'A browser that receives the person’s push notifications. Its endpoint (a capability) is never sent back.',
    properties: {
      id: 'The subscription’s id: remove it with it.',
      service: 'The push service’s origin, e.g. `https://fcm.googleapis.com`.',
      createdAt: 'When the browser was registered.',
    },
  },
  OpenApiDocument: {
    description: 'An OpenAPI 3.1 document: this one.',
  },
  CreateGoalRequest: {
    description:
      'A new goal. An educator creates it `active` (their default) or `proposed`; a guardian may only propose, and their goal is always `proposed`. A proposed goal may be its statement alone; an active one says its `domain`, `measureType` and `unit`.',
    properties: {
      domain:
        'The goal’s area (`academic`, `behavior`, `social_emotional`, `attendance`, `iep`). Required for an active goal.',
      statement: 'The goal in plain language, 1–500 characters (trimmed), in the author’s language.',
      measureType:
        'How progress is measured (`count`, `percent`, `duration`, `rating`, `yes_no`). Required for an active goal.',
      unit: 'What a reading counts (1–40 characters), e.g. `minutes`. Required for an active goal.',
      baseline: 'Where the student starts, within the bounds of `measureType`; null or left out when not known.',
      target: 'The reading that means the goal is met; null or left out when not set.',
      startDate: 'The school day it starts; today in the student’s school when left out.',
      targetDate: 'The school day it should be met by, on or after `startDate`; null or left out for none.',
      status:
        '`active` or `proposed`. Educators default to `active`; a guardian’s goal is always `proposed` (sending `active` answers 403).',
      actionSteps: 'Up to 20 steps: who does what, at home and at school.',
    },
  },
  NewActionStep: {
    description: 'An action step of a new goal.',
    properties: {
      description: 'What is done, 1–300 characters (trimmed).',
      owner: 'Who does it: `home` or `school`.',
      frequency: 'How often (1–80 characters), e.g. `Every day`; null or left out when not said.',
    },
  },
  UpdateGoalRequest: {
    description:
      'A change to a goal, by one of the student’s educators. Only the fields given change. Accepting a suggestion (`status: active` on a proposed goal) completes what it lacks: `domain`, `measureType`, `unit`, `baseline` and `target`.',
    properties: {
      version: 'The goal’s current `version`, as last read; a stale one answers 409 and changes nothing.',
      domain: 'The goal’s new area.',
      statement: 'The new statement, 1–500 characters (trimmed); its translations are made again.',
      measureType: 'How progress is measured from now on.',
      unit: 'What a reading counts, 1–40 characters.',
      baseline: 'Where the student started; null clears it.',
      target: 'The reading that means the goal is met; null clears it.',
      startDate: 'The school day it starts.',
      targetDate: 'The school day it should be met by; null clears it.',
      status:
        'The new status: `active`, `met` or `discontinued`. Allowed changes: proposed → active or discontinued; active → met or discontinued; met or discontinued → active. Anything else answers 409.',
      actionSteps:
        'The whole new list of steps (up to 20), which replaces the old: give an existing step’s `id` to keep it.',
    },
  },
  ActionStepInput: {
    description: 'An action step in a change of a goal: with `id` to keep an existing step, without to add one.',
    properties: {
      id: 'An existing step’s id, to keep it (its translations stay when its text does).',
      description: 'What is done, 1–300 characters (trimmed).',
      owner: 'Who does it: `home` or `school`.',
      frequency: 'How often, 1–80 characters; null or left out when not said.',
    },
  },
  RecordProgressRequest: {
    description: 'One reading of an active goal. Who recorded it, in which role and setting, the server stamps.',
    properties: {
      value:
        'The reading, in the goal’s `unit`, within the bounds of its `measureType` (out of bounds: 400 `out_of_range`; a fraction where whole numbers are counted: `not_integer`).',
      date: 'The school day the reading is of; not in the future (a day of slack for time zones).',
      note: 'Anything to add, up to 1,000 characters (trimmed); null or left out for none.',
    },
  },
  CreateDevTokenRequest: {
    description: 'Which seeded person to mint a token for.',
    properties: { userId: 'A person id from `listDevUsers`.' },
  },
  StartThreadRequest: {
    description: 'A new conversation about a student with some of their guardians and educators; the sender joins it.',
    properties: {
      participantIds:
        '1–10 people besides the sender: the student’s guardians who may message, and their educators. One other person makes a direct thread.',
      subject: 'A subject line, 1–120 characters (trimmed); null or left out for none.',
    },
  },
  SendMessageRequest: {
    description:
      'A message to send. A repeat with the same `clientMessageId` returns the first message instead of a second one.',
    properties: {
      body: 'Plain text, 1–4,000 characters, not only white space. Never interpreted as HTML.',
      clientMessageId:
        'The sender’s own unique id for this message (1–100 printable ASCII characters, e.g. a UUID), made once and reused on every retry.',
      language: 'The language (BCP 47) the text is written in; the sender’s preferred language when left out.',
    },
  },
  MarkReadRequest: {
    description: 'Everything up to and including `seq` has been read.',
    properties: {
      seq: 'The sequence number of the newest message read. Beyond the thread’s last it counts as the last; below the current receipt it changes nothing (receipts never go back).',
    },
  },
  EditMessageRequest: {
    description: 'The new text of a message just sent (within 15 minutes). The earlier text is kept in the record.',
    properties: { body: 'Plain text, 1–4,000 characters, not only white space.' },
  },
  ReportMessageRequest: {
    description: 'A report of a message to the school.',
    properties: {
      reason: 'Why: `inappropriate`, `harassment`, `spam`, `privacy` or `other`.',
      note: 'Anything to add, up to 1,000 characters (trimmed); null or left out for none.',
    },
  },
  SetInterpreterReviewRequest: {
    description:
      'Ask for, record or clear a human interpreter’s review of the translations (the student’s educators only).',
    properties: {
      interpreterReview:
        '`needed` (an interpreter should check the translations before the family relies on them), `reviewed` (one has), or null to clear it.',
    },
  },
  CreateOfferRequest: {
    description:
      'New meeting times, in the educator’s time zone unless another is given. The offer is cut into slots; one offer makes at most 48 slots a day and spans at most 366 days.',
    properties: {
      recurrence: '`once` (the one day `startDate`) or `weekly` (every weekday in `weekdays`).',
      startDate: 'The first day.',
      endDate:
        'The last day of a weekly offer (inclusive), not before `startDate`; null or left out: open-ended. Ignored for `once`.',
      weekdays: `The days a weekly offer repeats on (at least one; up to 7). ${weekday} Ignored for \`once\`.`,
      startTime: clock('When the first slot of each day starts'),
      endTime: clock('When the last slot of each day must end by'),
      timeZone: 'An IANA time zone for the dates and times; the educator’s own when left out.',
      durationMinutes: 'The length of one meeting, 5–480 minutes.',
      bufferMinutes: 'Minutes to leave free between slots, 0–240; 0 when left out.',
      modalities: 'How the meetings can happen: 1–3 of `in_person`, `phone`, `video`.',
      location: 'Where in-person meetings take place, 1–200 characters (trimmed); null or left out when not said.',
      capacity: 'How many families can book one slot, 1–100; 1 when left out.',
      bookingWindowDays: 'How many days ahead a slot may be booked, 1–365; 60 when left out.',
      cutoffHours: 'How many hours before its start a slot stops taking bookings, 0–720; 24 when left out.',
      maxBookingsPerHousehold:
        'How many upcoming meetings of this offer one household may hold for one child, 1–20; 1 when left out.',
    },
  },
  CreateBookingRequest: {
    description: 'A booking of a slot, by a guardian allowed to book, for their child.',
    properties: {
      studentId: 'The child the meeting is about; the slot’s educator must be one of theirs.',
      modality: 'How to meet: one of the slot’s `modalities`.',
      needs: 'What the family needs to take part; left out: nothing.',
    },
  },
  AccessNeeds: {
    description: 'What a family asks for so they can take part in a meeting. Every field may be left out.',
    properties: {
      interpreterLanguage: 'A language (BCP 47) to interpret into, e.g. the family’s own.',
      childCare: 'Child care during the meeting; false when left out.',
      transport: 'Help getting to the meeting; false when left out.',
      accessibilityNote:
        'Anything else the educator should know, up to 500 characters (trimmed), in the booker’s language.',
    },
  },
  CancelBookingRequest: {
    description: 'A cancellation, by the family who booked or the educator.',
    properties: {
      reason: 'Why, up to 500 characters (trimmed); kept in the scheduling record. Left out: none.',
    },
  },
  RescheduleBookingRequest: {
    description: 'A move of a booking to another slot, by the family who booked. The access needs carry over.',
    properties: {
      slotId: 'The new slot; the family must be allowed to book it, as for a new booking.',
      modality: 'How to meet at the new time; the booking’s current modality when left out.',
    },
  },
  PutFamilyWindowsRequest: {
    description: 'The times that usually work for the signed-in person; they replace the earlier ones.',
    properties: {
      timeZone: 'The IANA time zone the windows are in; the person’s own when left out.',
      windows: 'Up to 28 windows; an empty list removes them all.',
      'windows[].weekday': weekday,
      'windows[].startTime': clock('When it starts'),
      'windows[].endTime': clock('When it ends'),
    },
  },
  JoinWaitlistRequest: {
    description:
      'A place in line for a full slot. When a seat frees up, the booking is made with this modality and these needs.',
    properties: {
      studentId: 'The child the meeting would be about.',
      modality: 'How to meet: one of the slot’s `modalities`.',
      needs: 'What the family needs to take part; left out: nothing.',
    },
  },
  UpdateTenantSettingsRequest: {
    description:
      'A change to some of the district’s settings: only the fields given change, and every change is audited.',
    properties: {
      name: 'The district’s name, 1–200 characters (trimmed).',
      timeZone: 'An IANA time zone name this server knows (`America/Chicago`, `UTC`); not an offset.',
      allowedOrigins:
        'The whole new list (at most 50) of origins that may embed the widgets, exactly as browsers send them: `https://host[:port]`, lower case, no path, no wildcard, no duplicates; http only for localhost and 127.0.0.1.',
      educatorQuietHours: 'Quiet hours for educators who set none of their own; null removes them.',
      'educatorQuietHours.start': clock('When they begin'),
      'educatorQuietHours.end': clock('When they end; not the same as `start`'),
      translation:
        'Which service translates, replaced as a whole: `server`, `off`, or `custom` with `url` and an optional write-only `apiKey`.',
      'translation.mode': '`server` (this server’s service, if any), `off`, or `custom` (the district’s own).',
      'translation.url':
        'The custom service’s address: https (http only for localhost and 127.0.0.1), no credentials, query or fragment.',
      'translation.apiKey':
        'Write-only: a string sets the key, null removes it, and leaving it out keeps the stored key while the address stays the same (a new address starts without one).',
      'translation.protocol': '`libretranslate` (the default) or `generic`.',
      retentionDays: 'How long to keep the records of a student who left, 30–36500 days; null keeps them.',
    },
  },
  UpdateNotificationSettingsRequest: {
    description: 'How the signed-in person wants to hear of messages they have not read; every field is replaced.',
    properties: {
      contactChannel: '`app`, `email`, `sms`, `push` or `phone`.',
      quietHours: 'Hours in which nothing is sent to them, on their clock; null for none.',
      'quietHours.start': clock('When they begin'),
      'quietHours.end': clock('When they end'),
      notifyAfterMinutes:
        'Minutes a message may stay unread before they are told, 0–10080 (a week); null for the district’s default.',
    },
  },
  AddPushSubscriptionRequest: {
    description:
      'What `PushSubscription.toJSON()` gives in the browser, after `PushManager.subscribe` with `vapidPublicKey`.',
    properties: {
      endpoint: 'The push service URL for this browser (https, a known push service).',
      expirationTime:
        'When the subscription expires, in milliseconds since 1970 (as the browser gives it); null or left out when it does not.',
      keys: 'The browser’s keys for encrypting messages to it.',
      'keys.p256dh': 'The browser’s P-256 public key, base64url.',
      'keys.auth': 'The authentication secret, base64url.',
    },
  },
};

export const operationDescriptions: Record<RouteName, string> = {
  getHealth:
    'Public. 200 when the server and its database answer, 503 when the database does not: point a load balancer’s health check here.',
  getOpenApi:
    'Public. This document, generated from the route table of `@tandem/contract` (demo routes included in demo mode).',
  getMe: 'Who the token was minted for (its `sub` and `tenant`), as the roster has them now.',
  listStudents:
    'A guardian sees their children; an educator their assigned students; an admin every student of the district.',
  getStudent:
    "The student with the viewer's relationship to them, which says what the viewer may do (see `Relationship`). A student outside the viewer's scope answers 404, like a missing one. The read is recorded in the access log.",
  listGoals: 'Oldest first, so that the order stays put as goals are added.',
  createGoal:
    'An educator creates a goal (active unless they propose it); a guardian proposes one, and it is always created with status `proposed`. Send an `Idempotency-Key` header so that a retry returns the first result instead of creating a second goal.',
  getGoal: 'Any goal of a student the viewer may see; its translations and interpreter review included.',
  updateGoal:
    "Educators change a goal's fields, status and action steps. `version` must be the goal's current version; a stale one answers 409 and changes nothing.",
  setGoalInterpreterReview:
    "The student's educators only (a family sees the status, and is refused with 403). `needed`: a human interpreter should check the goal's machine translations before the family relies on them (IEP content); `reviewed`: they have; null clears it. The goal's version goes up, so a widget holding it refreshes.",
  listProgress: 'Newest first (by date, then by when they were recorded), from home and school alike.',
  recordProgress:
    'Guardians and educators record a reading of an active goal. The server stamps `recordedBy`, `recorderRole` and `setting` (`home` for guardians, `school` for educators). Send an `Idempotency-Key` header so that a retry never records twice.',
  listThreads:
    "Only the threads the viewer takes part in: guardians in separate homes never see each other's direct threads.",
  startThread:
    "Every participant must be one of the student's guardians (allowed to message) or educators. With exactly one other participant the thread is direct, and an existing direct thread between the same two people about the same student is returned instead of a new one.",
  listMessages:
    'Newest first, a page at a time. Reading the first page marks everything in the thread as delivered to the viewer (the others get a `thread.delivered` event); reading is marked separately with `markThreadRead`.',
  sendMessage:
    'Plain text up to 4,000 characters. The server assigns the per-thread sequence number inside the insert transaction. A repeat with the same `clientMessageId` from the same sender returns the first message, so a retry never makes a second one.',
  markThreadRead:
    'Moves the viewer’s read receipt forward (never back); the other participants get a `thread.read` event.',
  editMessage:
    'Only the sender, within 15 minutes of sending. The earlier text is kept in the record; there is no delete.',
  setMessageInterpreterReview:
    'Educators taking part in the thread only (a family sees the status, and is refused with 403). The participants get a `message.updated` event.',
  reportMessage:
    'Any participant may report a message to the school; the report is kept for the district to review, in the student’s record.',
  getEvents:
    'Read it with `fetch` and a bearer token (not `EventSource`, which cannot send headers). Each event `id` is a durable cursor: reconnect with `Last-Event-ID` (or `?lastEventId=`) and the server replays everything after it from the database; one that is not an event id (up to 18 digits) answers 400. A comment line every 15 s keeps proxies open; a reader that takes nothing for that long is cut off, to resume the same way. At most 5 streams per person.',
  listStudentEducators: 'The educators assigned to the student, for a family choosing whom to meet or message.',
  listSlots:
    "Slots are derived from the educator's offers, in the educator's time zone (daylight-saving changes included); `start` and `end` are instants. A family sees the slots of their children's educators. `available` is false when the slot is full, starts within the offer's cut-off, or lies beyond its booking window; `status` says which: `full` (a family may join the waiting list) or `closed` (cut-off or booking window). At most 62 days per request.",
  createOffer:
    'Only the educator themself. Weekly offers repeat on `weekdays` (1 Monday … 7 Sunday) from `startDate` until `endDate` (open-ended when null).',
  createBooking:
    "A guardian allowed to book, for their child, with one of the child's educators. The seat is taken in the same transaction with a conditional update on the slot's row, and the database refuses `booked > capacity`: however many people try at once, a slot never holds more bookings than its capacity. A full slot answers 409; book another. A household that already holds `maxBookingsPerHousehold` live meetings of the slot's offer answers 409 with type `urn:tandem:problem:booking-limit`. Access needs (interpreter, child care, transport, a note) go to the educator.",
  listStudentBookings:
    'Every meeting about the student, cancelled ones included, latest start first. A guardian of another home sees that a meeting exists and when, not the booker’s notes (`needs` null).',
  getBooking: 'A booking the viewer may see: the family’s own, or one about a student of theirs.',
  cancelBooking:
    'The family who booked, or the educator. The seat is free again at once: the first family waiting for it (see joinWaitlist) is booked into it in the same step.',
  getBookingIcs:
    'The meeting as an iCalendar event (UTC times), with its place or modality and the access needs asked for.',
  rescheduleBooking:
    'Only the family who booked. The new seat is taken and the old booking cancelled in one transaction: if the new slot is full, the old booking stays as it was (409). The modality and access needs carry over unless `modality` is given.',
  joinWaitlist:
    'Only for a full slot (otherwise book it). When a seat frees up, the families waiting are booked in the order they joined, with the modality and needs they gave; an entry that can no longer be booked (the time is too close, the family may no longer book) expires and the next one is tried.',
  getSchedulingRecord:
    'Every booking, cancellation and reschedule about the student, oldest first, including those the system made (a roster change that ended access). A family sees another home’s reasons as null.',
  getStudentRecord:
    "The export behind a family's right to inspect their child's education records (FERPA), and the district's copy for an audit: the student and school, goals with every progress entry (who recorded it, in which role and setting), conversations with every message, its translations, earlier texts and reports, bookings (cancelled ones too), the scheduling record, waiting lists and the access log. Guardians with record access, the student's educators and the district's admins; what each copy holds is in docs/records.md (a family's copy has its own conversations and booking notes only). Send `Accept: text/html` for a printable page instead of JSON. The export is itself recorded in the access log.",
  getMyWindows: 'The signed-in person’s recurring weekly free times, on their clock (empty until they give some).',
  putMyWindows:
    'Replaces the signed-in person’s windows with these. Educators of their children see them (`listStudentFamilyWindows`) to offer times that fit.',
  listStudentFamilyWindows:
    'School staff only (a family is refused with 403: they keep their own times under `getMyWindows`). Each guardian of the student with their windows, and, for an educator, their own free slots of the next 14 days that fall inside them.',
  getTenantSettings:
    "District administrators only (403 for anyone else). Each administrator sees their own district's settings. A custom translation service's API key is never returned, only `hasApiKey`.",
  updateTenantSettings:
    "District administrators only. Only the fields given change, and every change is recorded in the audit log. Changes apply at once on every server instance: allowed origins (CORS) within moments, quiet hours and translation from the next message. `allowedOrigins` (at most 50) are exact origins as browsers send them — `https://host[:port]`, no path, no wildcard; http only for localhost and 127.0.0.1. `educatorQuietHours` apply to the district's educators who have set none of their own. `translation` is replaced as a whole: `server` (this server's service, if any), `off`, or `custom` with the district's LibreTranslate-compatible `url` (https) and a write-only `apiKey` (null removes it; left out, the stored key is kept while the address stays the same). `retentionDays` (30–36500, or null to keep records) is stored; nothing deletes records by it yet.",
  listDevUsers:
    'Demo mode only (404 otherwise): every seeded person, with the students each may see. Pick one and mint a token.',
  createDevToken:
    'Demo mode only (404 otherwise): a 15-minute token for a seeded person, as a district’s backend would mint it. Never present in production.',
  createRosterImport:
    'District administrators only. The zip streams to a temporary file, the import starts, and the answer is 202 with the import (status `running`) and its `Location`; poll that until the status is `applied`, `checked`, `refused` or `failed`. `?dryRun=true` checks the bundle and reports what would change without writing. A refused bundle writes nothing and says why, row by row.',
  listRosterImports: 'District administrators only. The district’s imports, newest first, without their problem lists.',
  getRosterImport:
    'District administrators only. One import with its counts and up to 500 problems (errors first), each naming the file, row and column.',
  getMyNotificationSettings:
    'The signed-in person’s own channel, quiet hours and delay, with their own address and number as the roster has them and which channels can reach them on this server.',
  putMyNotificationSettings:
    'Replaces the signed-in person’s channel, quiet hours and delay. The address and number come from the roster and are not changed here.',
  addPushSubscription:
    'Registers this browser for web push, with what `PushSubscription.toJSON()` gave. Registering the same endpoint again renews it. 404 when push is off on this server.',
  removePushSubscription: 'Stops push notifications to one of the signed-in person’s browsers.',
  receiveMailReply:
    'For the mail provider, with TANDEM_INBOUND_MAIL_TOKEN. A reply to a notification (its signed Reply-To names the person and the thread) becomes a message from that person, in their language, with quoted history, signatures and mobile footers taken off. The same mail again (its Message-ID) adds nothing. See docs/notifications.md.',
  receiveSms:
    'For the SMS provider, checked by `X-Twilio-Signature`. STOP, START and HELP are handled (and confirmed) as the law asks; any other text goes into the thread of the last notification texted to that number, or the family is asked which conversation. Each MessageSid is taken once. Answers TwiML with the text to send back, if any. See docs/notifications.md.',
};

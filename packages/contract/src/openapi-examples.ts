// One example per operation for the OpenAPI document, in the demo district's data (Riverside
// Unified, Lincoln Elementary: Mateo García, his mother María, his teacher Ana Rivera). Like the
// descriptions, only the document imports them, so that browsers never download them. Typed by
// the route table, and parsed with each route's schemas in contract.test.ts.
import type { ActionStep, ContentTranslation, Goal, ProgressEntry } from './domain.js';
import type { RealtimeEvent, Thread } from './messaging.js';
import type { Booking, Slot } from './scheduling.js';
import type { RouteBody, RouteName, RouteResponse, Routes } from './routes.js';

/** One event of a Server-Sent Events stream: its `id` (a durable cursor) and its `data`. */
export interface StreamEvent {
  id: string;
  data: RealtimeEvent;
}

type ResponseExample<N extends RouteName> = Routes[N]['success'] extends { contentType: 'text/event-stream' }
  ? readonly StreamEvent[]
  : RouteResponse<N>;

/** A JSON body, or a text upload as it goes over the wire; a zip has no example to show. */
type RequestExample<N extends RouteName> = Routes[N] extends { upload: 'application/zip' }
  ? { request?: never }
  : Routes[N] extends { upload: string }
    ? { request: string }
    : Routes[N] extends { body: object }
      ? { request: RouteBody<N> }
      : { request?: never };

export type OperationExample<N extends RouteName> = { response: ResponseExample<N> } & RequestExample<N>;

const spanish = (field: ContentTranslation['field'], text: string): ContentTranslation => ({
  field,
  language: 'es',
  text,
  machine: true,
});

const bedtimeReading: ActionStep = {
  id: 'goal_mateo_reading_s1',
  description: 'Read a book of his choice together before bed',
  owner: 'home',
  frequency: 'Every day',
  language: 'en',
  translations: [
    spanish('description', 'Leer juntos un libro que él elija antes de dormir'),
    spanish('frequency', 'Todos los días'),
  ],
};

const readingGoal: Goal = {
  id: 'goal_mateo_reading',
  studentId: 'stu_mateo',
  domain: 'academic',
  statement: 'Read for 20 minutes a day',
  measureType: 'duration',
  unit: 'minutes',
  baseline: 5,
  target: 20,
  startDate: '2026-10-19',
  targetDate: '2027-04-02',
  status: 'active',
  actionSteps: [
    bedtimeReading,
    {
      id: 'goal_mateo_reading_s2',
      description: 'Quiet reading time with a reading buddy',
      owner: 'school',
      frequency: 'Every morning',
      language: 'en',
      translations: [
        spanish('description', 'Lectura en silencio con un compañero de lectura'),
        spanish('frequency', 'Todas las mañanas'),
      ],
    },
  ],
  createdBy: 'per_rivera',
  creatorRole: 'educator',
  language: 'en',
  translations: [spanish('statement', 'Leer 20 minutos al día'), spanish('unit', 'minutos')],
  interpreterReview: null,
  version: 1,
  createdAt: '2026-10-19T20:16:29.341Z',
  updatedAt: '2026-10-19T20:16:29.341Z',
};

/** A suggestion in a family member's own words: nothing about how it is measured yet. */
const proposedGoal: Goal = {
  id: 'goal_k2Qm8vXcT1aZr7Lp',
  studentId: 'stu_mateo',
  domain: null,
  statement: 'Practice telling time on a clock with hands',
  measureType: null,
  unit: null,
  baseline: null,
  target: null,
  startDate: '2026-12-03',
  targetDate: null,
  status: 'proposed',
  actionSteps: [],
  createdBy: 'per_garcia',
  creatorRole: 'guardian',
  language: 'es',
  translations: [],
  interpreterReview: null,
  version: 1,
  createdAt: '2026-12-03T20:21:07.512Z',
  updatedAt: '2026-12-03T20:21:07.512Z',
};

const schoolReading: ProgressEntry = {
  id: 'goal_mateo_reading_p3',
  goalId: 'goal_mateo_reading',
  studentId: 'stu_mateo',
  value: 19,
  date: '2026-11-30',
  note: 'Read on his own and retold the story in his own words.',
  recordedBy: 'per_rivera',
  recorderRole: 'educator',
  setting: 'school',
  language: 'en',
  translations: [spanish('note', 'Leyó solo y volvió a contar la historia con sus propias palabras.')],
  createdAt: '2026-11-30T21:16:29.341Z',
};

const homeReading: ProgressEntry = {
  id: 'prog_Vd3nQ8sLm2XkP0aT',
  goalId: 'goal_mateo_reading',
  studentId: 'stu_mateo',
  value: 20,
  date: '2026-12-03',
  note: 'Leímos un libro de tiburones.',
  recordedBy: 'per_garcia',
  recorderRole: 'guardian',
  setting: 'home',
  language: 'es',
  translations: [],
  createdAt: '2026-12-03T20:25:44.018Z',
};

const thread: Thread = {
  id: 'thr_mateo_garcia_rivera',
  studentId: 'stu_mateo',
  kind: 'direct',
  participantIds: ['per_garcia', 'per_rivera'],
  participants: [
    {
      id: 'per_garcia',
      displayName: 'María García',
      kind: 'guardian',
      educatorRole: null,
      language: 'es',
      timeZone: 'America/Chicago',
      quietHours: null,
      lastDeliveredSeq: 3,
      lastReadSeq: 2,
    },
    {
      id: 'per_rivera',
      displayName: 'Ana Rivera',
      kind: 'educator',
      educatorRole: 'teacher',
      language: 'en',
      timeZone: 'America/Chicago',
      quietHours: { start: '17:00', end: '07:30' },
      lastDeliveredSeq: 3,
      lastReadSeq: 3,
    },
  ],
  subject: null,
  unreadCount: 1,
  lastSeq: 3,
  lastMessageAt: '2026-12-02T20:19:29.341Z',
  createdAt: '2026-11-03T20:16:29.341Z',
};

const teacherMessage = {
  id: 'msg_mateo_garcia_rivera_3',
  threadId: 'thr_mateo_garcia_rivera',
  seq: 3,
  senderId: 'per_rivera',
  senderRole: 'educator',
  body: 'Any book about animals he likes. I will send two from our class library on Friday.',
  language: 'en',
  clientMessageId: '1f0c6e2a-8b4d-4c3e-9a71-5d2f8e6b0c13',
  sentAt: '2026-12-02T20:19:29.341Z',
  deliverAfter: null,
  editedAt: null,
  translations: [
    {
      language: 'es',
      body: 'Cualquier libro de animales que le guste. El viernes le enviaré dos de la biblioteca de la clase.',
      machine: true,
    },
  ],
  interpreterReview: null,
  via: 'app',
  reachedBy: [{ personId: 'per_garcia', channel: 'email', at: '2026-12-02T20:24:31.902Z' }],
} as const satisfies RouteResponse<'sendMessage'>;

const familyMessage = {
  id: 'msg_OMYdPeaj469fn9SQ',
  threadId: 'thr_mateo_garcia_rivera',
  seq: 4,
  senderId: 'per_garcia',
  senderRole: 'guardian',
  body: 'Gracias, los leeremos este fin de semana.',
  language: 'es',
  clientMessageId: 'b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
  sentAt: '2026-12-03T23:46:57.135Z',
  // Ms. Rivera's quiet hours (17:00–07:30 in Chicago) hold it until the morning.
  deliverAfter: '2026-12-04T13:30:00.000Z',
  editedAt: null,
  translations: [],
  interpreterReview: null,
  via: 'app',
  reachedBy: [],
} as const satisfies RouteResponse<'sendMessage'>;

const officeLocation = [
  {
    field: 'location',
    language: 'ar',
    text: 'مدرسة لينكولن الابتدائية، المكتب الرئيسي',
    machine: true,
  },
  spanish('location', 'Lincoln Elementary School, oficina principal'),
  { field: 'location', language: 'vi', text: 'Trường Tiểu học Lincoln, văn phòng chính', machine: true },
] as const satisfies ContentTranslation[];

const slot: Slot = {
  id: 'slot_off_rivera_weekly_20261207T2100Z',
  offerId: 'off_rivera_weekly',
  educatorId: 'per_rivera',
  start: '2026-12-07T21:00:00.000Z',
  end: '2026-12-07T21:30:00.000Z',
  timeZone: 'America/Chicago',
  modalities: ['in_person', 'phone', 'video'],
  modality: 'in_person',
  location: 'Lincoln Elementary School, front office',
  language: 'en',
  translations: [...officeLocation],
  capacity: 1,
  booked: 0,
  available: true,
  status: 'open',
};

const booking: Booking = {
  id: 'bkg_FJc-1pg-VQkvfIRC',
  slotId: 'slot_off_rivera_weekly_20261207T2100Z',
  studentId: 'stu_mateo',
  educatorId: 'per_rivera',
  bookedBy: 'per_garcia',
  bookedByName: 'María García',
  start: '2026-12-07T21:00:00.000Z',
  end: '2026-12-07T21:30:00.000Z',
  timeZone: 'America/Chicago',
  modality: 'in_person',
  location: 'Lincoln Elementary School, front office',
  language: 'es',
  translations: [
    ...officeLocation,
    {
      field: 'accessibilityNote',
      language: 'en',
      text: 'I will come with my younger son in a stroller.',
      machine: true,
    },
  ],
  needs: {
    interpreterLanguage: 'es',
    childCare: true,
    transport: false,
    accessibilityNote: 'Llegaré con mi hijo menor en carriola.',
  },
  status: 'booked',
  createdAt: '2026-12-03T20:16:48.308Z',
  cancelledAt: null,
};

const cancelled: Booking = { ...booking, status: 'cancelled', cancelledAt: '2026-12-04T15:02:11.640Z' };

const moved: Booking = {
  ...booking,
  id: 'bkg_Wm4rT9yHq2cXe6Nd',
  slotId: 'slot_off_rivera_weekly_20261209T2100Z',
  start: '2026-12-09T21:00:00.000Z',
  end: '2026-12-09T21:30:00.000Z',
  modality: 'video',
  createdAt: '2026-12-04T15:02:11.640Z',
};

const tenantSettings = {
  id: 'ten_riverside',
  name: 'Riverside Unified School District',
  timeZone: 'America/Chicago',
  allowedOrigins: ['https://www.riverside.example.org', 'https://lms.riverside.example.org'],
  educatorQuietHours: { start: '17:00', end: '07:30' },
  translation: {
    mode: 'custom',
    url: 'https://translate.riverside.example.org',
    hasApiKey: true,
    protocol: 'libretranslate',
  },
  retentionDays: 2555,
} as const satisfies RouteResponse<'getTenantSettings'>;

const notificationSettings = {
  contactChannel: 'email',
  quietHours: { start: '21:00', end: '07:00' },
  notifyAfterMinutes: 30,
  districtNotifyAfterMinutes: 15,
  email: 'garcia@family.example.org',
  phone: '+1 555 0101',
  smsStopped: false,
  available: ['email', 'sms', 'push'],
  pushSubscriptions: 1,
  vapidPublicKey: 'BJNeRzK0MH1nOnsDY7hphD2zPvkqaGdmkU_xQ7VmSS5NL_qOJzElI4MpCexyIOZDbGXhDaPPyP5Cp42AxeoD9q8',
} as const satisfies RouteResponse<'getMyNotificationSettings'>;

const pushSubscription = {
  id: 'psub_Jr5tN1wQe8VbZ3kM',
  service: 'https://fcm.googleapis.com',
  createdAt: '2026-12-03T20:30:12.771Z',
} as const satisfies RouteResponse<'addPushSubscription'>;

const importCounts = (created: number) => ({ created, updated: 0, deactivated: 0, unchanged: 0 });

const ics = [
  'BEGIN:VCALENDAR',
  'VERSION:2.0',
  'PRODID:-//Tandem//Tandem//ES',
  'NAME:Tandem',
  'X-WR-CALNAME:Tandem',
  'BEGIN:VEVENT',
  'UID:bkg_FJc-1pg-VQkvfIRC@tandem',
  'SEQUENCE:0',
  'DTSTAMP:20261203T201648Z',
  'DTSTART:20261207T210000Z',
  'DTEND:20261207T213000Z',
  'SUMMARY:Reunión con Ana Rivera',
  'LOCATION:Lincoln Elementary School\\, oficina principal',
  'DESCRIPTION:En persona\\nIntérprete: español\\nCuidado de niños solicitad',
  ' o\\nNota: Llegaré con mi hijo menor en carriola.',
  'STATUS:CONFIRMED',
  'END:VEVENT',
  'END:VCALENDAR',
  '',
].join('\r\n');

const replyMail = [
  'From: =?utf-8?q?Mar=C3=ADa_Garc=C3=ADa?= <garcia@family.example.org>',
  'To: r-ntf_Hq7Lm2Vx9TcK4pRz-7xk2mq4hd3s5avne@reply.riverside.example.org',
  'Subject: Re: Ana Rivera wrote about Mateo',
  'Message-ID: <CAF8kz3e1Qm7v@mail.family.example.org>',
  'Date: Thu, 03 Dec 2026 14:32:10 -0600',
  'MIME-Version: 1.0',
  'Content-Type: text/plain; charset=utf-8',
  'Content-Transfer-Encoding: 8bit',
  '',
  'Sí, el viernes está bien. ¡Gracias!',
  '',
  'Enviado desde mi iPhone',
  '',
  'El jue, 3 dic 2026 a las 14:20, Ana Rivera escribió:',
  '> Any book about animals he likes. I will send two from our class library on Friday.',
  '',
].join('\r\n');

export const operationExamples: { [N in RouteName]: OperationExample<N> } = {
  getHealth: { response: { status: 'ok', version: '0.1.0', database: 'postgres', demo: false } },
  getOpenApi: {
    response: { openapi: '3.1.0', info: { title: 'Tandem API', version: '1.0.0' }, paths: {}, components: {} },
  },
  getMe: {
    response: {
      person: {
        id: 'per_garcia',
        kind: 'guardian',
        displayName: 'María García',
        preferredLanguage: 'es',
        timeZone: 'America/Chicago',
        contactChannel: 'email',
        quietHours: null,
        educatorRole: null,
      },
      tenant: { id: 'ten_riverside', name: 'Riverside Unified School District' },
    },
  },
  listStudents: {
    response: {
      items: [
        {
          id: 'stu_mateo',
          schoolId: 'sch_lincoln',
          givenName: 'Mateo',
          familyName: 'García',
          preferredName: null,
          gradeLevel: '03',
          sourcedId: 'mateo',
          relationship: { role: 'guardian', mayViewRecords: true, mayMessage: true, mayBook: true },
        },
      ],
      nextCursor: 'WyJzdHVfbWF0ZW8iXQ',
    },
  },
  getStudent: {
    response: {
      id: 'stu_lucia',
      schoolId: 'sch_lincoln',
      givenName: 'Lucía',
      familyName: 'Ramírez',
      preferredName: 'Lucy',
      gradeLevel: '01',
      sourcedId: 'lucia',
      relationship: { role: 'educator', mayViewRecords: true, mayMessage: true, mayBook: false },
    },
  },
  listGoals: { response: { items: [readingGoal], nextCursor: null } },
  createGoal: {
    request: { statement: 'Practice telling time on a clock with hands' },
    response: proposedGoal,
  },
  getGoal: { response: readingGoal },
  updateGoal: {
    request: {
      version: 1,
      target: 25,
      actionSteps: [
        {
          id: 'goal_mateo_reading_s1',
          description: 'Read a book of his choice together before bed',
          owner: 'home',
          frequency: 'Every day',
        },
        { description: 'Visit the public library on Saturdays', owner: 'home', frequency: 'Once a week' },
      ],
    },
    response: {
      ...readingGoal,
      target: 25,
      actionSteps: [
        bedtimeReading,
        {
          id: 'step_Ug6mB2zKs9RfX1cY',
          description: 'Visit the public library on Saturdays',
          owner: 'home',
          frequency: 'Once a week',
          language: 'en',
          translations: [],
        },
      ],
      version: 2,
      updatedAt: '2026-12-03T20:40:02.115Z',
    },
  },
  setGoalInterpreterReview: {
    request: { interpreterReview: 'needed' },
    response: { ...readingGoal, interpreterReview: 'needed', version: 2, updatedAt: '2026-12-03T20:17:04.302Z' },
  },
  listProgress: { response: { items: [schoolReading], nextCursor: 'WyIyMDI2LTExLTMwIl0' } },
  recordProgress: {
    request: { value: 20, date: '2026-12-03', note: 'Leímos un libro de tiburones.' },
    response: homeReading,
  },
  listThreads: { response: { items: [thread], nextCursor: null } },
  startThread: {
    request: { participantIds: ['per_rivera'], subject: 'Libros para el fin de semana' },
    response: { ...thread, subject: null },
  },
  listMessages: { response: { items: [teacherMessage], nextCursor: 'WzJd', lastEventId: '1287' } },
  sendMessage: {
    request: {
      body: 'Gracias, los leeremos este fin de semana.',
      clientMessageId: 'b3f1c2d4-5e6f-4a7b-8c9d-0e1f2a3b4c5d',
    },
    response: familyMessage,
  },
  markThreadRead: {
    request: { seq: 3 },
    response: { threadId: 'thr_mateo_garcia_rivera', lastReadSeq: 3, unreadCount: 0 },
  },
  editMessage: {
    request: { body: 'Any book about animals he likes. I will send two from our class library on Thursday.' },
    response: {
      ...teacherMessage,
      body: 'Any book about animals he likes. I will send two from our class library on Thursday.',
      editedAt: '2026-12-02T20:26:03.480Z',
      translations: [],
    },
  },
  setMessageInterpreterReview: {
    request: { interpreterReview: 'reviewed' },
    response: { ...teacherMessage, interpreterReview: 'reviewed' },
  },
  reportMessage: {
    request: { reason: 'other', note: 'Sent to the wrong family?' },
    response: {
      id: 'rep_mwh-4T_V57sicFd0',
      messageId: 'msg_mateo_garcia_rivera_3',
      reportedBy: 'per_garcia',
      reason: 'other',
      note: 'Sent to the wrong family?',
      createdAt: '2026-12-03T20:17:04.259Z',
    },
  },
  getEvents: {
    response: [
      {
        id: '1841',
        data: {
          type: 'message.created',
          studentId: 'stu_mateo',
          threadId: 'thr_mateo_garcia_rivera',
          messageId: 'msg_OMYdPeaj469fn9SQ',
          seq: 4,
          personId: 'per_garcia',
        },
      },
      {
        id: '1842',
        data: {
          type: 'message.translated',
          studentId: 'stu_mateo',
          threadId: 'thr_mateo_garcia_rivera',
          messageId: 'msg_OMYdPeaj469fn9SQ',
          seq: 4,
        },
      },
      {
        id: '1843',
        data: {
          type: 'thread.read',
          studentId: 'stu_mateo',
          threadId: 'thr_mateo_garcia_rivera',
          seq: 4,
          personId: 'per_rivera',
        },
      },
    ],
  },
  listStudentEducators: {
    response: {
      items: [{ id: 'per_rivera', displayName: 'Ana Rivera', role: 'teacher', timeZone: 'America/Chicago' }],
    },
  },
  listSlots: {
    response: {
      items: [slot],
      nextCursor: 'WyIyMDI2LTEyLTA3VDIxOjAwOjAwLjAwMFoiLCJzbG90X29mZl9yaXZlcmFfd2Vla2x5XzIwMjYxMjA3VDIxMDBaIl0',
    },
  },
  createOffer: {
    request: {
      recurrence: 'weekly',
      startDate: '2027-01-11',
      endDate: '2027-03-26',
      weekdays: [1, 3],
      startTime: '15:00',
      endTime: '17:00',
      durationMinutes: 30,
      bufferMinutes: 10,
      modalities: ['in_person', 'phone', 'video'],
      location: 'Lincoln Elementary School, front office',
    },
    response: {
      id: 'off_FCjvlAnP2WfOdTjd',
      educatorId: 'per_rivera',
      recurrence: 'weekly',
      startDate: '2027-01-11',
      endDate: '2027-03-26',
      weekdays: [1, 3],
      startTime: '15:00',
      endTime: '17:00',
      timeZone: 'America/Chicago',
      durationMinutes: 30,
      bufferMinutes: 10,
      modalities: ['in_person', 'phone', 'video'],
      location: 'Lincoln Elementary School, front office',
      language: 'en',
      translations: [],
      capacity: 1,
      bookingWindowDays: 60,
      cutoffHours: 24,
      maxBookingsPerHousehold: 1,
      createdAt: '2026-12-03T20:16:57.111Z',
    },
  },
  createBooking: {
    request: {
      studentId: 'stu_mateo',
      modality: 'in_person',
      needs: {
        interpreterLanguage: 'es',
        childCare: true,
        accessibilityNote: 'Llegaré con mi hijo menor en carriola.',
      },
    },
    response: booking,
  },
  listStudentBookings: { response: { items: [booking], nextCursor: null } },
  getBooking: { response: booking },
  cancelBooking: { request: { reason: 'Cambio de turno en el trabajo' }, response: cancelled },
  getBookingIcs: { response: ics },
  rescheduleBooking: {
    request: { slotId: 'slot_off_rivera_weekly_20261209T2100Z', modality: 'video' },
    response: moved,
  },
  joinWaitlist: {
    request: { studentId: 'stu_emma', modality: 'video', needs: { interpreterLanguage: 'vi' } },
    response: {
      id: 'wait_h3BOqL27jszKr3I5',
      slotId: 'slot_off_rivera_weekly_20261207T2100Z',
      studentId: 'stu_emma',
      personId: 'per_nguyen',
      status: 'waiting',
      bookingId: null,
      createdAt: '2026-12-03T20:16:57.036Z',
    },
  },
  getSchedulingRecord: {
    response: {
      items: [
        {
          kind: 'booked',
          bookingId: 'bkg_FJc-1pg-VQkvfIRC',
          actorId: 'per_garcia',
          detail: null,
          at: '2026-12-03T20:16:48.308Z',
        },
        {
          kind: 'rescheduled',
          bookingId: 'bkg_Wm4rT9yHq2cXe6Nd',
          actorId: 'per_garcia',
          detail: 'from bkg_FJc-1pg-VQkvfIRC',
          at: '2026-12-04T15:02:11.640Z',
        },
      ],
    },
  },
  getStudentRecord: {
    response: {
      generatedAt: '2026-12-03T20:17:04.186Z',
      view: 'family',
      viewer: { id: 'per_garcia', displayName: 'María García', kind: 'guardian', educatorRole: null },
      district: { id: 'ten_riverside', name: 'Riverside Unified School District' },
      school: {
        id: 'sch_lincoln',
        tenantId: 'ten_riverside',
        name: 'Lincoln Elementary School',
        timeZone: 'America/Chicago',
      },
      student: {
        id: 'stu_mateo',
        givenName: 'Mateo',
        familyName: 'García',
        preferredName: null,
        gradeLevel: '03',
        sourcedId: 'mateo',
        deactivatedAt: null,
      },
      guardians: [
        {
          personId: 'per_garcia',
          relationshipLabel: 'mother',
          mayViewRecords: true,
          mayMessage: true,
          mayBook: true,
          custodyNote: null,
        },
      ],
      educators: [{ personId: 'per_rivera', role: 'teacher' }],
      people: [
        { id: 'per_garcia', displayName: 'María García', kind: 'guardian', educatorRole: null },
        { id: 'per_rivera', displayName: 'Ana Rivera', kind: 'educator', educatorRole: 'teacher' },
      ],
      goals: [{ ...readingGoal, progress: [schoolReading] }],
      threads: [
        {
          id: 'thr_mateo_garcia_rivera',
          kind: 'direct',
          subject: null,
          createdBy: 'per_rivera',
          createdAt: '2026-11-03T20:16:29.341Z',
          lastMessageAt: '2026-12-02T20:19:29.341Z',
          participants: [
            { personId: 'per_garcia', lastDeliveredSeq: 3, lastReadSeq: 3 },
            { personId: 'per_rivera', lastDeliveredSeq: 3, lastReadSeq: 3 },
          ],
          messages: [
            {
              id: 'msg_mateo_garcia_rivera_3',
              seq: 3,
              senderId: 'per_rivera',
              senderRole: 'educator',
              body: 'Any book about animals he likes. I will send two from our class library on Thursday.',
              language: 'en',
              sentAt: '2026-12-02T20:19:29.341Z',
              deliverAfter: null,
              editedAt: '2026-12-02T20:26:03.480Z',
              translations: [
                {
                  language: 'es',
                  body: 'Cualquier libro de animales que le guste. El jueves le enviaré dos de la biblioteca de la clase.',
                  createdAt: '2026-12-02T20:26:05.117Z',
                },
              ],
              edits: [
                {
                  previousBody: 'Any book about animals he likes. I will send two from our class library on Friday.',
                  editedAt: '2026-12-02T20:26:03.480Z',
                },
              ],
              reports: [],
            },
          ],
        },
      ],
      bookings: [booking],
      schedulingEvents: [
        {
          kind: 'booked',
          bookingId: 'bkg_FJc-1pg-VQkvfIRC',
          actorId: 'per_garcia',
          detail: null,
          at: '2026-12-03T20:16:48.308Z',
        },
      ],
      waitlist: [],
      audit: [
        {
          id: 'aud_Pf07X_9UYJriZsIR',
          at: '2026-12-03T20:16:42.072Z',
          actorId: 'per_garcia',
          action: 'read',
          resourceType: 'progress',
          resourceId: 'goal_mateo_reading',
          requestId: 'a6c16c05-878f-4d68-a584-94928886ee0c',
        },
      ],
    },
  },
  getMyWindows: {
    response: {
      timeZone: 'America/Chicago',
      windows: [
        { weekday: 1, startTime: '17:30', endTime: '19:00' },
        { weekday: 3, startTime: '17:30', endTime: '19:00' },
      ],
    },
  },
  putMyWindows: {
    request: {
      windows: [
        { weekday: 1, startTime: '17:30', endTime: '19:00' },
        { weekday: 3, startTime: '17:30', endTime: '19:00' },
      ],
    },
    response: {
      timeZone: 'America/Chicago',
      windows: [
        { weekday: 1, startTime: '17:30', endTime: '19:00' },
        { weekday: 3, startTime: '17:30', endTime: '19:00' },
      ],
    },
  },
  listStudentFamilyWindows: {
    response: {
      items: [
        {
          personId: 'per_garcia',
          displayName: 'María García',
          timeZone: 'America/Chicago',
          windows: [{ weekday: 3, startTime: '15:00', endTime: '18:00' }],
          matchingSlotIds: ['slot_off_rivera_weekly_20261209T2100Z', 'slot_off_rivera_weekly_20261209T2140Z'],
        },
      ],
    },
  },
  getTenantSettings: { response: tenantSettings },
  updateTenantSettings: {
    request: {
      allowedOrigins: ['https://www.riverside.example.org', 'https://lms.riverside.example.org'],
      educatorQuietHours: { start: '17:00', end: '07:30' },
      translation: { mode: 'custom', url: 'https://translate.riverside.example.org', apiKey: 'lt-key-9f8e7d6c5b4a' },
      retentionDays: 2555,
    },
    response: tenantSettings,
  },
  listDevUsers: {
    response: {
      items: [
        {
          id: 'per_rivera',
          name: 'Ana Rivera',
          role: 'educator',
          language: 'en',
          studentIds: ['stu_emma', 'stu_jaylen', 'stu_lucia', 'stu_mateo', 'stu_yusuf'],
        },
        {
          id: 'per_garcia',
          name: 'María García',
          role: 'guardian',
          language: 'es',
          studentIds: ['stu_mateo', 'stu_sofia'],
        },
      ],
    },
  },
  createDevToken: {
    request: { userId: 'per_garcia' },
    response: {
      token:
        'eyJhbGciOiJIUzI1NiJ9.eyJ0ZW5hbnQiOiJ0ZW5fcml2ZXJzaWRlIiwiaXNzIjoidGFuZGVtLWRlbW8iLCJhdWQiOiJ0YW5kZW0iLCJzdWIiOiJwZXJfZ2FyY2lhIn0.c2lnbmF0dXJlLW9mLXRoZS1kZW1vLXNlY3JldA',
      expiresAt: '2026-12-03T20:31:36.463Z',
      person: {
        id: 'per_garcia',
        name: 'María García',
        role: 'guardian',
        language: 'es',
        studentIds: ['stu_mateo', 'stu_sofia'],
      },
    },
  },
  createRosterImport: {
    response: {
      id: 'rim_5Hs8Lw2QnV0cXa7B',
      tenantId: 'ten_riverside',
      status: 'running',
      dryRun: true,
      via: 'api',
      requestedBy: 'per_kim',
      version: null,
      files: {},
      startedAt: '2026-12-03T21:05:00.000Z',
      finishedAt: null,
      counts: {},
      errors: 0,
      warnings: 0,
      problems: [],
      truncated: false,
    },
  },
  listRosterImports: {
    response: {
      items: [
        {
          id: 'rim_kIc0CqtV04dN9RNt',
          tenantId: 'ten_riverside',
          status: 'applied',
          dryRun: false,
          via: 'cli',
          requestedBy: null,
          version: '1.1',
          files: { 'orgs.csv': 'bulk', 'users.csv': 'bulk', 'classes.csv': 'bulk', 'enrollments.csv': 'bulk' },
          startedAt: '2026-12-03T20:16:29.341Z',
          finishedAt: '2026-12-03T20:16:29.652Z',
          counts: { schools: importCounts(2), students: importCounts(9), guardians: importCounts(9) },
          errors: 0,
          warnings: 0,
        },
      ],
      nextCursor: null,
    },
  },
  getRosterImport: {
    response: {
      id: 'rim_5Hs8Lw2QnV0cXa7B',
      tenantId: 'ten_riverside',
      status: 'refused',
      dryRun: false,
      via: 'api',
      requestedBy: 'per_kim',
      version: '1.2',
      files: { 'orgs.csv': 'bulk', 'users.csv': 'bulk', 'roles.csv': 'bulk', 'enrollments.csv': 'bulk' },
      startedAt: '2026-12-03T21:05:00.000Z',
      finishedAt: '2026-12-03T21:05:01.204Z',
      counts: {},
      errors: 1,
      warnings: 1,
      problems: [
        {
          severity: 'error',
          file: 'users.csv',
          row: 14,
          column: 'agentSourcedIds',
          value: 'garcia_m',
          message: 'No user with sourcedId "garcia_m" in users.csv: check the guardian’s sourcedId.',
        },
        {
          severity: 'warning',
          file: 'users.csv',
          row: 22,
          column: 'metadata.tandem.preferredLanguage',
          value: '',
          message: 'No preferred language: English is assumed.',
        },
      ],
      truncated: false,
    },
  },
  getMyNotificationSettings: { response: notificationSettings },
  putMyNotificationSettings: {
    request: { contactChannel: 'email', quietHours: { start: '21:00', end: '07:00' }, notifyAfterMinutes: 30 },
    response: notificationSettings,
  },
  addPushSubscription: {
    request: {
      endpoint: 'https://fcm.googleapis.com/fcm/send/dGVzdC1lbmRwb2ludA:APA91bH3x',
      expirationTime: null,
      keys: {
        p256dh: 'BNcRdreALRFXTkOOUHK1EtK2wtaz5Ry4YfYCA_0QTpQtUbVlUls0VJXg7A8u-Ts1XbjhazAkj7I99e8QcYP7DkM',
        auth: 'tBHItJI5svbpez7KI4CCXg',
      },
    },
    response: pushSubscription,
  },
  removePushSubscription: { response: pushSubscription },
  receiveMailReply: {
    request: replyMail,
    response: { outcome: 'posted', messageId: 'msg_Xa2pL7cVn4TqE9wR', threadId: 'thr_mateo_garcia_rivera' },
  },
  receiveSms: {
    request:
      'MessageSid=SM5f8e2b7c9d4a1e3f6b0c8d2a7e9f1b3c&AccountSid=AC0e1d2c3b4a59687f6e5d4c3b2a190817&From=%2B15550104&Body=HELP',
    response:
      '<?xml version="1.0" encoding="UTF-8"?>\n<Response><Message>Riverside Unified School District: messages from your child’s school. Reply STOP to end texts, START to get them again.</Message></Response>',
  },
};

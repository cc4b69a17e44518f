// Deterministic conversations for the message panel's stories and tests: a fetch that answers
// like the Tandem server, from memory (the client validates every answer against the contract).
import { createTandemClient, type TandemClient } from '@tandem/client';
import type { Message, Participant, Thread } from '@tandem/contract';

export type MessageScenario = {
  /** Who is looking: the family (María, Spanish) or the teacher (Ms. Rivera, English). */
  viewer?: 'guardian' | 'educator';
  /** How many messages the thread holds (default 6, a short conversation). */
  count?: number;
  /** Messages from the other side come with a translation into the viewer's language. */
  translated?: boolean;
  /** The viewer's preferred language, when not the viewer's own (María: Spanish, Ms. Rivera: English). */
  language?: string;
  /** An interpreter's check of every translated message: asked for, or done. */
  review?: 'needed' | 'reviewed';
  /** The teacher's quiet hours are now, where she is. */
  quietNow?: boolean;
  /** The viewer has not read the last this many messages from the other side. */
  unread?: number;
  /** What sending does: succeed, be refused (422), never answer, or find no network. */
  send?: 'ok' | 'refused' | 'hang' | 'offline';
  /** What loading does. */
  behaviour?: 'ok' | 'error' | 'offline' | 'hang' | 'no-threads';
  /** Outside the page: the teacher's messages reached the family by text, the family answered by email. */
  outside?: boolean;
  /** A second, older conversation about the student (with the school counselor), so the panel offers a choice. */
  secondThread?: boolean;
};

const STUDENT_ID = 'stu_story';
const THREAD_ID = 'thr_story';
const START = Date.UTC(2026, 10, 2, 15, 0);

const lines: [from: 'guardian' | 'educator', en: string, es: string, ar: string][] = [
  [
    'educator',
    'Hello! Mateo read every day this week. 📚',
    '¡Hola! Mateo leyó todos los días esta semana. 📚',
    'مرحبًا! قرأ ماتيو كل يوم هذا الأسبوع. 📚',
  ],
  [
    'guardian',
    'We read Frog and Toad together every night.',
    'Leemos Sapo y Sepo juntos cada noche.',
    'نقرأ الضفدع والعلجوم معًا كل ليلة.',
  ],
  [
    'educator',
    'Wonderful. Could you write down the minutes?',
    'Maravilloso. ¿Podría anotar los minutos?',
    'رائع. هل يمكنك تدوين الدقائق؟',
  ],
  ['guardian', 'Yes, I will add them to the goal.', 'Sí, los agregaré a la meta.', 'نعم، سأضيفها إلى الهدف.'],
  [
    'educator',
    'Thank you! See you at the conference.',
    '¡Gracias! Nos vemos en la conferencia.',
    'شكرًا! نراكم في الاجتماع.',
  ],
  [
    'guardian',
    '<b>Bold?</b> <script>alert(1)</script> shows as text.',
    '<b>¿Negrita?</b> <script>alert(1)</script> se ve como texto.',
    '<b>عريض؟</b> <script>alert(1)</script> يظهر كنص.',
  ],
];

function participant(kind: 'guardian' | 'educator', quietNow: boolean, receipts: number): Participant {
  const now = new Date();
  const hour = (offset: number) => `${String((now.getUTCHours() + 24 + offset) % 24).padStart(2, '0')}:00`;
  return kind === 'guardian'
    ? {
        id: 'per_parent',
        displayName: 'María García',
        kind: 'guardian',
        educatorRole: null,
        language: 'es',
        timeZone: 'America/Chicago',
        quietHours: null,
        lastDeliveredSeq: receipts,
        lastReadSeq: receipts,
      }
    : {
        id: 'per_teacher',
        displayName: 'Ms. Rivera',
        kind: 'educator',
        educatorRole: 'teacher',
        language: 'en',
        timeZone: quietNow ? 'UTC' : 'America/Chicago',
        quietHours: quietNow ? { start: hour(-1), end: hour(2) } : { start: '17:00', end: '07:30' },
        lastDeliveredSeq: receipts,
        lastReadSeq: Math.max(0, receipts - 1),
      };
}

export function conversation(scenario: MessageScenario = {}): { thread: Thread; messages: Message[] } {
  const count = scenario.count ?? lines.length;
  const messages: Message[] = Array.from({ length: count }, (_, i) => {
    const [from, en, es, ar] = lines[i % lines.length]!;
    const sender = from === 'guardian' ? 'per_parent' : 'per_teacher';
    const language = from === 'guardian' ? 'es' : 'en';
    const body = from === 'guardian' ? es : en;
    // Made for each participant's language, as the server does; Arabic too, for the right-to-left stories.
    const translations =
      from === 'guardian'
        ? [
            { language: 'en', body: en, machine: true },
            { language: 'ar', body: ar, machine: true },
          ]
        : [
            { language: 'es', body: es, machine: true },
            { language: 'ar', body: ar, machine: true },
          ];
    return {
      id: `msg_story_${i + 1}`,
      threadId: THREAD_ID,
      seq: i + 1,
      senderId: sender,
      senderRole: from,
      body: count > lines.length ? `${body} (${i + 1})` : body,
      language,
      clientMessageId: `c${i + 1}`,
      sentAt: new Date(START + i * 47 * 60_000).toISOString(),
      deliverAfter: null,
      editedAt: null,
      translations: scenario.translated ? translations : [],
      interpreterReview: scenario.translated ? (scenario.review ?? null) : null,
      via: scenario.outside && from === 'guardian' ? ('email' as const) : ('app' as const),
      reachedBy:
        scenario.outside && from === 'educator'
          ? [
              {
                personId: 'per_parent',
                channel: 'sms' as const,
                at: new Date(START + i * 47 * 60_000 + 31 * 60_000).toISOString(),
              },
            ]
          : [],
    };
  });
  const viewer = scenario.viewer ?? 'guardian';
  const unread = scenario.unread ?? 0;
  const thread: Thread = {
    id: THREAD_ID,
    studentId: STUDENT_ID,
    kind: 'direct',
    participantIds: ['per_parent', 'per_teacher'],
    participants: [
      participant('guardian', false, viewer === 'guardian' ? count - unread * 2 : count),
      participant('educator', !!scenario.quietNow, viewer === 'educator' ? count - unread * 2 : count),
    ],
    subject: null,
    unreadCount: unread,
    lastSeq: count,
    lastMessageAt: messages.at(-1)?.sentAt ?? null,
    createdAt: new Date(START).toISOString(),
  };
  return { thread, messages };
}

/** An older conversation with the school counselor, with no messages yet. */
const counselorThread = (thread: Thread): Thread => ({
  ...thread,
  id: 'thr_story_counselor',
  participantIds: ['per_parent', 'per_counselor'],
  participants: [
    thread.participants[0]!,
    { ...thread.participants[1]!, id: 'per_counselor', displayName: 'Mr. Okafor', educatorRole: 'counselor' },
  ],
  subject: null,
  unreadCount: 0,
  lastSeq: 0,
  lastMessageAt: null,
});

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

export function messageFetch(scenario: MessageScenario = {}): typeof fetch {
  const viewer = scenario.viewer ?? 'guardian';
  const { thread, messages } = conversation(scenario);
  return async (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const method = init?.method ?? 'GET';
    const path = url.pathname;
    const behaviour = scenario.behaviour ?? 'ok';
    if (path === '/api/v1/events' || behaviour === 'hang') return new Promise<Response>(() => undefined);
    if (behaviour === 'offline') throw new TypeError('Failed to fetch');
    if (behaviour === 'error') {
      return json(500, { type: 'urn:tandem:problem:server-error', title: 'Server error', status: 500 });
    }
    if (path === '/api/v1/me') {
      const id = viewer === 'guardian' ? 'per_parent' : 'per_teacher';
      const person = thread.participants.find((p) => p.id === id)!;
      return json(200, {
        person: {
          id,
          kind: person.kind,
          displayName: person.displayName,
          preferredLanguage: scenario.language ?? person.language,
          timeZone: person.timeZone,
          contactChannel: 'app',
          quietHours: person.quietHours,
          educatorRole: person.educatorRole,
        },
        tenant: { id: 'ten_story', name: 'Story District' },
      });
    }
    if (path === `/api/v1/students/${STUDENT_ID}`) {
      return json(200, {
        id: STUDENT_ID,
        schoolId: 'sch_story',
        givenName: 'Mateo',
        familyName: 'García',
        preferredName: null,
        gradeLevel: '3',
        sourcedId: null,
        relationship: { role: viewer, mayViewRecords: true, mayMessage: true, mayBook: viewer === 'guardian' },
      });
    }
    if (path === `/api/v1/students/${STUDENT_ID}/threads`) {
      const items =
        behaviour === 'no-threads' ? [] : scenario.secondThread ? [thread, counselorThread(thread)] : [thread];
      return json(200, { items, nextCursor: null });
    }
    if (path === `/api/v1/threads/${THREAD_ID}/messages` && method === 'GET') {
      const limit = Number(url.searchParams.get('limit') ?? 50);
      const before = Number(url.searchParams.get('cursor') ?? messages.length + 1);
      const page = messages
        .filter((m) => m.seq < before)
        .reverse()
        .slice(0, limit);
      const last = page.at(-1);
      return json(200, { items: page, nextCursor: last && last.seq > 1 ? String(last.seq) : null });
    }
    if (path === `/api/v1/threads/${THREAD_ID}/messages` && method === 'POST') {
      const send = scenario.send ?? 'ok';
      if (send === 'hang') return new Promise<Response>(() => undefined);
      if (send === 'offline') throw new TypeError('Failed to fetch');
      if (send === 'refused') {
        return json(422, {
          type: 'urn:tandem:problem:validation',
          title: 'Invalid request',
          status: 422,
          errors: [{ path: 'body.body', code: 'too_long', message: 'Too long.' }],
        });
      }
      const body = JSON.parse(String(init?.body)) as { body: string; clientMessageId: string };
      const seq = messages.length + 1;
      const sent: Message = {
        id: `msg_story_${seq}`,
        threadId: THREAD_ID,
        seq,
        senderId: viewer === 'guardian' ? 'per_parent' : 'per_teacher',
        senderRole: viewer,
        body: body.body,
        language: viewer === 'guardian' ? 'es' : 'en',
        clientMessageId: body.clientMessageId,
        sentAt: new Date().toISOString(),
        deliverAfter:
          scenario.quietNow && viewer === 'guardian' ? new Date(Date.now() + 2 * 3600_000).toISOString() : null,
        editedAt: null,
        translations: [],
        interpreterReview: null,
        via: 'app',
        reachedBy: [],
      };
      messages.push(sent);
      return json(201, sent);
    }
    if (path === `/api/v1/threads/${THREAD_ID}/read`) {
      const { seq } = JSON.parse(String(init?.body)) as { seq: number };
      return json(200, { threadId: THREAD_ID, lastReadSeq: seq, unreadCount: 0 });
    }
    return json(404, { type: 'urn:tandem:problem:not-found', title: 'Not found', status: 404 });
  };
}

export function messageClient(scenario: MessageScenario = {}): TandemClient {
  return countingMessageClient(scenario).client;
}

/** A client answering from the fixture, and every URL it was asked for (in order). */
export function countingMessageClient(scenario: MessageScenario = {}): { client: TandemClient; asked: string[] } {
  const asked: string[] = [];
  const answer = messageFetch(scenario);
  const client = createTandemClient({
    baseUrl: 'https://tandem.example',
    tokenProvider: () => 'story-token',
    fetch: (input, init) => {
      asked.push(String(input instanceof Request ? input.url : input));
      return answer(input, init);
    },
    retry: 0,
  });
  return { client, asked };
}

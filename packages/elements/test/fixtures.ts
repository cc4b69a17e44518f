// Deterministic data for stories: a fetch that answers like the Tandem server, from memory,
// so Storybook needs no network and every story renders the same way every time. Shapes are
// the contract's: the client validates every answer, so a wrong fixture fails loudly.
import { createTandemClient, type TandemClient } from '@tandem/client';
import type { ActionStep, ContentTranslation, Goal, ProgressEntry, Student } from '@tandem/contract';

export type Scenario = {
  role?: 'guardian' | 'educator';
  /** The viewer's preferred language (default English): shared content is shown in it. */
  language?: string;
  goals?: Goal[];
  /** What the server does: answer, fail with a 500, be unreachable, or never answer. */
  behaviour?: 'ok' | 'error' | 'offline' | 'hang';
};

const STUDENT_ID = 'stu_story';
const START = '2026-09-14';

function day(offset: number): string {
  const date = new Date(Date.UTC(2026, 8, 14 + offset));
  return date.toISOString().slice(0, 10);
}

type StepIn = Omit<ActionStep, 'language' | 'translations'> & Partial<ActionStep>;

export function goal(
  overrides: Omit<Partial<Goal>, 'actionSteps'> & Pick<Goal, 'id' | 'statement'> & { actionSteps?: StepIn[] },
): Goal {
  const { actionSteps, ...rest } = overrides;
  const steps: StepIn[] = actionSteps ?? [
    {
      id: `${overrides.id}_s1`,
      description: 'Read a book of his choice together before bed',
      owner: 'home',
      frequency: 'Every day',
    },
    {
      id: `${overrides.id}_s2`,
      description: 'Quiet reading time with a reading buddy',
      owner: 'school',
      frequency: 'Every morning',
    },
  ];
  return {
    studentId: STUDENT_ID,
    domain: 'academic',
    measureType: 'duration',
    unit: 'minutes',
    baseline: 5,
    target: 20,
    startDate: START,
    targetDate: '2027-03-12',
    status: 'active',
    createdBy: 'per_teacher',
    creatorRole: 'educator',
    language: 'en',
    translations: [],
    interpreterReview: null,
    version: 1,
    createdAt: `${START}T14:00:00.000Z`,
    updatedAt: `${START}T14:00:00.000Z`,
    ...rest,
    actionSteps: steps.map((step) => ({ language: 'en', translations: [], ...step })),
  };
}

const vi = (field: ContentTranslation['field'], text: string): ContentTranslation => ({
  field,
  language: 'vi',
  text,
  machine: true,
});

/** The yes/no goal, with the Vietnamese a family reads (as the server's translation service makes them). */
export function vietnameseGoal(interpreterReview: Goal['interpreterReview'] = null): Goal {
  return goal({
    id: 'goal_on_time_vi',
    statement: 'Arrive at school by 8:00',
    domain: 'attendance',
    measureType: 'yes_no',
    unit: 'on time',
    baseline: null,
    target: 1,
    interpreterReview,
    translations: [vi('statement', 'Đến trường trước 8:00'), vi('unit', 'đúng giờ')],
    actionSteps: [
      {
        id: 'goal_on_time_vi_s1',
        description: 'Lay out clothes and backpack the night before',
        owner: 'home',
        frequency: 'School nights',
        translations: [
          vi('description', 'Chuẩn bị sẵn quần áo và cặp sách từ tối hôm trước'),
          vi('frequency', 'Các tối trước ngày đi học'),
        ],
      },
      {
        id: 'goal_on_time_vi_s2',
        description: 'Greet Emma at the door and note arrival',
        owner: 'school',
        frequency: 'Every morning',
        translations: [vi('description', 'Đón Emma ở cửa lớp và ghi lại giờ đến'), vi('frequency', 'Mỗi sáng')],
      },
    ],
  });
}

export const readingGoal = goal({ id: 'goal_reading', statement: 'Read for 20 minutes a day' });
export const mathGoal = goal({
  id: 'goal_math',
  statement: 'Answer 30 addition facts correctly in two minutes',
  measureType: 'count',
  unit: 'facts',
  baseline: 10,
  target: 30,
  actionSteps: [
    {
      id: 'goal_math_s1',
      description: 'Practice facts with flash cards for 5 minutes',
      owner: 'home',
      frequency: '3 times a week',
    },
  ],
});
export const suggestedGoal = goal({
  id: 'goal_club',
  statement: 'Join one club or team this semester',
  domain: 'social_emotional',
  measureType: 'yes_no',
  unit: 'joined',
  baseline: null,
  target: 1,
  targetDate: null,
  status: 'proposed',
  actionSteps: [],
  createdBy: 'per_parent',
  creatorRole: 'guardian',
});
/** A family's suggestion in their own words alone: how it is measured is the educator's to say. */
export const ownWordsGoal = goal({
  id: 'goal_own_words',
  statement: 'Feel less worried on Monday mornings',
  domain: null,
  measureType: null,
  unit: null,
  baseline: null,
  target: null,
  targetDate: null,
  status: 'proposed',
  actionSteps: [],
  createdBy: 'per_parent',
  creatorRole: 'guardian',
});
/** A yes/no goal: the chart shows Yes and No, and the aim at Yes. */
export const onTimeGoal = goal({
  id: 'goal_on_time',
  statement: 'Arrive at school by 8:00',
  domain: 'attendance',
  measureType: 'yes_no',
  unit: 'on time',
  baseline: null,
  target: 1,
});
export const longGoal = goal({
  id: 'goal_long',
  domain: 'iep',
  statement:
    'Write a paragraph of at least five sentences with a clear topic sentence, supporting details and a closing sentence, using a graphic organizer, in four out of five writing tasks across science, social studies and English language arts',
  measureType: 'percent',
  unit: '% of writing tasks with a complete paragraph',
  baseline: 20,
  target: 80,
  actionSteps: [
    {
      id: 'goal_long_s1',
      description:
        'Talk about the day at dinner and write three sentences about it together, then read them aloud to someone in the family',
      owner: 'home',
      frequency: 'Three evenings a week, more if there is time',
    },
    { id: 'goal_long_s2', description: 'Graphic organizer for every writing task', owner: 'school', frequency: null },
  ],
});

/** Six weeks of readings, home and school, rising from the baseline. */
export function entriesFor(g: Goal): ProgressEntry[] {
  if (g.status === 'proposed') return [];
  const entries: ProgressEntry[] = [];
  const from = g.baseline ?? 0;
  const to = g.target ?? 1;
  for (let i = 0; i < 12; i++) {
    const home = i % 2 === 0;
    const raw = from + ((to - from) * i) / 14 + (home ? 1 : -1);
    const value = g.measureType === 'yes_no' ? (i % 3 === 0 ? 0 : 1) : Math.max(0, Math.round(raw));
    entries.push({
      id: `${g.id}_p${i}`,
      goalId: g.id,
      studentId: STUDENT_ID,
      value: g.measureType === 'percent' ? Math.min(100, value) : value,
      date: day(i * 3 + 1),
      note: i === 11 ? 'Read "Frog and Toad" together' : null,
      recordedBy: home ? 'per_parent' : 'per_teacher',
      recorderRole: home ? 'guardian' : 'educator',
      setting: home ? 'home' : 'school',
      language: 'en',
      translations: [],
      createdAt: `${day(i * 3 + 1)}T18:00:00.000Z`,
    });
  }
  return entries.reverse(); // newest first, as the server answers
}

function student(role: 'guardian' | 'educator'): Student {
  return {
    id: STUDENT_ID,
    schoolId: 'sch_story',
    givenName: 'Mateo',
    familyName: 'García',
    preferredName: null,
    gradeLevel: '3',
    sourcedId: null,
    relationship: { role, mayViewRecords: true, mayMessage: true, mayBook: role === 'guardian' },
  };
}

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

export function fixtureFetch(scenario: Scenario = {}): typeof fetch {
  const role = scenario.role ?? 'guardian';
  const goals = scenario.goals ?? [readingGoal, mathGoal, suggestedGoal];
  return async (input, init) => {
    const behaviour = scenario.behaviour ?? 'ok';
    if (behaviour === 'hang') return new Promise<Response>(() => undefined);
    if (behaviour === 'offline') throw new TypeError('Failed to fetch');
    if (behaviour === 'error') {
      return json(500, {
        type: 'urn:tandem:problem:server-error',
        title: 'Server error',
        status: 500,
        requestId: 'req_story',
      });
    }
    const url = new URL(String(input instanceof Request ? input.url : input));
    const method = init?.method ?? 'GET';
    const path = url.pathname;
    const body = init?.body ? (JSON.parse(String(init.body)) as Record<string, unknown>) : {};
    let match: RegExpMatchArray | null;
    if (method === 'GET' && path === '/api/v1/me') {
      const id = role === 'guardian' ? 'per_parent' : 'per_teacher';
      return json(200, {
        person: {
          id,
          kind: role,
          displayName: role === 'guardian' ? 'Ana García' : 'Ms. Rivera',
          preferredLanguage: scenario.language ?? 'en',
          timeZone: 'America/Chicago',
          contactChannel: 'app',
          quietHours: null,
          educatorRole: role === 'educator' ? 'teacher' : null,
        },
        tenant: { id: 'ten_story', name: 'Story District' },
      });
    }
    if (method === 'GET' && path === `/api/v1/students/${STUDENT_ID}`) return json(200, student(role));
    if (method === 'GET' && path === `/api/v1/students/${STUDENT_ID}/goals`) {
      // As the server does: each goal's newest entries when asked for (`recentProgress`).
      const recent = Number(url.searchParams.get('recentProgress') ?? 0);
      const items = recent ? goals.map((g) => ({ ...g, recentProgress: entriesFor(g).slice(0, recent) })) : goals;
      return json(200, { items, nextCursor: null });
    }
    if (method === 'GET' && (match = path.match(/^\/api\/v1\/goals\/([\w-]+)\/progress$/))) {
      const g = goals.find((x) => x.id === match![1]);
      return g
        ? json(200, { items: entriesFor(g), nextCursor: null })
        : json(404, { type: 'x', title: 'Not found', status: 404 });
    }
    if (method === 'POST' && (match = path.match(/^\/api\/v1\/goals\/([\w-]+)\/progress$/))) {
      return json(201, {
        id: 'prog_new',
        goalId: match[1],
        studentId: STUDENT_ID,
        value: body.value,
        date: body.date,
        note: body.note ?? null,
        recordedBy: role === 'guardian' ? 'per_parent' : 'per_teacher',
        recorderRole: role,
        setting: role === 'guardian' ? 'home' : 'school',
        language: scenario.language ?? 'en',
        translations: [],
        createdAt: '2026-11-02T18:00:00.000Z',
      });
    }
    if (method === 'POST' && path === `/api/v1/students/${STUDENT_ID}/goals`) {
      return json(
        201,
        goal({
          ...(role === 'guardian' ? { domain: null, measureType: null, unit: null, baseline: null, target: null } : {}),
          ...(body as Partial<Goal>),
          id: 'goal_new',
          statement: String(body.statement),
          status: role === 'guardian' ? 'proposed' : 'active',
          creatorRole: role,
          actionSteps: [],
        }),
      );
    }
    if (method === 'PUT' && (match = path.match(/^\/api\/v1\/goals\/([\w-]+)\/interpreter-review$/))) {
      const g = goals.find((x) => x.id === match![1]);
      if (!g) return json(404, { type: 'x', title: 'Not found', status: 404 });
      return json(200, { ...g, interpreterReview: body.interpreterReview, version: g.version + 1 });
    }
    if (method === 'PATCH' && (match = path.match(/^\/api\/v1\/goals\/([\w-]+)$/))) {
      const g = goals.find((x) => x.id === match![1]);
      if (!g) return json(404, { type: 'x', title: 'Not found', status: 404 });
      const { version, ...changes } = body;
      return json(200, { ...g, ...changes, version: Number(version) + 1 });
    }
    return json(404, { type: 'urn:tandem:problem:not-found', title: 'Not found', status: 404 });
  };
}

export function fixtureClient(scenario: Scenario = {}): TandemClient {
  return createTandemClient({
    baseUrl: 'https://tandem.example',
    tokenProvider: () => 'story-token',
    fetch: fixtureFetch(scenario),
    retry: 0,
  });
}

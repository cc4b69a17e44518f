import { calendarDateIn, checkMeasureValue, measureBounds, type GoalDomain, type MeasureType } from '@tandem/contract';
import { fileURLToPath } from 'node:url';
import { and, asc, count, eq } from 'drizzle-orm';
import type { Db } from './db/database.js';
import {
  availabilityOffers,
  assignments,
  contentTranslations,
  goals,
  guardianships,
  messages,
  messageTranslations,
  people,
  progressEntries,
  schools,
  students,
  tenants,
  threadParticipants,
  threads,
  type StoredActionStep,
} from './db/schema.js';
import { demoActivity } from './demo-data.js';
import { openBundle } from './roster/bundle.js';
import { importRoster } from './roster/import.js';
import { baseLanguage } from './translator.js';

type EducatorRole = NonNullable<(typeof people.$inferInsert)['educatorRole']>;

/** How a person is reached outside the page (default: educators in the app, families by text with no number). */
export interface Contact {
  channel: (typeof people.$inferInsert)['contactChannel'];
  email?: string;
  phone?: string;
}

export interface DistrictSpec {
  tenant: { id: string; name: string };
  schools: { id: string; name: string; timeZone: string }[];
  staff: {
    id: string;
    name: string;
    kind: 'educator' | 'admin';
    role: EducatorRole;
    language?: string;
    quietHours?: [string, string];
    students: string[];
    contact?: Contact;
  }[];
  households: {
    guardians: {
      id: string;
      name: string;
      language: string;
      relationship: string;
      custodyNote?: string;
      mayViewRecords?: boolean;
      contact?: Contact;
      quietHours?: [string, string];
    }[];
    students: { id: string; given: string; family: string; grade: string; school: string; preferred?: string }[];
  }[];
  goals: GoalSpec[];
  /** Opening lines of some conversations: [student, guardian, educator, lines]. */
  conversations?: {
    student: string;
    guardian: string;
    educator: string;
    lines: [from: 'guardian' | 'educator', body: string][];
  }[];
}

export interface GoalSpec {
  id: string;
  student: string;
  domain: GoalDomain;
  statement: string;
  measureType: MeasureType;
  unit: string;
  baseline: number | null;
  target: number | null;
  status?: 'active' | 'proposed';
  createdBy: string;
  /** The language its texts are written in; English unless said. */
  language?: string;
  /** A note on its most recent entry from school. */
  note?: string;
  steps: [owner: 'home' | 'school', description: string, frequency: string | null][];
}

/** Deterministic pseudo-random numbers, so every seeded demo shows the same history. */
function mulberry32(seed: number) {
  let a = seed;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const DAY = 24 * 3600 * 1000;

/** A reading on the way from baseline to target, `progress` of the way there, with some noise. */
function reading(goal: GoalSpec, progress: number, random: () => number): number {
  const { min, max, integer } = measureBounds[goal.measureType];
  if (goal.measureType === 'yes_no') return random() < 0.45 + progress * 0.45 ? 1 : 0;
  const from = goal.baseline ?? min;
  const to = goal.target ?? max;
  const raw = from + (to - from) * progress + (random() - 0.5) * Math.max(1, Math.abs(to - from)) * 0.3;
  const clamped = Math.min(max, Math.max(min, raw));
  return integer ? Math.round(clamped) : Math.round(clamped * 10) / 10;
}

/** Writes one district from a spec (test fixtures), then its activity. */
export async function seedDistrict(db: Db, spec: DistrictSpec, now: Date = new Date()): Promise<void> {
  await db.transaction(async (tx) => {
    await writeRoster(tx, spec);
    await seedActivity(tx, { tenantId: spec.tenant.id, goals: spec.goals, conversations: spec.conversations }, now);
  });
}

/**
 * The demo district: its roster imported from the OneRoster bundle in `roster/demo/` (the path
 * a real district takes), then six weeks of goals, progress, conversations and open meeting times.
 */
export async function seedDemo(db: Db, now: Date = new Date()): Promise<void> {
  const report = await importRoster(db, await openBundle(DEMO_ROSTER), {
    tenantId: demoActivity.tenantId,
    via: 'cli',
    ids: 'readable',
    now,
  });
  if (report.status !== 'applied') {
    throw new Error(`The demo roster did not import: ${JSON.stringify(report.problems.slice(0, 5))}`);
  }
  await db.transaction((tx) => seedActivity(tx, demoActivity, now));
}

/** The demo district's OneRoster bundle (src/ and dist/ are both one level below the package). */
export const DEMO_ROSTER = fileURLToPath(new URL('../roster/demo/', import.meta.url));

async function writeRoster(tx: Db, spec: DistrictSpec): Promise<void> {
  const defaultZone = spec.schools[0]?.timeZone ?? 'UTC';
  await tx.insert(tenants).values({ ...spec.tenant, timeZone: defaultZone });
  await tx.insert(schools).values(spec.schools.map((s) => ({ ...s, tenantId: spec.tenant.id })));
  await tx.insert(people).values([
    ...spec.staff.map((s) => ({
      id: s.id,
      tenantId: spec.tenant.id,
      kind: s.kind,
      displayName: s.name,
      preferredLanguage: s.language ?? 'en',
      timeZone: defaultZone,
      contactChannel: s.contact?.channel ?? ('app' as const),
      email: s.contact?.email ?? null,
      phone: s.contact?.phone ?? null,
      quietHoursStart: s.quietHours?.[0] ?? null,
      quietHoursEnd: s.quietHours?.[1] ?? null,
      educatorRole: s.role,
    })),
    ...spec.households.flatMap((h) =>
      h.guardians.map((g) => ({
        id: g.id,
        tenantId: spec.tenant.id,
        kind: 'guardian' as const,
        displayName: g.name,
        preferredLanguage: g.language,
        timeZone: defaultZone,
        contactChannel: g.contact?.channel ?? ('sms' as const),
        email: g.contact?.email ?? null,
        phone: g.contact?.phone ?? null,
        quietHoursStart: g.quietHours?.[0] ?? null,
        quietHoursEnd: g.quietHours?.[1] ?? null,
      })),
    ),
  ]);
  await tx.insert(students).values(
    spec.households.flatMap((h) =>
      h.students.map((s) => ({
        id: s.id,
        tenantId: spec.tenant.id,
        schoolId: s.school,
        givenName: s.given,
        familyName: s.family,
        preferredName: s.preferred ?? null,
        gradeLevel: s.grade,
      })),
    ),
  );
  await tx.insert(guardianships).values(
    spec.households.flatMap((h) =>
      h.guardians.flatMap((g) =>
        h.students.map((s) => ({
          personId: g.id,
          studentId: s.id,
          relationshipLabel: g.relationship,
          mayViewRecords: g.mayViewRecords ?? true,
          custodyNote: g.custodyNote ?? null,
        })),
      ),
    ),
  );
  const staffAssignments = spec.staff
    .filter((s) => s.kind === 'educator')
    .flatMap((s) => s.students.map((studentId) => ({ educatorId: s.id, studentId, role: s.role })));
  if (staffAssignments.length) await tx.insert(assignments).values(staffAssignments);
}

/** What a seeded district has been doing: goals with six weeks of progress, and opening lines. */
export interface Activity {
  tenantId: string;
  goals: GoalSpec[];
  conversations?: DistrictSpec['conversations'];
  /**
   * Translations of the texts above (original → language → text), stored as a service would
   * have made them. When given, every text needs one for each language its readers read.
   */
  translations?: Record<string, Partial<Record<string, string>>>;
}

/**
 * Seeds activity on a district whose roster is in the database (imported or written): who
 * teaches whom and who is whose guardian are read back, so both paths give the same district.
 * History spans the six weeks before `now`, from home and from school.
 */
export async function seedActivity(tx: Db, activity: Activity, now: Date): Promise<void> {
  const tenantId = activity.tenantId;
  const random = mulberry32(tenantId.length * 7919);
  const schoolRows = await tx.select().from(schools).where(eq(schools.tenantId, tenantId)).orderBy(asc(schools.id));
  const defaultZone = schoolRows[0]?.timeZone ?? 'UTC';
  const studentRows = await tx
    .select({ id: students.id, timeZone: schools.timeZone })
    .from(students)
    .innerJoin(schools, eq(schools.id, students.schoolId))
    .where(eq(students.tenantId, tenantId))
    .orderBy(asc(students.id));
  const zone = (studentId: string) => studentRows.find((s) => s.id === studentId)?.timeZone ?? 'UTC';
  const links = await tx
    .select({
      personId: guardianships.personId,
      studentId: guardianships.studentId,
      mayViewRecords: guardianships.mayViewRecords,
    })
    .from(guardianships)
    .innerJoin(students, eq(students.id, guardianships.studentId))
    .where(eq(students.tenantId, tenantId))
    .orderBy(asc(guardianships.studentId), asc(guardianships.personId));
  const teaching = await tx
    .select({ educatorId: assignments.educatorId, studentId: assignments.studentId })
    .from(assignments)
    .innerJoin(people, eq(people.id, assignments.educatorId))
    .where(and(eq(people.tenantId, tenantId), eq(people.kind, 'educator')))
    .orderBy(asc(assignments.studentId), asc(assignments.educatorId));
  const adults = await tx
    .select({ id: people.id, kind: people.kind, language: people.preferredLanguage })
    .from(people)
    .where(eq(people.tenantId, tenantId))
    .orderBy(asc(people.id));
  const guardiansOf = (studentId: string, withRecords = true) =>
    links.filter((l) => l.studentId === studentId && (!withRecords || l.mayViewRecords)).map((l) => l.personId);
  const educatorsOf = (studentId: string) => teaching.filter((t) => t.studentId === studentId).map((t) => t.educatorId);
  const languageOf = new Map(adults.map((p) => [p.id, p.language]));
  const languagesOf = (ids: string[]) => ids.map((id) => languageOf.get(id) ?? 'en');
  const readersOf = (studentId: string) => languagesOf([...guardiansOf(studentId), ...educatorsOf(studentId)]);

  // The stored translations of what is seeded, for the languages of those who read it.
  const contentRows: (typeof contentTranslations.$inferInsert)[] = [];
  const messageRows: (typeof messageTranslations.$inferInsert)[] = [];
  const translationsOf = (text: string | null, from: string, readers: string[]) => {
    if (!activity.translations || !text) return [];
    const source = baseLanguage(from);
    return [...new Set(readers.map(baseLanguage))]
      .filter((language) => language !== source)
      .map((language) => {
        const translated = activity.translations?.[text]?.[language];
        if (translated === undefined) throw new Error(`The seed has no ${language} translation of "${text}".`);
        return { language, text: translated };
      });
  };
  const translateContent = (
    subjectType: (typeof contentTranslations.$inferInsert)['subjectType'],
    subjectId: string,
    field: (typeof contentTranslations.$inferInsert)['field'],
    text: string | null,
    from: string,
    readers: string[],
  ) => {
    for (const t of translationsOf(text, from, readers)) {
      contentRows.push({
        tenantId,
        subjectType,
        subjectId,
        field,
        language: t.language,
        text: t.text,
        source: text ?? '',
        machine: true,
        createdAt: now,
      });
    }
  };

  for (const [index, goal] of activity.goals.entries()) {
    const tz = zone(goal.student);
    const created = new Date(now.getTime() - 45 * DAY + index * 1000);
    const creatorIsGuardian = guardiansOf(goal.student).includes(goal.createdBy);
    const language = goal.language ?? 'en';
    const readers = readersOf(goal.student);
    translateContent('goal', goal.id, 'statement', goal.statement, language, readers);
    translateContent('goal', goal.id, 'unit', goal.unit, language, readers);
    goal.steps.forEach(([, description, frequency], i) => {
      translateContent('step', `${goal.id}_s${i + 1}`, 'description', description, language, readers);
      translateContent('step', `${goal.id}_s${i + 1}`, 'frequency', frequency, language, readers);
    });
    await tx.insert(goals).values({
      id: goal.id,
      tenantId,
      studentId: goal.student,
      domain: goal.domain,
      statement: goal.statement,
      measureType: goal.measureType,
      unit: goal.unit,
      baseline: goal.baseline,
      target: goal.target,
      startDate: calendarDateIn(tz, created),
      targetDate: calendarDateIn(tz, new Date(now.getTime() + 120 * DAY)),
      status: goal.status ?? 'active',
      actionSteps: goal.steps.map(([owner, description, frequency], i): StoredActionStep => ({
        id: `${goal.id}_s${i + 1}`,
        owner,
        description,
        frequency,
        language,
      })),
      createdBy: goal.createdBy,
      creatorRole: creatorIsGuardian ? 'guardian' : 'educator',
      language,
      version: 1,
      createdAt: created,
      updatedAt: created,
    });
    if (goal.status === 'proposed') continue;

    // The goal's author records at school when they teach the student; else the first of its educators.
    const teachers = educatorsOf(goal.student);
    const educator = teachers.includes(goal.createdBy) ? goal.createdBy : teachers[0];
    const guardians = guardiansOf(goal.student);
    const entries: (typeof progressEntries.$inferInsert)[] = [];
    // Six weeks: school on Mondays and Thursdays, home on Tuesdays and Saturdays.
    for (let daysAgo = 42; daysAgo >= 1; daysAgo--) {
      const at = new Date(now.getTime() - daysAgo * DAY);
      const weekday = at.getUTCDay();
      const progress = (42 - daysAgo) / 42;
      const guardian = guardians[daysAgo % Math.max(1, guardians.length)];
      const recorder =
        (weekday === 1 || weekday === 4) && educator
          ? { id: educator, role: 'educator' as const, setting: 'school' as const }
          : (weekday === 2 || weekday === 6) && guardian
            ? { id: guardian, role: 'guardian' as const, setting: 'home' as const }
            : null;
      if (!recorder) continue;
      const value = reading(goal, progress, random);
      if (checkMeasureValue(goal.measureType, value, 'value').length) throw new Error(`bad seed value ${value}`);
      entries.push({
        id: `${goal.id}_p${daysAgo}`,
        tenantId,
        goalId: goal.id,
        studentId: goal.student,
        value,
        date: calendarDateIn(tz, at),
        note: null,
        recordedBy: recorder.id,
        recorderRole: recorder.role,
        setting: recorder.setting,
        language: languageOf.get(recorder.id) ?? 'en',
        createdAt: new Date(at.getTime() + 3600 * 1000),
      });
    }
    const noted = goal.note ? entries.findLast((e) => e.setting === 'school') : undefined;
    if (noted && goal.note) {
      noted.note = goal.note;
      translateContent('progress', noted.id, 'note', goal.note, noted.language ?? 'en', readers);
    }
    if (entries.length) await tx.insert(progressEntries).values(entries);
  }

  // A direct thread between every guardian and each of their student's educators, as families
  // expect; some with a few opening lines.
  for (const child of studentRows) {
    for (const guardianId of guardiansOf(child.id, false)) {
      for (const educatorId of educatorsOf(child.id)) {
        const threadId = `thr_${child.id.replace(/^stu_/, '')}_${guardianId.replace(/^per_/, '')}_${educatorId.replace(/^per_/, '')}`;
        const lines =
          activity.conversations?.find(
            (c) => c.student === child.id && c.guardian === guardianId && c.educator === educatorId,
          )?.lines ?? [];
        const opened = new Date(now.getTime() - 30 * DAY);
        const last = lines.length ? new Date(now.getTime() - DAY + lines.length * 60_000) : null;
        await tx.insert(threads).values({
          id: threadId,
          tenantId,
          studentId: child.id,
          kind: 'direct',
          subject: null,
          lastSeq: lines.length,
          lastMessageAt: last,
          createdBy: educatorId,
          createdAt: opened,
        });
        // The family has read everything but the last line when it came from school.
        const lastFromSchool = lines.at(-1)?.[0] === 'educator';
        await tx.insert(threadParticipants).values([
          {
            threadId,
            personId: guardianId,
            lastReadSeq: lastFromSchool ? lines.length - 1 : lines.length,
            lastDeliveredSeq: lines.length,
          },
          { threadId, personId: educatorId, lastReadSeq: lines.length },
        ]);
        if (lines.length) {
          await tx.insert(messages).values(
            lines.map(([from, body], i) => {
              const senderId = from === 'guardian' ? guardianId : educatorId;
              const messageId = `${threadId.replace(/^thr_/, 'msg_')}_${i + 1}`;
              for (const t of translationsOf(
                body,
                languageOf.get(senderId) ?? 'en',
                languagesOf([guardianId, educatorId]),
              )) {
                messageRows.push({ messageId, language: t.language, body: t.text, machine: true, createdAt: now });
              }
              return {
                id: messageId,
                threadId,
                seq: i + 1,
                senderId,
                senderRole: from,
                body,
                language: languageOf.get(senderId) ?? 'en',
                clientMessageId: `seed-${threadId}-${i + 1}`,
                sentAt: new Date(now.getTime() - DAY + (i + 1) * 60_000),
              };
            }),
          );
        }
      }
    }
  }

  // Every educator offers single-seat conferences on weekday afternoons over the coming
  // weeks, in their time zone, in person, by phone or by video.
  const educators = adults.filter((p) => p.kind === 'educator');
  const location = `${schoolRows[0]?.name ?? 'School'}, front office`;
  for (const educator of educators) {
    // Read by the families of the educator's students.
    const students = teaching.filter((t) => t.educatorId === educator.id).map((t) => t.studentId);
    const families = links.filter((l) => students.includes(l.studentId)).map((l) => l.personId);
    const offerId = `off_${educator.id.replace(/^per_/, '')}_weekly`;
    translateContent('offer', offerId, 'location', location, educator.language, languagesOf(families));
  }
  if (educators.length) {
    await tx.insert(availabilityOffers).values(
      educators.map((educator) => ({
        id: `off_${educator.id.replace(/^per_/, '')}_weekly`,
        tenantId,
        educatorId: educator.id,
        recurrence: 'weekly' as const,
        startDate: now.toISOString().slice(0, 10),
        endDate: null,
        weekdays: [1, 2, 3, 4],
        startTime: '15:00',
        endTime: '17:00',
        timeZone: defaultZone,
        durationMinutes: 30,
        bufferMinutes: 10,
        modalities: ['in_person' as const, 'phone' as const, 'video' as const],
        location,
        language: educator.language,
        capacity: 1,
        bookingWindowDays: 42,
        cutoffHours: 24,
        createdAt: now,
      })),
    );
  }
  if (contentRows.length) await tx.insert(contentTranslations).values(contentRows);
  if (messageRows.length) await tx.insert(messageTranslations).values(messageRows);
}

/** True when the database holds no district yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(tenants);
  return (row?.n ?? 0) === 0;
}

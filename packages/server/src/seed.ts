import { calendarDateIn, checkMeasureValue, measureBounds, type GoalDomain, type MeasureType } from '@tandem/contract';
import { count } from 'drizzle-orm';
import type { Db } from './db/database.js';
import {
  availabilityOffers,
  assignments,
  goals,
  guardianships,
  messages,
  people,
  progressEntries,
  schools,
  students,
  tenants,
  threadParticipants,
  threads,
  type StoredActionStep,
} from './db/schema.js';

type EducatorRole = NonNullable<(typeof people.$inferInsert)['educatorRole']>;

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
  }[];
  households: {
    guardians: {
      id: string;
      name: string;
      language: string;
      relationship: string;
      custodyNote?: string;
      mayViewRecords?: boolean;
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

interface GoalSpec {
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

/** Writes one district. History spans the six weeks before `now`, from home and from school. */
export async function seedDistrict(db: Db, spec: DistrictSpec, now: Date = new Date()): Promise<void> {
  const timeZoneOf = new Map(spec.schools.map((s) => [s.id, s.timeZone]));
  const schoolOfStudent = new Map(spec.households.flatMap((h) => h.students.map((s) => [s.id, s.school])));
  const zone = (studentId: string) => timeZoneOf.get(schoolOfStudent.get(studentId) ?? '') ?? 'UTC';
  const random = mulberry32(spec.tenant.id.length * 7919);

  await db.transaction(async (tx) => {
    // The district's clock is its first school's, as the migration sets it for existing districts.
    await tx.insert(tenants).values({ ...spec.tenant, timeZone: spec.schools[0]?.timeZone ?? 'UTC' });
    await tx.insert(schools).values(spec.schools.map((s) => ({ ...s, tenantId: spec.tenant.id })));
    const defaultZone = spec.schools[0]?.timeZone ?? 'UTC';
    await tx.insert(people).values([
      ...spec.staff.map((s) => ({
        id: s.id,
        tenantId: spec.tenant.id,
        kind: s.kind,
        displayName: s.name,
        preferredLanguage: s.language ?? 'en',
        timeZone: defaultZone,
        contactChannel: 'app' as const,
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
          contactChannel: 'sms' as const,
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

    const guardiansOf = (studentId: string) =>
      spec.households
        .find((h) => h.students.some((s) => s.id === studentId))
        ?.guardians.filter((g) => g.mayViewRecords !== false) ?? [];

    for (const [index, goal] of spec.goals.entries()) {
      const tz = zone(goal.student);
      const created = new Date(now.getTime() - 45 * DAY + index * 1000);
      const creatorIsGuardian = guardiansOf(goal.student).some((g) => g.id === goal.createdBy);
      await tx.insert(goals).values({
        id: goal.id,
        tenantId: spec.tenant.id,
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
        })),
        createdBy: goal.createdBy,
        creatorRole: creatorIsGuardian ? 'guardian' : 'educator',
        version: 1,
        createdAt: created,
        updatedAt: created,
      });
      if (goal.status === 'proposed') continue;

      const educator = spec.staff.find((s) => s.kind === 'educator' && s.students.includes(goal.student));
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
            ? { id: educator.id, role: 'educator' as const, setting: 'school' as const }
            : (weekday === 2 || weekday === 6) && guardian
              ? { id: guardian.id, role: 'guardian' as const, setting: 'home' as const }
              : null;
        if (!recorder) continue;
        const value = reading(goal, progress, random);
        if (checkMeasureValue(goal.measureType, value, 'value').length) throw new Error(`bad seed value ${value}`);
        entries.push({
          id: `${goal.id}_p${daysAgo}`,
          tenantId: spec.tenant.id,
          goalId: goal.id,
          studentId: goal.student,
          value,
          date: calendarDateIn(tz, at),
          note: null,
          recordedBy: recorder.id,
          recorderRole: recorder.role,
          setting: recorder.setting,
          createdAt: new Date(at.getTime() + 3600 * 1000),
        });
      }
      if (entries.length) await tx.insert(progressEntries).values(entries);
    }

    // A direct thread between every guardian who may message and each of their student's
    // educators, as families expect; some with a few opening lines.
    const languageOf = new Map([
      ...spec.staff.map((p) => [p.id, p.language ?? 'en'] as const),
      ...spec.households.flatMap((h) => h.guardians.map((g) => [g.id, g.language] as const)),
    ]);
    for (const household of spec.households) {
      for (const child of household.students) {
        const educatorsOfChild = spec.staff.filter((p) => p.kind === 'educator' && p.students.includes(child.id));
        for (const guardian of household.guardians) {
          for (const educator of educatorsOfChild) {
            const threadId = `thr_${child.id.replace(/^stu_/, '')}_${guardian.id.replace(/^per_/, '')}_${educator.id.replace(/^per_/, '')}`;
            const lines =
              spec.conversations?.find(
                (c) => c.student === child.id && c.guardian === guardian.id && c.educator === educator.id,
              )?.lines ?? [];
            const opened = new Date(now.getTime() - 30 * DAY);
            const last = lines.length ? new Date(now.getTime() - DAY + lines.length * 60_000) : null;
            await tx.insert(threads).values({
              id: threadId,
              tenantId: spec.tenant.id,
              studentId: child.id,
              kind: 'direct',
              subject: null,
              lastSeq: lines.length,
              lastMessageAt: last,
              createdBy: educator.id,
              createdAt: opened,
            });
            // The family has read everything but the last line when it came from school.
            const lastFromSchool = lines.at(-1)?.[0] === 'educator';
            await tx.insert(threadParticipants).values([
              {
                threadId,
                personId: guardian.id,
                lastReadSeq: lastFromSchool ? lines.length - 1 : lines.length,
                lastDeliveredSeq: lines.length,
              },
              { threadId, personId: educator.id, lastReadSeq: lines.length },
            ]);
            if (lines.length) {
              await tx.insert(messages).values(
                lines.map(([from, body], i) => {
                  const senderId = from === 'guardian' ? guardian.id : educator.id;
                  return {
                    id: `${threadId.replace(/^thr_/, 'msg_')}_${i + 1}`,
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
    }

    // Every educator offers single-seat conferences on weekday afternoons over the coming
    // weeks, in their time zone, in person, by phone or by video.
    const educators = spec.staff.filter((p) => p.kind === 'educator');
    if (educators.length) {
      await tx.insert(availabilityOffers).values(
        educators.map((educator) => ({
          id: `off_${educator.id.replace(/^per_/, '')}_weekly`,
          tenantId: spec.tenant.id,
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
          location: `${spec.schools[0]?.name ?? 'School'}, front office`,
          capacity: 1,
          bookingWindowDays: 42,
          cutoffHours: 24,
          createdAt: now,
        })),
      );
    }
  });
}

/** True when the database holds no district yet. */
export async function isEmpty(db: Db): Promise<boolean> {
  const [row] = await db.select({ n: count() }).from(tenants);
  return (row?.n ?? 0) === 0;
}

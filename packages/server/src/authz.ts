import { and, eq, inArray, sql, type SQL, type SQLWrapper } from 'drizzle-orm';
import type { PersonKind, Relationship } from '@tandem/contract';
import type { Actor } from './auth.js';
import { prepared, type Db } from './db/database.js';
import { assignments, guardianships, schools, students } from './db/schema.js';
import { forbidden, notFound } from './problem.js';

/** What an actor may be allowed to do to a student's record. */
export type Action =
  | 'student:read'
  | 'records:read'
  | 'goal:create'
  | 'goal:propose'
  | 'goal:update'
  | 'progress:record'
  | 'message:send'
  | 'booking:create'
  | 'schedule:coordinate'
  | 'interpreter:review';

/** The actor's relationship to one student, read from the database on every request. */
export interface StudentAccess extends Relationship {
  studentId: string;
  tenantId: string;
  role: PersonKind;
  /** The student's school's time zone: what "today" means for their records. */
  timeZone: string;
}

const rules: Record<Action, (access: StudentAccess) => boolean> = {
  'student:read': () => true,
  'records:read': (a) => a.role !== 'guardian' || a.mayViewRecords,
  'goal:create': (a) => a.role !== 'guardian',
  'goal:propose': (a) => a.role !== 'guardian' || a.mayViewRecords,
  'goal:update': (a) => a.role !== 'guardian',
  'progress:record': (a) => a.role !== 'guardian' || a.mayViewRecords,
  'message:send': (a) => a.mayMessage,
  'booking:create': (a) => a.role === 'guardian' && a.mayBook,
  'schedule:coordinate': (a) => a.role !== 'guardian',
  'interpreter:review': (a) => a.role === 'educator',
};

const denials: Record<Action, string> = {
  'student:read': 'You cannot see this student.',
  'records:read': "You cannot see this student's records.",
  'goal:create': "Only the student's educators create goals; families propose them.",
  'goal:propose': 'You cannot propose goals for this student.',
  'goal:update': "Only the student's educators change goals.",
  'progress:record': 'You cannot record progress for this student.',
  'message:send': 'You cannot message about this student; ask the school to check your account.',
  'booking:create': 'Families book meetings for their children; ask the school to check your account.',
  'interpreter:review': "The student's educators ask for an interpreter's review.",
  'schedule:coordinate': "The school sees families' usual free times; families keep their own under “my times”.",
};

/** Staff see and discuss the records of students in their scope; booking is for families. */
export const staffRelationship = (role: 'educator' | 'admin'): Relationship => ({
  role,
  mayViewRecords: true,
  mayMessage: true,
  mayBook: false,
});

/** The one place that decides. `access` null means out of scope. */
export function can(actor: Actor, action: Action, access: StudentAccess | null): boolean {
  return access !== null && access.tenantId === actor.tenantId && rules[action](access);
}

/** A row of the access read: the student, their school's time zone, the actor's ties to them. */
export type AccessRow = {
  id: string;
  tenantId: string;
  timeZone: string;
  assigned: string | null;
  mayViewRecords: boolean | null;
  mayMessage: boolean | null;
  mayBook: boolean | null;
};

/** Whose access to which student: placeholders of a prepared statement, or a batch's columns. */
export interface AccessOperands {
  actorId: SQLWrapper;
  studentId: SQLWrapper;
  tenantId: SQLWrapper;
}
const placeholders: AccessOperands = {
  actorId: sql.placeholder('actorId'),
  studentId: sql.placeholder('studentId'),
  tenantId: sql.placeholder('tenantId'),
};

/** The access read's query, with `more` columns beside it (a precheck reads the slot with it). */
export function accessQuery<More extends Record<string, SQL.Aliased | SQL>>(
  db: Db,
  more: More,
  { actorId, studentId, tenantId }: AccessOperands = placeholders,
) {
  return (
    db
      .select({
        id: students.id,
        tenantId: students.tenantId,
        timeZone: schools.timeZone,
        assigned: assignments.educatorId,
        mayViewRecords: guardianships.mayViewRecords,
        mayMessage: guardianships.mayMessage,
        mayBook: guardianships.mayBook,
        ...more,
      })
      .from(students)
      .innerJoin(schools, eq(schools.id, students.schoolId))
      // Both primary keys: at most one row of each.
      .leftJoin(assignments, and(eq(assignments.studentId, students.id), eq(assignments.educatorId, actorId)))
      .leftJoin(guardianships, and(eq(guardianships.studentId, students.id), eq(guardianships.personId, actorId)))
      .where(and(eq(students.id, studentId), eq(students.tenantId, tenantId)))
  );
}

const accessStatement = prepared((db) => accessQuery(db, {}).prepare('student_access'));

/** The actor's access from a row of the access read; null when out of their scope. */
export function accessOf(actor: Actor, row: AccessRow | undefined): StudentAccess | null {
  if (!row) return null;
  const base = { studentId: row.id, tenantId: row.tenantId, timeZone: row.timeZone };
  switch (actor.kind) {
    case 'admin':
      return { ...base, ...staffRelationship('admin') };
    case 'educator':
      return row.assigned ? { ...base, ...staffRelationship('educator') } : null;
    case 'guardian': {
      const { mayViewRecords, mayMessage, mayBook } = row;
      if (mayViewRecords === null || mayMessage === null || mayBook === null) return null;
      return { ...base, role: 'guardian', mayViewRecords, mayMessage, mayBook };
    }
  }
}

/**
 * The actor's access to a student, or null when the student is missing or out of their scope:
 * the student, their school's time zone and the actor's relationship in one prepared statement.
 */
export async function studentAccess(db: Db, actor: Actor, studentId: string): Promise<StudentAccess | null> {
  const [row] = await accessStatement(db).execute({ studentId, tenantId: actor.tenantId, actorId: actor.id });
  return accessOf(actor, row);
}

/** Loads access and applies `can()`: 404 when out of scope (like a missing student), 403 when in scope but not allowed. */
export async function authorize(db: Db, actor: Actor, action: Action, studentId: string): Promise<StudentAccess> {
  return allowed(actor, action, await studentAccess(db, actor, studentId));
}

/** Applies `can()` to access already read: 404 when out of scope, 403 when in scope but not allowed. */
export function allowed(actor: Actor, action: Action, access: StudentAccess | null): StudentAccess {
  if (!access || !can(actor, 'student:read', access)) throw notFound();
  if (!can(actor, action, access)) throw forbidden(denials[action]);
  return access;
}

/**
 * Which of these students the actor can see now: one query, for checks made on every event
 * delivery (a guardianship removed a moment ago stops the next event, not the next sign-in).
 */
export async function visibleStudents(db: Db, actor: Actor, studentIds: string[]): Promise<Set<string>> {
  const ids = [...new Set(studentIds)];
  if (!ids.length) return new Set();
  const inTenant = and(inArray(students.id, ids), eq(students.tenantId, actor.tenantId));
  const rows =
    actor.kind === 'admin'
      ? await db.select({ id: students.id }).from(students).where(inTenant)
      : actor.kind === 'educator'
        ? await db
            .select({ id: students.id })
            .from(students)
            .innerJoin(assignments, and(eq(assignments.studentId, students.id), eq(assignments.educatorId, actor.id)))
            .where(inTenant)
        : await db
            .select({ id: students.id })
            .from(students)
            .innerJoin(
              guardianships,
              and(eq(guardianships.studentId, students.id), eq(guardianships.personId, actor.id)),
            )
            .where(inTenant);
  return new Set(rows.map((row) => row.id));
}

/** District administration (roster imports, tenant settings): the tenant's admins only. */
export function requireDistrictAdmin(actor: Actor): void {
  if (actor.kind !== 'admin') throw forbidden("Only the district's administrators can do this.");
}

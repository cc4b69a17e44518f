import type { Student } from '@tandem/contract';
import { and, asc, eq, isNull, sql } from 'drizzle-orm';
import { authorize, staffRelationship, type StudentAccess } from '../authz.js';
import { assignments, guardianships, people, students, tenants } from '../db/schema.js';
import type { RouteHandler } from '../http.js';
import { decodeCursor, invalidCursor, pageLimit, toPage } from '../pagination.js';
import { notFound } from '../problem.js';

type StudentRow = typeof students.$inferSelect;
type Relationship = Student['relationship'];

function toStudent(row: StudentRow, relationship: Relationship): Student {
  return {
    id: row.id,
    schoolId: row.schoolId,
    givenName: row.givenName,
    familyName: row.familyName,
    preferredName: row.preferredName,
    gradeLevel: row.gradeLevel,
    sourcedId: row.sourcedId,
    relationship,
  };
}

export const getMe: RouteHandler<'getMe'> = async ({ actor, db }) => {
  const [row] = await db
    .select({ person: people, tenant: { id: tenants.id, name: tenants.name } })
    .from(people)
    .innerJoin(tenants, eq(tenants.id, people.tenantId))
    .where(eq(people.id, actor.id));
  if (!row) throw notFound();
  const { person } = row;
  return {
    person: {
      id: person.id,
      kind: person.kind,
      displayName: person.displayName,
      preferredLanguage: person.preferredLanguage,
      timeZone: person.timeZone,
      contactChannel: person.contactChannel,
      quietHours:
        person.quietHoursStart && person.quietHoursEnd
          ? { start: person.quietHoursStart, end: person.quietHoursEnd }
          : null,
      educatorRole: person.educatorRole,
    },
    tenant: row.tenant,
  };
};

export const listStudents: RouteHandler<'listStudents'> = async ({ query, actor, db }) => {
  const limit = pageLimit(query.limit);
  // Sorted by name, but the cursor carries only the last student's id: names stay out of URLs.
  const after = decodeCursor(query.cursor, ['id']);
  // Students the roster removed are not listed (their records stay, and an admin can still open them).
  const inTenant = and(eq(students.tenantId, actor.tenantId), isNull(students.deactivatedAt));
  let keyset;
  if (after) {
    const [anchor] = await db
      .select({ familyName: students.familyName, givenName: students.givenName, id: students.id })
      .from(students)
      .where(and(eq(students.id, String(after[0])), inTenant));
    if (!anchor) throw invalidCursor('This list changed; start again from the first page.');
    keyset = sql`(${students.familyName}, ${students.givenName}, ${students.id}) > (${anchor.familyName}, ${anchor.givenName}, ${anchor.id})`;
  }
  const order = [asc(students.familyName), asc(students.givenName), asc(students.id)];
  const cursorOf = ({ student }: { student: StudentRow }) => [student.id];

  if (actor.kind === 'guardian') {
    const rows = await db
      .select({ student: students, guardianship: guardianships })
      .from(students)
      .innerJoin(guardianships, and(eq(guardianships.studentId, students.id), eq(guardianships.personId, actor.id)))
      .where(and(inTenant, keyset))
      .orderBy(...order)
      .limit(limit + 1);
    return toPage(
      rows,
      limit,
      ({ student, guardianship: g }) =>
        toStudent(student, {
          role: 'guardian',
          mayViewRecords: g.mayViewRecords,
          mayMessage: g.mayMessage,
          mayBook: g.mayBook,
        }),
      cursorOf,
    );
  }
  const base = db.select({ student: students }).from(students);
  const scoped =
    actor.kind === 'educator'
      ? base.innerJoin(assignments, and(eq(assignments.studentId, students.id), eq(assignments.educatorId, actor.id)))
      : base;
  const rows = await scoped
    .where(and(inTenant, keyset))
    .orderBy(...order)
    .limit(limit + 1);
  const relationship = staffRelationship(actor.kind);
  return toPage(rows, limit, ({ student }) => toStudent(student, relationship), cursorOf);
};

export const getStudent: RouteHandler<'getStudent'> = async ({ params, actor, db, auditRead }) => {
  const access: StudentAccess = await authorize(db, actor, 'student:read', params.studentId);
  const [row] = await db.select().from(students).where(eq(students.id, params.studentId));
  if (!row) throw notFound();
  await auditRead({ resourceType: 'student', resourceId: row.id, studentId: row.id });
  return toStudent(row, {
    role: access.role,
    mayViewRecords: access.mayViewRecords,
    mayMessage: access.mayMessage,
    mayBook: access.mayBook,
  });
};

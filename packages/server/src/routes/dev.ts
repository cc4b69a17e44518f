import { asc, eq } from 'drizzle-orm';
import { signDemoToken } from '../auth.js';
import { allOf } from '../db/database.js';
import { assignments, guardianships, people, students } from '../db/schema.js';
import type { RouteHandler } from '../http.js';
import { notFound } from '../problem.js';

// Registered only in demo mode (see registerRoutes); elsewhere these paths answer 404.

export const listDevUsers: RouteHandler<'listDevUsers'> = async ({ db }) => {
  const [persons, guardianRows, assignmentRows, studentRows] = await allOf(db, [
    db.select().from(people).orderBy(asc(people.kind), asc(people.displayName)),
    db.select({ personId: guardianships.personId, studentId: guardianships.studentId }).from(guardianships),
    db.select({ personId: assignments.educatorId, studentId: assignments.studentId }).from(assignments),
    db.select({ id: students.id, tenantId: students.tenantId }).from(students).orderBy(asc(students.id)),
  ]);
  const byPerson = new Map<string, string[]>();
  for (const { personId, studentId } of [...guardianRows, ...assignmentRows]) {
    byPerson.set(personId, [...(byPerson.get(personId) ?? []), studentId]);
  }
  return {
    items: persons.map((person) => ({
      id: person.id,
      name: person.displayName,
      role: person.kind,
      language: person.preferredLanguage,
      studentIds:
        person.kind === 'admin'
          ? studentRows.filter((s) => s.tenantId === person.tenantId).map((s) => s.id)
          : (byPerson.get(person.id) ?? []).sort(),
    })),
  };
};

export const createDevToken: RouteHandler<'createDevToken'> = async ({ body, db, config, now }) => {
  const [person] = await db
    .select({ id: people.id, tenantId: people.tenantId })
    .from(people)
    .where(eq(people.id, body.userId));
  if (!person) throw notFound('No seeded person has this id; see GET /api/dev/users.');
  return signDemoToken(config.auth, person, now);
};

import { asc, eq } from 'drizzle-orm';
import { signDemoToken } from '../auth.js';
import { allOf, type Db } from '../db/database.js';
import { assignments, guardianships, people, students } from '../db/schema.js';
import type { RouteHandler } from '../http.js';
import { notFound } from '../problem.js';

// Registered only in demo mode (see registerRoutes); elsewhere these paths answer 404.

/** Every seeded person, as the demo pages show them (a handful: the demo district is small). */
async function seededPeople(db: Db) {
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
  return persons.map((person) => ({
    id: person.id,
    name: person.displayName,
    role: person.kind,
    language: person.preferredLanguage,
    studentIds:
      person.kind === 'admin'
        ? studentRows.filter((s) => s.tenantId === person.tenantId).map((s) => s.id)
        : (byPerson.get(person.id) ?? []).sort(),
  }));
}

export const listDevUsers: RouteHandler<'listDevUsers'> = async ({ db }) => ({ items: await seededPeople(db) });

export const createDevToken: RouteHandler<'createDevToken'> = async ({ body, db, config, now }) => {
  const [person] = await db
    .select({ id: people.id, tenantId: people.tenantId })
    .from(people)
    .where(eq(people.id, body.userId));
  if (!person) throw notFound('No seeded person has this id; see GET /api/dev/users.');
  const shown = (await seededPeople(db)).find((p) => p.id === person.id);
  if (!shown) throw new Error(`${person.id} is not among the seeded people`);
  return { ...(await signDemoToken(config.auth, person, now)), person: shown };
};

// authenticate reads the people of one turn's requests in one statement (actorLoader): the
// same answers as one read each, for every kind of subject, and one round trip for a crowd.
import { problemTypes } from '@tandem/contract';
import { eq, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { actorLoader } from '../src/auth.js';
import type { Database } from '../src/db/database.js';
import { people as peopleTable } from '../src/db/schema.js';
import { ApiError } from '../src/problem.js';
import { backends, people, seeded } from './harness.js';
import { statementsOf } from './statements.js';

for (const backend of backends) {
  describe(`actorLoader on ${backend.name}`, () => {
    let database: Database;
    beforeAll(async () => {
      database = await seeded(backend);
      const { db } = database;
      await db.update(peopleTable).set({ sourcedId: 'u-77' }).where(eq(peopleTable.id, people.otherGuardian.id));
      // A sourcedId that spells another person's Tandem id: the Tandem id wins.
      await db
        .update(peopleTable)
        .set({ sourcedId: people.educator.id })
        .where(eq(peopleTable.id, people.otherEducator.id));
      await db
        .update(peopleTable)
        .set({ deactivatedAt: sql`now()` })
        .where(eq(peopleTable.id, people.admin.id));
    });
    afterAll(() => database.close());

    it('answers each request of one turn as a read of its own would, in one statement', async () => {
      const load = actorLoader(database.db);
      const riverside = 'ten_riverside';
      const { result, statements } = await statementsOf(() =>
        Promise.allSettled([
          load({ personId: people.guardian.id, tenantId: riverside }),
          load({ personId: people.guardian.id, tenantId: riverside }),
          load({ personId: 'sis:u-77', tenantId: riverside }),
          load({ personId: 'u-77', tenantId: riverside }),
          load({ personId: people.educator.id, tenantId: riverside }),
          load({ personId: `sis:${people.educator.id}`, tenantId: riverside }),
          load({ personId: people.admin.id, tenantId: riverside }),
          load({ personId: people.guardian.id, tenantId: 'ten_lakeside' }),
          load({ personId: 'per_nobody', tenantId: riverside }),
        ]),
      );
      const who = result.map((answer) =>
        answer.status === 'fulfilled'
          ? `${answer.value.id} ${answer.value.tenantId} ${answer.value.kind}`
          : answer.reason instanceof ApiError
            ? `${answer.reason.status} ${answer.reason.type}`
            : String(answer.reason),
      );
      const refused = `401 ${problemTypes.unauthorized}`;
      expect(who).toEqual([
        'per_garcia ten_riverside guardian',
        'per_garcia ten_riverside guardian',
        'per_patel ten_riverside guardian',
        'per_patel ten_riverside guardian',
        'per_rivera ten_riverside educator',
        'per_okafor ten_riverside educator',
        refused, // deactivated
        refused, // another district's token for a Riverside id
        refused,
      ]);
      // node-postgres only: PGlite's statements do not pass through pg.Client.
      if (backend.name === 'postgres') {
        expect(statements.filter((statement) => /\bpeople\b/.test(statement.text))).toHaveLength(1);
      }
    });
  });
}

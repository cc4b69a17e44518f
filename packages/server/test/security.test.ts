// Hostile and careless input, as an attacker or a buggy integration would send it: tokens with
// a forged clock, bytes PostgreSQL refuses, crafted cursors, races, huge offers, and what
// must never leak (personal data in cursors and logs, existence through 403s, split households).
import { problemTypes } from '@tandem/contract';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Database } from '../src/db/database.js';
import { backends, client, people, seeded, testConfig, tokenFor } from './harness.js';

/** The server's clock in these tests: a fixed instant, whatever the wall clock says. */
const NOW = new Date('2031-02-03T15:00:00Z');
const at = (seconds: number) => new Date(NOW.getTime() + seconds * 1000);

for (const backend of backends) {
  describe(`hostile input on ${backend.name}`, () => {
    let database: Database;
    let call: ReturnType<typeof client>;

    beforeAll(async () => {
      database = await seeded(backend);
      call = client(database, testConfig(), () => NOW);
    });
    afterAll(() => database.close());

    describe('token time rules, by the server clock', () => {
      const me = (token: string) => call('GET', '/api/v1/me', { token });
      const refused = async (token: string, detail: RegExp) => {
        const response = await me(token);
        expect(response.status).toBe(401);
        expect(response.json).toMatchObject({ type: problemTypes.unauthorized, status: 401 });
        expect(response.json.detail).toMatch(detail);
      };

      it('refuses a token issued a year from now with a 10-minute span', async () => {
        await refused(
          await tokenFor(people.guardian, { issuedAt: at(365 * 86_400), expiresIn: 600 }),
          /issued in the future/,
        );
      });

      it('refuses an issue time beyond the clock skew, and accepts one within it', async () => {
        await refused(await tokenFor(people.guardian, { issuedAt: at(45), expiresIn: 600 }), /issued in the future/);
        const skewed = await me(await tokenFor(people.guardian, { issuedAt: at(20), expiresIn: 600 }));
        expect(skewed.status).toBe(200);
        expect(skewed.json.person.id).toBe(people.guardian.id);
      });

      it('refuses a token not valid before a future time', async () => {
        const token = await tokenFor(people.guardian, { issuedAt: NOW, notBefore: at(120), expiresIn: 600 });
        await refused(token, /expired|not valid/);
      });

      it('measures lifetime from now: a token that expires in 20 minutes is refused, whatever its iat', async () => {
        await refused(await tokenFor(people.guardian, { issuedAt: at(-600), expiresIn: 1800 }), /at most 15 minutes/);
        await refused(await tokenFor(people.guardian, { issuedAt: at(20), expiresIn: 960 }), /at most 15 minutes/);
        const fine = await me(await tokenFor(people.guardian, { issuedAt: at(-60), expiresIn: 900 }));
        expect(fine.status).toBe(200);
      });
    });
  });
}

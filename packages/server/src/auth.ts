import { and, eq, isNull, or, sql, type SQL } from 'drizzle-orm';
import { createRemoteJWKSet, decodeProtectedHeader, jwtVerify, SignJWT, type JWTPayload } from 'jose';
import type { PersonKind } from '@tandem/contract';
import type { AuthConfig } from './config.js';
import { prepared, preparedRows, type Db } from './db/database.js';
import { people } from './db/schema.js';
import { perTurn } from './per-turn.js';
import { unauthorized } from './problem.js';

/** The signed-in person, as the database knows them now (not as the token claimed). */
export interface Actor {
  id: string;
  tenantId: string;
  kind: PersonKind;
}

export const MAX_TOKEN_LIFETIME_SECONDS = 15 * 60;
/** Clock skew allowed between the district's backend and this server, in every time check. */
export const CLOCK_TOLERANCE_SECONDS = 30;

export type TokenVerifier = (token: string) => Promise<{ personId: string; tenantId: string }>;

/** How many verified tokens a verifier remembers (the oldest go first), and the longest it keeps: 40 MiB at most. */
export const VERIFIED_TOKENS_KEPT = 10_000;
const LONGEST_TOKEN_KEPT = 4_096;

/** What a verified token still has to pass at each use: its time claims, against the clock. */
interface VerifiedToken {
  claims: { personId: string; tenantId: string };
  iat: number | undefined;
  nbf: number | undefined;
  exp: number;
}

/**
 * The time rules, by this server's clock: a token may not claim to be issued (`iat`) or valid
 * from (`nbf`) in the future beyond the skew, it must not have expired (`exp`), and it must
 * expire within 15 minutes from now — whatever `iat` says, so a token "issued next year" buys
 * nothing.
 */
function checkTimes(token: Omit<VerifiedToken, 'claims'>, currentDate: Date): void {
  const now = Math.floor(currentDate.getTime() / 1000);
  if (token.nbf !== undefined && token.nbf > now + CLOCK_TOLERANCE_SECONDS) throw unauthorized();
  if (token.exp <= now - CLOCK_TOLERANCE_SECONDS) throw unauthorized();
  if (token.iat !== undefined && token.iat > now + CLOCK_TOLERANCE_SECONDS) {
    throw unauthorized(
      'The access token says it was issued in the future; check the clock of the server that signs tokens.',
    );
  }
  const longest = MAX_TOKEN_LIFETIME_SECONDS + CLOCK_TOLERANCE_SECONDS;
  if (token.exp - now > longest || (token.iat !== undefined && token.exp - token.iat > longest)) {
    throw unauthorized('Access tokens may live at most 15 minutes.');
  }
}

/**
 * Verifies a district token: its signature, issuer, audience and claims once, its time rules
 * (`checkTimes`) at every use. A verified token is remembered (the signature check is a
 * WebCrypto job, a tenth of a page read's CPU), so a tab's requests within a token's life cost
 * one check. A key dropped from the district's JWKS therefore stops new tokens at once but not
 * those already seen, which expire within 15 minutes (jose keeps fetched keys for 10 anyway).
 */
export function createTokenVerifier(config: AuthConfig, clock: () => Date = () => new Date()): TokenVerifier {
  const jwks = config.jwksUrl ? createRemoteJWKSet(config.jwksUrl) : undefined;
  // Imported once: given the raw bytes, jose imports the key again on every verify (~0.3 ms).
  const { secret } = config;
  const hmacKey = secret
    ? crypto.subtle.importKey('raw', new Uint8Array(secret), { name: 'HMAC', hash: 'SHA-256' }, false, ['verify'])
    : undefined;
  const verified = new Map<string, VerifiedToken>();
  const remember = (token: string, entry: VerifiedToken, currentDate: Date) => {
    // The oldest first: the full list's, and expired ones, so a quiet server lets them go.
    const now = Math.floor(currentDate.getTime() / 1000);
    for (const [oldest, { exp }] of verified) {
      if (verified.size < VERIFIED_TOKENS_KEPT && exp > now - CLOCK_TOLERANCE_SECONDS) break;
      verified.delete(oldest);
    }
    verified.set(token, entry);
  };
  return async (token) => {
    const currentDate = clock();
    const known = verified.get(token);
    if (known) {
      try {
        checkTimes(known, currentDate);
      } catch (error) {
        verified.delete(token);
        throw error;
      }
      return known.claims;
    }
    let header;
    try {
      header = decodeProtectedHeader(token);
    } catch {
      throw unauthorized('The access token is not a JWT.');
    }
    let payload: JWTPayload;
    const options = {
      currentDate,
      issuer: config.issuer,
      audience: config.audience,
      requiredClaims: ['iss', 'aud', 'sub', 'exp', 'tenant'],
      clockTolerance: CLOCK_TOLERANCE_SECONDS,
    };
    try {
      if (header.alg === 'HS256' && hmacKey) {
        ({ payload } = await jwtVerify(token, await hmacKey, { ...options, algorithms: ['HS256'] }));
      } else if (jwks) {
        ({ payload } = await jwtVerify(token, jwks, { ...options, algorithms: ['EdDSA', 'ES256'] }));
      } else {
        throw new Error('unsupported algorithm');
      }
    } catch {
      throw unauthorized();
    }
    const times = { iat: payload.iat, nbf: payload.nbf, exp: payload.exp ?? 0 };
    checkTimes(times, currentDate);
    const tenant = payload.tenant;
    if (typeof tenant !== 'string' || !tenant || typeof payload.sub !== 'string') throw unauthorized();
    const claims = { personId: payload.sub, tenantId: tenant };
    if (token.length <= LONGEST_TOKEN_KEPT) remember(token, { claims, ...times }, currentDate);
    return claims;
  };
}

/**
 * Resolves a verified token to a person of that tenant. `sub` is Tandem's id, or the person's
 * OneRoster sourcedId (as is, or as `sis:<sourcedId>`), so a district's sign-in needs no
 * mapping table. A person removed since, or deactivated by the roster, is no longer signed in.
 */
export async function loadActor(db: Db, claims: { personId: string; tenantId: string }): Promise<Actor> {
  const sub = claims.personId;
  const rows = sub.startsWith('sis:')
    ? await actorBySourcedId(db).execute({ tenantId: claims.tenantId, sub: sub.slice(4) })
    : await actorById(db).execute({ tenantId: claims.tenantId, sub });
  // Tandem's own id wins over a sourcedId that happens to spell it.
  const person = rows.find((row) => row.id === sub) ?? rows[0];
  if (!person) throw unauthorized();
  return person;
}

/**
 * `loadActor` for the requests of one turn of the event loop together: their people in one
 * statement (a crowd of requests from a few families costs one read, not one each). Each
 * request's read is still sent after it arrived, so a person deactivated a moment before is
 * refused at once, as by `loadActor`.
 */
export function actorLoader(db: Db): (claims: { personId: string; tenantId: string }) => Promise<Actor> {
  const load = perTurn<Actor | null>(async (batch) => {
    const keys = [...batch.keys()];
    const tenants: string[] = [];
    const ids: (string | null)[] = [];
    const sourced: string[] = [];
    for (const key of keys) {
      const [tenantId, sub] = JSON.parse(key) as [string, string];
      tenants.push(tenantId);
      // An `sis:` subject names a sourcedId only; any other may be either (Tandem's id wins).
      ids.push(sub.startsWith('sis:') ? null : sub);
      sourced.push(sub.startsWith('sis:') ? sub.slice(4) : sub);
    }
    const rows = await actorsOf(db, { tenants, ids, sourced });
    keys.forEach((key, index) => {
      const found = rows.filter((row) => row.i === index + 1);
      const person = found.find((row) => row.id === ids[index]) ?? found[0];
      const actor = person ? { id: person.id, tenantId: person.tenantId, kind: person.kind } : null;
      for (const waiter of batch.get(key) ?? []) waiter.resolve(actor);
    });
  });
  return async (claims) => {
    const actor = await load(JSON.stringify([claims.tenantId, claims.personId]));
    if (!actor) throw unauthorized();
    return actor;
  };
}

/** The people behind a batch of tokens, each row with the position (`i`, from 1) of its token. */
const actorsOf = preparedRows<Actor & { i: number }>(
  'actors_of_tokens',
  sql`select t.i::int as i, p.id, p.tenant_id as "tenantId", p.kind
      from unnest(${sql.placeholder('tenants')}::text[], ${sql.placeholder('ids')}::text[],
                  ${sql.placeholder('sourced')}::text[]) with ordinality as t(tenant_id, id, sourced_id, i)
      join ${people} p on p.tenant_id = t.tenant_id and p.deactivated_at is null
        and (p.id = t.id or p.sourced_id = t.sourced_id)`,
);

const actorWhere = (db: Db, match: SQL | undefined) =>
  db
    .select({ id: people.id, tenantId: people.tenantId, kind: people.kind })
    .from(people)
    .where(and(eq(people.tenantId, sql.placeholder('tenantId')), isNull(people.deactivatedAt), match))
    .limit(2);
const actorById = prepared((db) =>
  actorWhere(db, or(eq(people.id, sql.placeholder('sub')), eq(people.sourcedId, sql.placeholder('sub')))).prepare(
    'actor_by_id',
  ),
);
const actorBySourcedId = prepared((db) =>
  actorWhere(db, eq(people.sourcedId, sql.placeholder('sub'))).prepare('actor_by_sourced_id'),
);

/** Demo mode only: a 15-minute HS256 token for a seeded person. */
export async function signDemoToken(config: AuthConfig, actor: { id: string; tenantId: string }, now = new Date()) {
  if (!config.secret) throw new Error('Demo tokens need an HS256 secret.');
  const expiresAt = new Date(now.getTime() + MAX_TOKEN_LIFETIME_SECONDS * 1000);
  const token = await new SignJWT({ tenant: actor.tenantId })
    .setProtectedHeader({ alg: 'HS256' })
    .setIssuer(config.issuer)
    .setAudience(config.audience)
    .setSubject(actor.id)
    .setIssuedAt(Math.floor(now.getTime() / 1000))
    .setExpirationTime(Math.floor(expiresAt.getTime() / 1000))
    .sign(config.secret);
  return { token, expiresAt: expiresAt.toISOString() };
}

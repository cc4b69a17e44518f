import type { RosterCounts, RosterKind } from '@tandem/contract';
import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../db/database.js';
import { EVENTS_CHANNEL } from '../realtime.js';
import { promoteWaitlist } from '../routes/scheduling.js';
import type { FileMode, RosterFile, Version } from './spec.js';

export interface Scope {
  tenantId: string;
  importId: string;
  /** Who the audit log names: the admin who asked, or the import itself from the command line. */
  actorId: string;
  now: Date;
  /** The calendar date enrollments' begin and end dates are compared with. */
  today: string;
  modes: Map<RosterFile, FileMode>;
  version: Version;
  /** Salt of new ids (unguessable, stable once stored); null: `<prefix>_<sourcedId>`. */
  idSalt: string | null;
}

type Counts = Partial<Record<RosterKind, RosterCounts>>;
const zero = (): RosterCounts => ({ created: 0, updated: 0, deactivated: 0, unchanged: 0 });

export const CANCELLED_BY_ROSTER =
  "Cancelled because the school's roster changed: this family or educator is no longer linked to the student.";

/**
 * Applies the staged, checked bundle: creates, updates and deactivates (never deletes) schools,
 * students and people; recomputes guardian links and educator assignments; and ends at once the
 * access that the roster no longer gives (future meetings cancelled, waitlists left, open
 * streams woken to re-check). Every student record stays.
 */
export async function applyRoster(tx: Db, scope: Scope): Promise<Counts> {
  const { tenantId: T, modes } = scope;
  const now = scope.now.toISOString();
  const bulk = (file: RosterFile) => modes.get(file) === 'bulk';
  const id = (prefix: string, column: string) =>
    scope.idSalt === null
      ? sql.raw(`'${prefix}_' || ${column}`)
      : sql`${`${prefix}_`} || substr(md5(${scope.idSalt} || ${sql.raw(column)}), 1, 24)`;
  const counts: Counts = {};
  const one = async (query: SQL) => (await selectRows<{ n: number }>(tx, query))[0]?.n ?? 0;

  // The district.
  if (modes.has('orgs.csv')) {
    const [district] = await selectRows<{ name: string; sourced_id: string; time_zone: string | null }>(
      tx,
      sql`select name, sourced_id, time_zone from stg_orgs where type = 'district' and status = 'active' order by row limit 1`,
    );
    const [firstZone] = await selectRows<{ time_zone: string }>(
      tx,
      sql`select time_zone from stg_orgs where type = 'school' and time_zone is not null order by row limit 1`,
    );
    await tx.execute(sql`
      insert into tenants (id, name, time_zone, sourced_id)
      values (${T}, ${district?.name ?? T}, ${district?.time_zone ?? firstZone?.time_zone ?? 'UTC'}, ${district?.sourced_id ?? null})
      on conflict (id) do update set
        name = coalesce(${district?.name ?? null}, tenants.name),
        time_zone = coalesce(${district?.time_zone ?? null}, tenants.time_zone),
        sourced_id = coalesce(${district?.sourced_id ?? null}, tenants.sourced_id)`);

    // Unchanged: every active record the import neither created nor changed, in the files or not.
    counts.schools = await countChanges(tx, {
      create: sql`
      with ins as (
        insert into schools (id, tenant_id, name, time_zone, sourced_id)
        select ${id('sch', 's.sourced_id')}, ${T}, s.name,
               coalesce(s.time_zone, (select time_zone from tenants where id = ${T})), s.sourced_id
        from stg_orgs s
        where s.type = 'school' and s.status = 'active'
        -- Existing ones are updated below. ON CONFLICT, not NOT EXISTS: a lookup by index per row
        -- whatever the planner thinks of the tables this transaction is filling.
        on conflict (tenant_id, sourced_id) do nothing
        returning 1)
      select count(*)::int as n from ins`,
      update: sql`
      with up as (
        update schools x set name = s.name, time_zone = coalesce(s.time_zone, x.time_zone), deactivated_at = null
        from stg_orgs s
        where s.type = 'school' and s.status = 'active' and x.tenant_id = ${T} and x.sourced_id = s.sourced_id
          and (x.name, x.time_zone, x.deactivated_at) is distinct from (s.name, coalesce(s.time_zone, x.time_zone), null)
        returning 1)
      select count(*)::int as n from up`,
      remove: sql`
      with gone as (
        update schools x set deactivated_at = ${now}::timestamptz
        where x.tenant_id = ${T} and x.sourced_id is not null and x.deactivated_at is null and (
          (${bulk('orgs.csv')} and not exists (
            select 1 from stg_orgs s where s.sourced_id = x.sourced_id and s.status = 'active' and s.type = 'school'))
          or exists (select 1 from stg_orgs s where s.sourced_id = x.sourced_id and s.status = 'tobedeleted'))
        returning 1)
      select count(*)::int as n from gone`,
      wanted: sql`select count(*)::int as n from schools where tenant_id = ${T} and sourced_id is not null and deactivated_at is null`,
    });
  }

  await tx.execute(sql`create temp table gone_people (id text) on commit drop`);
  if (modes.has('users.csv')) {
    // Each user's school: the primary org first, then their orgs in order.
    await tx.execute(sql`
      create temp table user_school on commit drop as
      select distinct on (u.sourced_id) u.sourced_id, x.id as school_id, x.time_zone
      from stg_users u
      cross join lateral jsonb_array_elements_text(
        case when u.primary_org is null then u.org_ids else jsonb_build_array(u.primary_org) || u.org_ids end
      ) with ordinality as o(org, ord)
      join schools x on x.tenant_id = ${T} and x.sourced_id = o.org
      order by u.sourced_id, o.ord`);
    await tx.execute(sql`create index on user_school (sourced_id)`);
    await tx.execute(sql`analyze user_school`);

    // Students.
    counts.students = await countChanges(tx, {
      create: sql`
      with ins as (
        insert into students (id, tenant_id, school_id, given_name, family_name, preferred_name, grade_level, sourced_id)
        select ${id('stu', 'u.sourced_id')}, ${T}, us.school_id, u.given_name, u.family_name, u.preferred_name,
               coalesce(u.grade, ''), u.sourced_id
        from stg_users u join user_school us on us.sourced_id = u.sourced_id
        where u.kind = 'student' and u.status = 'active'
        on conflict (tenant_id, sourced_id) do nothing
        returning 1)
      select count(*)::int as n from ins`,
      update: sql`
      with up as (
        update students x set school_id = us.school_id, given_name = u.given_name, family_name = u.family_name,
          preferred_name = u.preferred_name, grade_level = coalesce(u.grade, ''), deactivated_at = null
        from stg_users u join user_school us on us.sourced_id = u.sourced_id
        where u.kind = 'student' and u.status = 'active' and x.tenant_id = ${T} and x.sourced_id = u.sourced_id
          and (x.school_id, x.given_name, x.family_name, x.preferred_name, x.grade_level, x.deactivated_at)
            is distinct from (us.school_id, u.given_name, u.family_name, u.preferred_name, coalesce(u.grade, ''), null)
        returning 1)
      select count(*)::int as n from up`,
      remove: sql`
      with gone as (
        update students x set deactivated_at = ${now}::timestamptz
        where x.tenant_id = ${T} and x.sourced_id is not null and x.deactivated_at is null and (
          (${bulk('users.csv')} and not exists (
            select 1 from stg_users u where u.sourced_id = x.sourced_id and u.status = 'active' and u.kind = 'student'))
          or exists (select 1 from stg_users u where u.sourced_id = x.sourced_id and u.status = 'tobedeleted'))
        returning 1)
      select count(*)::int as n from gone`,
      wanted: sql`select count(*)::int as n from students where tenant_id = ${T} and sourced_id is not null and deactivated_at is null`,
    });

    // Adults: guardians, educators, admins. Values the roster leaves empty keep what is stored.
    const leads = sql`case when u.kind = 'educator' and u.role in ('administrator', 'principal', 'siteAdministrator') then
        coalesce((select jsonb_agg(x.id order by x.id) from jsonb_array_elements_text(u.org_ids) o
                  join schools x on x.tenant_id = ${T} and x.sourced_id = o), '[]'::jsonb)
      else '[]'::jsonb end`;
    const display = sql`trim(coalesce(u.preferred_name, u.given_name) || ' ' || u.family_name)`;
    const tenantZone = sql`(select time_zone from tenants where id = ${T})`;
    type KindCount = { kind: string; n: number; deactivated?: boolean };
    const created = await selectRows<KindCount>(
      tx,
      sql`
        with ins as (
          insert into people (id, tenant_id, kind, display_name, preferred_language, time_zone, contact_channel,
            quiet_hours_start, quiet_hours_end, educator_role, email, phone, sourced_id, deactivated_at, leads_school_ids)
          select ${id('per', 'u.sourced_id')}, ${T}, u.kind, ${display}, coalesce(u.language, 'en'),
            coalesce(u.time_zone, us.time_zone, ${tenantZone}), coalesce(u.channel, 'app'),
            u.quiet_start, u.quiet_end, u.educator_role, u.email, u.phone, u.sourced_id,
            case when u.enabled then null else ${now}::timestamptz end, ${leads}
          from stg_users u left join user_school us on us.sourced_id = u.sourced_id
          where u.kind <> 'student' and u.status = 'active'
          on conflict (tenant_id, sourced_id) do nothing
          returning kind)
        select kind, count(*)::int as n from ins group by kind`,
    );
    const fields: [string, SQL][] = [
      ['kind', sql`u.kind`],
      ['display_name', display],
      ['preferred_language', sql`coalesce(u.language, p.preferred_language)`],
      ['time_zone', sql`coalesce(u.time_zone, p.time_zone)`],
      ['contact_channel', sql`coalesce(u.channel, p.contact_channel)`],
      ['quiet_hours_start', sql`coalesce(u.quiet_start, p.quiet_hours_start)`],
      ['quiet_hours_end', sql`coalesce(u.quiet_end, p.quiet_hours_end)`],
      ['educator_role', sql`u.educator_role`],
      ['email', sql`u.email`],
      ['phone', sql`u.phone`],
      ['leads_school_ids', leads],
      ['deactivated_at', sql`case when u.enabled then null else coalesce(p.deactivated_at, ${now}::timestamptz) end`],
    ];
    const updated = await selectRows<KindCount>(
      tx,
      sql`
        with before as (select id, deactivated_at from people where tenant_id = ${T}),
        up as (
          update people p set ${sql.join(
            fields.map(([column, value]) => sql`${sql.identifier(column)} = ${value}`),
            sql`, `,
          )}
          from stg_users u, before b
          where b.id = p.id and p.tenant_id = ${T} and p.sourced_id = u.sourced_id
            and u.kind <> 'student' and u.status = 'active'
            and (${sql.join(
              fields.map(([column]) => sql`p.${sql.identifier(column)}`),
              sql`, `,
            )}) is distinct from (${sql.join(
              fields.map(([, value]) => value),
              sql`, `,
            )})
          returning p.id, p.kind, (b.deactivated_at is null and p.deactivated_at is not null) as deactivated)
        , noted as (insert into gone_people select id from up where deactivated returning 1)
        select kind, deactivated, count(*)::int as n from up group by kind, deactivated`,
    );
    const deactivated = await selectRows<KindCount>(
      tx,
      sql`
        with gone as (
          update people p set deactivated_at = ${now}::timestamptz
          where p.tenant_id = ${T} and p.sourced_id is not null and p.deactivated_at is null and (
            (${bulk('users.csv')} and not exists (
              select 1 from stg_users u where u.sourced_id = p.sourced_id and u.status = 'active'))
            or exists (select 1 from stg_users u where u.sourced_id = p.sourced_id and u.status = 'tobedeleted'))
          returning p.id, p.kind)
        , noted as (insert into gone_people select id from gone returning 1)
        select kind, count(*)::int as n from gone group by kind`,
    );
    const active = await selectRows<{ kind: string; n: number }>(
      tx,
      sql`select kind, count(*)::int as n from people
          where tenant_id = ${T} and sourced_id is not null and deactivated_at is null group by kind`,
    );
    for (const [kind, key] of [
      ['guardian', 'guardians'],
      ['educator', 'educators'],
      ['admin', 'admins'],
    ] as const) {
      const n = (list: KindCount[], deactivatedOnly?: boolean) =>
        list
          .filter(
            (r) => r.kind === kind && (deactivatedOnly === undefined || Boolean(r.deactivated) === deactivatedOnly),
          )
          .reduce((sum, r) => sum + r.n, 0);
      const c = zero();
      c.created = n(created);
      c.updated = n(updated, false);
      c.deactivated = n(deactivated) + n(updated, true);
      c.unchanged = n(active) - c.created - c.updated;
      counts[key] = c;
    }
  }

  // Classes and enrollments, kept so that any later delta can recompute assignments.
  if (modes.has('classes.csv')) {
    counts.classes = await sync(tx, {
      upsert: sql`
        insert into roster_classes (tenant_id, sourced_id, school_id, title)
        select ${T}, c.sourced_id, x.id, c.title from stg_classes c
        join schools x on x.tenant_id = ${T} and x.sourced_id = c.school_id
        where c.status = 'active'
        on conflict (tenant_id, sourced_id) do update set school_id = excluded.school_id, title = excluded.title
        where (roster_classes.school_id, roster_classes.title) is distinct from (excluded.school_id, excluded.title)
        returning (xmax = 0) as inserted`,
      remove: sql`
        delete from roster_classes r where r.tenant_id = ${T} and (
          (${bulk('classes.csv')} and not exists (select 1 from stg_classes c where c.sourced_id = r.sourced_id and c.status = 'active'))
          or exists (select 1 from stg_classes c where c.sourced_id = r.sourced_id and c.status = 'tobedeleted'))
        returning 1`,
      active: sql`select count(*)::int as n from roster_classes where tenant_id = ${T}`,
    });
  }
  if (modes.has('enrollments.csv') || modes.has('classes.csv')) {
    counts.enrollments = await sync(tx, {
      upsert: sql`
        insert into roster_enrollments (tenant_id, sourced_id, class_sourced_id, user_sourced_id, role)
        select ${T}, e.sourced_id, e.class_id, e.user_id, case when e.role = 'aide' then 'teacher' else e.role end
        from stg_enrollments e
        where e.status = 'active' and e.current
          and exists (select 1 from roster_classes c where c.tenant_id = ${T} and c.sourced_id = e.class_id)
        on conflict (tenant_id, sourced_id) do update set class_sourced_id = excluded.class_sourced_id,
          user_sourced_id = excluded.user_sourced_id, role = excluded.role
        where (roster_enrollments.class_sourced_id, roster_enrollments.user_sourced_id, roster_enrollments.role)
          is distinct from (excluded.class_sourced_id, excluded.user_sourced_id, excluded.role)
        returning (xmax = 0) as inserted`,
      // Gone from a full list, deleted, no longer current, or in a class that is gone.
      remove: sql`
        delete from roster_enrollments r where r.tenant_id = ${T} and (
          (${bulk('enrollments.csv')} and not exists (
            select 1 from stg_enrollments e where e.sourced_id = r.sourced_id and e.status = 'active' and e.current))
          or exists (select 1 from stg_enrollments e where e.sourced_id = r.sourced_id and (e.status = 'tobedeleted' or not e.current))
          or not exists (select 1 from roster_classes c where c.tenant_id = ${T} and c.sourced_id = r.class_sourced_id))
        returning 1`,
      active: sql`select count(*)::int as n from roster_enrollments where tenant_id = ${T}`,
    });
  }

  // Statistics for what this transaction wrote (a first import fills empty tables), so the
  // joins that follow plan as they should.
  await tx.execute(
    sql`analyze people, students, schools, roster_classes, roster_enrollments, guardianships, assignments`,
  );
  await tx.execute(sql`create temp table revoked (person_id text, student_id text, via text) on commit drop`);

  if (modes.has('users.csv')) counts.guardianships = await syncGuardianships(tx, scope);
  counts.assignments = await syncAssignments(tx, scope);
  await endAccess(tx, scope);

  // Kinds the bundle did not touch are reported too: all unchanged.
  const untouched: [RosterKind, SQL][] = [
    [
      'schools',
      sql`select count(*)::int as n from schools where tenant_id = ${T} and sourced_id is not null and deactivated_at is null`,
    ],
    [
      'students',
      sql`select count(*)::int as n from students where tenant_id = ${T} and sourced_id is not null and deactivated_at is null`,
    ],
    ...(['guardian', 'educator', 'admin'] as const).map((kind): [RosterKind, SQL] => [
      `${kind}s`,
      sql`select count(*)::int as n from people where tenant_id = ${T} and kind = ${kind} and sourced_id is not null and deactivated_at is null`,
    ]),
    [
      'guardianships',
      sql`select count(*)::int as n from guardianships g join students s on s.id = g.student_id where s.tenant_id = ${T}`,
    ],
    ['classes', sql`select count(*)::int as n from roster_classes where tenant_id = ${T}`],
  ];
  for (const [kind, query] of untouched) counts[kind] ??= { ...zero(), unchanged: await one(query) };
  return counts;
}

/** Upserts and removes one roster table's rows, counting what changed. */
async function sync(tx: Db, statements: { upsert: SQL; remove: SQL; active: SQL }): Promise<RosterCounts> {
  const upserted = await selectRows<{ inserted: boolean; n: number }>(
    tx,
    sql`with up as (${statements.upsert}) select inserted, count(*)::int as n from up group by inserted`,
  );
  const [removed] = await selectRows<{ n: number }>(
    tx,
    sql`with gone as (${statements.remove}) select count(*)::int as n from gone`,
  );
  const [active] = await selectRows<{ n: number }>(tx, statements.active);
  const created = upserted.find((r) => r.inserted)?.n ?? 0;
  const updated = upserted.find((r) => !r.inserted)?.n ?? 0;
  return {
    created,
    updated,
    deactivated: removed?.n ?? 0,
    unchanged: (active?.n ?? 0) - created - updated,
  };
}

/**
 * Guardian links: the union of what each side declares (agentSourcedIds on the student's row,
 * on the guardian's, or both). In a delta, users the bundle does not mention keep their links.
 */
async function syncGuardianships(tx: Db, scope: Scope): Promise<RosterCounts> {
  const T = scope.tenantId;
  const bulk = scope.modes.get('users.csv') === 'bulk';
  await tx.execute(sql`
    create temp table want_links on commit drop as
    select distinct p.id as person_id, s.id as student_id from (
      select u.sourced_id as guardian, a as student from stg_users u, jsonb_array_elements_text(u.agent_ids) a
        where u.kind = 'guardian' and u.status = 'active'
      union
      select a, u.sourced_id from stg_users u, jsonb_array_elements_text(u.agent_ids) a
        where u.kind = 'student' and u.status = 'active'
    ) d
    join people p on p.tenant_id = ${T} and p.sourced_id = d.guardian and p.kind = 'guardian' and p.deactivated_at is null
    join students s on s.tenant_id = ${T} and s.sourced_id = d.student and s.deactivated_at is null`);
  await tx.execute(sql`create index on want_links (person_id, student_id)`);
  await tx.execute(sql`analyze want_links`);
  if (!bulk) {
    await tx.execute(sql`
      insert into want_links
      select g.person_id, g.student_id from guardianships g
      join people p on p.id = g.person_id join students s on s.id = g.student_id
      where s.tenant_id = ${T} and p.deactivated_at is null and s.deactivated_at is null
        and not exists (select 1 from stg_users u where u.sourced_id in (p.sourced_id, s.sourced_id))
        and not exists (select 1 from want_links w where w.person_id = g.person_id and w.student_id = g.student_id)`);
  }
  return countChanges(tx, {
    create: sql`
    with ins as (
      insert into guardianships (person_id, student_id, relationship_label, custody_note)
      select w.person_id, w.student_id, coalesce(u.relationship, u.role, 'guardian'), u.custody_note
      from want_links w join people p on p.id = w.person_id left join stg_users u on u.sourced_id = p.sourced_id
      on conflict (person_id, student_id) do nothing
      returning 1)
    select count(*)::int as n from ins`,
    update: sql`
    with up as (
      update guardianships g set relationship_label = coalesce(u.relationship, g.relationship_label),
        custody_note = coalesce(u.custody_note, g.custody_note)
      from people p, stg_users u
      where p.id = g.person_id and u.sourced_id = p.sourced_id and p.tenant_id = ${T}
        and (g.relationship_label, g.custody_note) is distinct from
            (coalesce(u.relationship, g.relationship_label), coalesce(u.custody_note, g.custody_note))
      returning 1)
    select count(*)::int as n from up`,
    remove: sql`
    with gone as (
      delete from guardianships g using students s
      where s.id = g.student_id and s.tenant_id = ${T}
        and not exists (select 1 from want_links w where w.person_id = g.person_id and w.student_id = g.student_id)
      returning g.person_id, g.student_id),
    noted as (insert into revoked select person_id, student_id, 'guardian' from gone returning 1)
    select count(*)::int as n from gone`,
    wanted: sql`select count(*)::int as n from want_links`,
  });
}

/**
 * Educator assignments: every teacher or aide of a class, to every student in it; a school's
 * administrator, to every student of the school. Recomputed for the whole tenant each time.
 */
async function syncAssignments(tx: Db, scope: Scope): Promise<RosterCounts> {
  const T = scope.tenantId;
  await tx.execute(sql`
    create temp table want_assign on commit drop as
    select educator_id, student_id, min(role) as role from (
      select p.id as educator_id, s.id as student_id, coalesce(p.educator_role, 'teacher') as role
      from roster_enrollments te
      join roster_enrollments se on se.tenant_id = te.tenant_id and se.class_sourced_id = te.class_sourced_id and se.role = 'student'
      join people p on p.tenant_id = ${T} and p.sourced_id = te.user_sourced_id and p.kind = 'educator' and p.deactivated_at is null
      join students s on s.tenant_id = ${T} and s.sourced_id = se.user_sourced_id and s.deactivated_at is null
      where te.tenant_id = ${T} and te.role in ('teacher', 'administrator')
      union all
      select p.id, s.id, coalesce(p.educator_role, 'administrator')
      from people p join students s on s.tenant_id = ${T} and s.deactivated_at is null and p.leads_school_ids ? s.school_id
      where p.tenant_id = ${T} and p.kind = 'educator' and p.deactivated_at is null
    ) a group by educator_id, student_id`);
  await tx.execute(sql`create index on want_assign (educator_id, student_id)`);
  await tx.execute(sql`analyze want_assign`);
  return countChanges(tx, {
    create: sql`
    with ins as (
      insert into assignments (educator_id, student_id, role)
      select w.educator_id, w.student_id, w.role from want_assign w
      on conflict (educator_id, student_id) do nothing
      returning 1)
    select count(*)::int as n from ins`,
    update: sql`
    with up as (
      update assignments a set role = w.role from want_assign w
      where a.educator_id = w.educator_id and a.student_id = w.student_id and a.role <> w.role
      returning 1)
    select count(*)::int as n from up`,
    remove: sql`
    with gone as (
      delete from assignments a using students s
      where s.id = a.student_id and s.tenant_id = ${T}
        and not exists (select 1 from want_assign w where w.educator_id = a.educator_id and w.student_id = a.student_id)
      returning a.educator_id, a.student_id),
    noted as (insert into revoked select educator_id, student_id, 'educator' from gone returning 1)
    select count(*)::int as n from gone`,
    wanted: sql`select count(*)::int as n from want_assign`,
  });
}

/**
 * Runs one table's create, update and remove statements (each a count) and counts the rest of
 * `wanted` (the active or wanted rows after them) as unchanged: schools, students and link tables.
 */
async function countChanges(
  tx: Db,
  statements: { create: SQL; update: SQL; remove: SQL; wanted: SQL },
): Promise<RosterCounts> {
  const count = async (query: SQL) => (await selectRows<{ n: number }>(tx, query))[0]?.n ?? 0;
  const created = await count(statements.create);
  const updated = await count(statements.update);
  const deactivated = await count(statements.remove);
  return { created, updated, deactivated, unchanged: (await count(statements.wanted)) - created - updated };
}

/**
 * Access the roster no longer gives ends now: future meetings it allowed are cancelled (their
 * seats go to the waitlist), waiting places are given up, each ended link is audited, and the
 * streams of everyone affected wake to re-check what they may see.
 */
async function endAccess(tx: Db, scope: Scope): Promise<void> {
  const T = scope.tenantId;
  const now = scope.now.toISOString();
  const cancelled = await selectRows<{ slot_id: string }>(
    tx,
    sql`
    with c as (
      update bookings b set status = 'cancelled', cancelled_at = ${now}::timestamptz, cancelled_by = null,
        cancel_reason = ${CANCELLED_BY_ROSTER}
      from slots sl
      where sl.id = b.slot_id and b.tenant_id = ${T} and b.status = 'booked' and sl.starts_at > ${now}::timestamptz
        and exists (select 1 from revoked r where r.student_id = b.student_id and (
          (r.via = 'guardian' and r.person_id = b.booked_by) or (r.via = 'educator' and r.person_id = b.educator_id)))
      returning b.id, b.slot_id, b.student_id, b.educator_id, b.booked_by),
    -- Told to the educator and the family, on their channel; never to a guardian the roster
    -- removed from the student (a custody change is not theirs to hear about any more).
    told as (
      insert into notifications (id, tenant_id, recipient_id, kind, booking_id, student_id, status, due_at, created_at)
      select 'ntf_' || substr(md5(random()::text || c.id || p.id), 1, 16), ${T}, p.id, 'booking_cancelled', c.id,
        c.student_id, 'pending', ${now}::timestamptz, ${now}::timestamptz
      from c join people p on p.id in (c.educator_id, c.booked_by)
      where p.contact_channel in ('email', 'sms', 'push') and p.deactivated_at is null
        and not exists (select 1 from revoked r where r.student_id = c.student_id and r.via = 'guardian' and r.person_id = p.id)
      returning 1),
    freed as (
      update slots sl set booked = sl.booked - f.n
      from (select slot_id, count(*)::int as n from c group by slot_id) f where sl.id = f.slot_id
      returning 1),
    noted as (
      insert into scheduling_events (tenant_id, student_id, booking_id, actor_id, kind, detail, at)
      select ${T}, c.student_id, c.id, null, 'cancelled', ${CANCELLED_BY_ROSTER}, ${now}::timestamptz from c
      returning 1)
    select distinct slot_id from c`,
  );
  await tx.execute(sql`
    update waitlist_entries w set status = 'expired'
    where w.tenant_id = ${T} and w.status = 'waiting' and exists (
      select 1 from revoked r where r.student_id = w.student_id and (
        (r.via = 'guardian' and r.person_id = w.person_id)
        or (r.via = 'educator' and exists (
          select 1 from slots sl join availability_offers o on o.id = sl.offer_id
          where sl.id = w.slot_id and o.educator_id = r.person_id))))`);
  for (const { slot_id } of cancelled) await promoteWaitlist(tx, T, slot_id, scope.now);

  await tx.execute(sql`
    insert into audit_events (id, tenant_id, actor_id, action, resource_type, resource_id, student_id, request_id, at)
    select 'aud_' || substr(md5(random()::text || r.person_id || r.student_id || r.via), 1, 24), ${T}, ${scope.actorId},
      'delete', case r.via when 'guardian' then 'guardianship' else 'assignment' end, r.person_id, r.student_id,
      ${scope.importId}, ${now}::timestamptz
    from revoked r`);

  // Wake the affected streams on every instance (a NOTIFY payload holds at most 8000 bytes).
  const affected = await selectRows<{ id: string }>(
    tx,
    sql`select distinct person_id as id from revoked union select id from gone_people`,
  );
  for (let i = 0; i < affected.length; i += 200) {
    const ids = JSON.stringify(affected.slice(i, i + 200).map((row) => row.id));
    await tx.execute(sql`select pg_notify(${EVENTS_CHANNEL}, ${ids})`);
  }
}

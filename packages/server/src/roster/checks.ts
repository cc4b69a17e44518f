import { sql, type SQL } from 'drizzle-orm';
import { selectRows, type Db } from '../db/database.js';
import type { Problems } from './problems.js';
import type { Scope } from './apply.js';

/** Role precedence when a 1.2 user has several roles and none is primary. */
const ROLE_RANK = sql.raw(`case role
  when 'districtAdministrator' then 1 when 'systemAdministrator' then 1 when 'administrator' then 2
  when 'siteAdministrator' then 2 when 'principal' then 2 when 'teacher' then 3 when 'counselor' then 3
  when 'aide' then 4 when 'proctor' then 4 when 'parent' then 5 when 'guardian' then 5 when 'relative' then 6
  else 7 end`);

/**
 * Works out who everyone is (their Tandem kind, from role and org), then checks every
 * reference in the staged bundle, against the bundle and, for delta files, against what the
 * tenant already holds. Problems name the file, row, column and value.
 */
export async function crossCheck(tx: Db, scope: Scope, problems: Problems): Promise<void> {
  const { tenantId, modes } = scope;
  const bulk = (file: string) => modes.get(file as never) === 'bulk';
  const staged = (file: string) => modes.has(file as never);

  // The orgs the bundle may name: its own, and (unless orgs.csv is a full list) those stored.
  await tx.execute(sql`
    create temp table known_orgs on commit drop as
      select sourced_id, type from stg_orgs where status = 'active'
      union all
      select sourced_id, 'school' from schools
        where tenant_id = ${tenantId} and sourced_id is not null and deactivated_at is null and ${!bulk('orgs.csv')}
          and sourced_id not in (select sourced_id from stg_orgs)
      union all
      select sourced_id, 'district' from tenants
        where id = ${tenantId} and sourced_id is not null and ${!bulk('orgs.csv')}
          and sourced_id not in (select sourced_id from stg_orgs)`);

  if (scope.version === '1.2') {
    await tx.execute(sql`
      update stg_users u set role = r.role, org_ids = r.orgs
      from (
        select user_id,
               (array_agg(role order by (role_type = 'primary') desc, ${ROLE_RANK}, row))[1] as role,
               jsonb_agg(distinct org_id) as orgs
        from stg_roles where status = 'active' group by user_id
      ) r
      where r.user_id = u.sourced_id`);
    await report(
      tx,
      problems,
      'error',
      'users.csv',
      null,
      (v) => `${v} has no role in roles.csv.`,
      sql`select row, sourced_id as value from stg_users where role is null and status = 'active'`,
    );
  }

  await tx.execute(sql`
    update stg_users set kind = case
      when role = 'student' then 'student'
      when role in ('parent', 'guardian', 'relative') then 'guardian'
      when role in ('districtAdministrator', 'systemAdministrator') then 'admin'
      when role = 'administrator' and exists (
        select 1 from jsonb_array_elements_text(org_ids) o join known_orgs k on k.sourced_id = o and k.type = 'district'
      ) then 'admin'
      else 'educator' end`);
  await tx.execute(sql`
    update stg_users set educator_role = case
      when kind = 'educator' then coalesce(educator_role, case
        when role = 'counselor' then 'counselor'
        when role in ('administrator', 'principal', 'siteAdministrator') then 'administrator'
        else 'teacher' end)
      when kind = 'admin' then 'administrator'
      else null end`);

  // The kinds were worked out after the staged rows were analyzed.
  await tx.execute(sql`analyze stg_users`);

  // Everyone the bundle may name: its users, and (unless users.csv is a full list) those stored.
  await tx.execute(sql`
    create temp table known_users on commit drop as
      select sourced_id, kind from stg_users
      union all
      select sourced_id, kind from people
        where tenant_id = ${tenantId} and sourced_id is not null and ${!bulk('users.csv')}
          and sourced_id not in (select sourced_id from stg_users)
      union all
      select sourced_id, 'student' from students
        where tenant_id = ${tenantId} and sourced_id is not null and ${!bulk('users.csv')}
          and sourced_id not in (select sourced_id from stg_users)`);
  await tx.execute(sql`create index on known_users (sourced_id)`);
  await tx.execute(sql`create index on known_orgs (sourced_id)`);
  // Every agentSourcedIds entry, one row each, so that links are checked by index rather than by
  // scanning every user's list for every user.
  await tx.execute(sql`
    create temp table agent_links on commit drop as
    select u.row, u.sourced_id as from_id, u.kind as from_kind, a as to_id, ${cell('u.agent_ids')} as cell
    from stg_users u cross join lateral jsonb_array_elements_text(u.agent_ids) a`);
  await tx.execute(sql`create index on agent_links (to_id)`);
  await tx.execute(sql`create index on agent_links (from_id)`);
  await tx.execute(sql`analyze agent_links`);
  await tx.execute(sql`analyze known_users, known_orgs`);

  for (const [table, file] of [
    ['stg_orgs', 'orgs.csv'],
    ['stg_sessions', 'academicSessions.csv'],
    ['stg_courses', 'courses.csv'],
    ['stg_classes', 'classes.csv'],
    ['stg_users', 'users.csv'],
    ['stg_roles', 'roles.csv'],
    ['stg_enrollments', 'enrollments.csv'],
  ] as const) {
    await report(
      tx,
      problems,
      'error',
      file,
      'sourcedId',
      (_v, extra) => `This sourcedId is also on row ${extra}.`,
      sql`select row, sourced_id as value, first as extra from (
            select row, sourced_id, min(row) over (partition by sourced_id) as first from ${sql.identifier(table)}
          ) d where row > first`,
    );
  }

  if (bulk('orgs.csv')) {
    const [districts] = await selectRows<{ n: number }>(
      tx,
      sql`select count(*)::int as n from stg_orgs where type = 'district' and status = 'active'`,
    );
    if (districts?.n !== 1) {
      problems.error(
        'orgs.csv',
        null,
        'type',
        null,
        `A bulk orgs.csv needs exactly one org of type district (the tenant); it has ${districts?.n ?? 0}.`,
      );
    }
  }
  const [tenant] = await selectRows<{ n: number }>(
    tx,
    sql`select count(*)::int as n from tenants where id = ${tenantId}`,
  );
  if (!tenant?.n && !staged('orgs.csv')) {
    problems.error(
      'orgs.csv',
      null,
      null,
      null,
      'The first import of a district needs orgs.csv, with its district and schools.',
    );
  }
  await report(
    tx,
    problems,
    'error',
    'orgs.csv',
    'metadata.tandem.timeZone',
    () => 'This new school needs a time zone: give it here, or on the district’s row.',
    sql`select row, sourced_id as value from stg_orgs s
        where type = 'school' and status = 'active' and time_zone is null
          and not exists (select 1 from schools where tenant_id = ${tenantId} and sourced_id = s.sourced_id)
          and not exists (select 1 from stg_orgs d where d.type = 'district' and d.time_zone is not null)
          and not exists (select 1 from tenants where id = ${tenantId})`,
  );

  // users.csv
  const orgColumn = scope.version === '1.1' ? 'orgSourcedIds' : 'primaryOrgSourcedId';
  await report(
    tx,
    problems,
    'error',
    'users.csv',
    orgColumn,
    (v, id) => `No org has sourcedId ${id || v}.`,
    scope.version === '1.1'
      ? sql`select u.row, ${cell('u.org_ids')} as value, o as extra from stg_users u, jsonb_array_elements_text(u.org_ids) o
            where not exists (select 1 from known_orgs k where k.sourced_id = o)`
      : sql`select row, primary_org as value from stg_users u
            where primary_org is not null and not exists (select 1 from known_orgs k where k.sourced_id = u.primary_org)`,
  );
  await report(
    tx,
    problems,
    'error',
    'users.csv',
    orgColumn,
    () => 'A student needs a school among their orgs.',
    sql`select row, ${scope.version === '1.1' ? cell('u.org_ids') : sql`u.primary_org`} as value from stg_users u
        where kind = 'student' and status = 'active' and not exists (
          select 1 from jsonb_array_elements_text(u.org_ids || coalesce(to_jsonb(u.primary_org), '[]'::jsonb)) o
          join known_orgs k on k.sourced_id = o and k.type = 'school')`,
  );
  await report(
    tx,
    problems,
    'error',
    'users.csv',
    'agentSourcedIds',
    (_v, id) => `No user has sourcedId ${id}.`,
    sql`select l.row, l.cell as value, l.to_id as extra from agent_links l
        where not exists (select 1 from known_users k where k.sourced_id = l.to_id)`,
  );
  await report(
    tx,
    problems,
    'warning',
    'users.csv',
    'agentSourcedIds',
    (_v, id) => `${id} is not a guardian of this student (or not a student of this guardian); the link is ignored.`,
    sql`select l.row, l.cell as value, l.to_id as extra from agent_links l
        join known_users k on k.sourced_id = l.to_id
        where not ((l.from_kind = 'student' and k.kind = 'guardian') or (l.from_kind = 'guardian' and k.kind = 'student'))
          and l.from_kind in ('student', 'guardian')`,
  );
  await report(
    tx,
    problems,
    'warning',
    'users.csv',
    'agentSourcedIds',
    () => 'This guardian is linked to no student: they can sign in but see nothing.',
    sql`select g.row, ${cell('g.agent_ids')} as value from stg_users g
        where g.kind = 'guardian' and g.status = 'active' and ${bulk('users.csv')}
          and not exists (
            select 1 from agent_links l join known_users k on k.sourced_id = l.to_id and k.kind = 'student'
            where l.from_id = g.sourced_id)
          and not exists (select 1 from agent_links l where l.to_id = g.sourced_id and l.from_kind = 'student')`,
  );
  await report(
    tx,
    problems,
    'error',
    'users.csv',
    'role',
    (_v, id) =>
      `${id} was a student and is now another role (or the other way): Tandem keeps students and adults apart; give the new person a new sourcedId.`,
    sql`select u.row, u.role as value, u.sourced_id as extra from stg_users u
        where (u.kind = 'student' and exists (select 1 from people p where p.tenant_id = ${tenantId} and p.sourced_id = u.sourced_id))
           or (u.kind <> 'student' and exists (select 1 from students s where s.tenant_id = ${tenantId} and s.sourced_id = u.sourced_id))`,
  );

  // roles.csv (1.2)
  await report(
    tx,
    problems,
    'error',
    'roles.csv',
    'orgSourcedId',
    (v) => `No org has sourcedId ${v}.`,
    sql`select row, org_id as value from stg_roles r where not exists (select 1 from known_orgs k where k.sourced_id = r.org_id)`,
  );
  await report(
    tx,
    problems,
    'error',
    'roles.csv',
    'userSourcedId',
    (v) => `No user has sourcedId ${v}.`,
    sql`select row, user_id as value from stg_roles r where not exists (select 1 from known_users k where k.sourced_id = r.user_id)`,
  );

  // classes.csv, courses.csv, academicSessions.csv
  await report(
    tx,
    problems,
    'error',
    'classes.csv',
    'schoolSourcedId',
    (v) => `No school has sourcedId ${v}.`,
    sql`select row, school_id as value from stg_classes c
        where not exists (select 1 from known_orgs k where k.sourced_id = c.school_id and k.type = 'school')`,
  );
  if (staged('courses.csv')) {
    await report(
      tx,
      problems,
      'error',
      'classes.csv',
      'courseSourcedId',
      (v) => `No course has sourcedId ${v}.`,
      sql`select row, course_id as value from stg_classes c
          where not exists (select 1 from stg_courses k where k.sourced_id = c.course_id)`,
    );
  }
  if (staged('academicSessions.csv')) {
    await report(
      tx,
      problems,
      'warning',
      'classes.csv',
      'termSourcedIds',
      (_v, id) => `No academic session has sourcedId ${id}.`,
      sql`select c.row, ${cell('c.term_ids')} as value, t as extra from stg_classes c, jsonb_array_elements_text(c.term_ids) t
          where not exists (select 1 from stg_sessions s where s.sourced_id = t)`,
    );
    await report(
      tx,
      problems,
      'warning',
      'academicSessions.csv',
      'parentSourcedId',
      (v) => `No academic session has sourcedId ${v}.`,
      sql`select row, parent_id as value from stg_sessions s
          where parent_id is not null and not exists (select 1 from stg_sessions p where p.sourced_id = s.parent_id)`,
    );
    await report(
      tx,
      problems,
      'warning',
      'courses.csv',
      'schoolYearSourcedId',
      (v) => `No academic session has sourcedId ${v}.`,
      sql`select row, school_year_id as value from stg_courses c
          where school_year_id is not null and not exists (select 1 from stg_sessions s where s.sourced_id = c.school_year_id)`,
    );
  }
  await report(
    tx,
    problems,
    'error',
    'courses.csv',
    'orgSourcedId',
    (v) => `No org has sourcedId ${v}.`,
    sql`select row, org_id as value from stg_courses c where not exists (select 1 from known_orgs k where k.sourced_id = c.org_id)`,
  );

  // enrollments.csv
  await report(
    tx,
    problems,
    'error',
    'enrollments.csv',
    'classSourcedId',
    (v) => `No class has sourcedId ${v}.`,
    sql`select row, class_id as value from stg_enrollments e
        where status = 'active'
          and not exists (select 1 from stg_classes c where c.sourced_id = e.class_id and c.status = 'active')
          and (${bulk('classes.csv')} or not exists (
            select 1 from roster_classes c where c.tenant_id = ${tenantId} and c.sourced_id = e.class_id
              and c.sourced_id not in (select sourced_id from stg_classes)))`,
  );
  await report(
    tx,
    problems,
    'error',
    'enrollments.csv',
    'userSourcedId',
    (v) => `No user has sourcedId ${v}.`,
    sql`select row, user_id as value from stg_enrollments e
        where status = 'active' and not exists (select 1 from known_users k where k.sourced_id = e.user_id)`,
  );
  await report(
    tx,
    problems,
    'warning',
    'enrollments.csv',
    'role',
    (v) => `${v} does not match the user's role; this enrollment gives no access.`,
    sql`select e.row, e.role as value from stg_enrollments e join known_users k on k.sourced_id = e.user_id
        where e.status = 'active' and ((e.role = 'student') <> (k.kind = 'student') or k.kind = 'guardian')`,
  );

  await report(
    tx,
    problems,
    'warning',
    'demographics.csv',
    'sourcedId',
    (v) => `No user has sourcedId ${v}.`,
    sql`select row, ref as value from stg_refs r where file = 'demographics.csv'
        and not exists (select 1 from known_users k where k.sourced_id = r.ref)`,
  );
  await report(
    tx,
    problems,
    'warning',
    'userProfiles.csv',
    'userSourcedId',
    (v) => `No user has sourcedId ${v}.`,
    sql`select row, ref as value from stg_refs r where file = 'userProfiles.csv'
        and not exists (select 1 from known_users k where k.sourced_id = r.ref)`,
  );
}

/** A list column's cell as the file wrote it (near enough: its ids, comma-separated). */
const cell = (column: string) =>
  sql.raw(`(select coalesce(string_agg(x, ','), '') from jsonb_array_elements_text(${column}) x)`);

/** Runs one check; every row it returns is a problem at (file, row, column) with that value. */
async function report(
  tx: Db,
  problems: Problems,
  severity: 'error' | 'warning',
  file: string,
  column: string | null,
  message: (value: string, extra: string) => string,
  query: SQL,
): Promise<void> {
  const found = await selectRows<{ row: number; value: string | null; extra?: number | string }>(
    tx,
    sql`select * from (${query}) q order by row limit 5000`,
  );
  for (const { row, value, extra } of found) {
    problems[severity](file, row, column, value, message(value ?? '', String(extra ?? '')));
  }
}

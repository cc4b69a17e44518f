import { sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import type { Bundle } from './bundle.js';
import { readCsv } from './csv.js';
import type { Problems } from './problems.js';
import {
  canonicalLanguage,
  CHANNELS,
  checkHeader,
  EDUCATOR_ROLES,
  ENROLLMENT_ROLES,
  isTimeZone,
  META,
  ORG_TYPES,
  Row,
  SESSION_TYPES,
  USER_ROLES,
  type FileMode,
  type RosterFile,
  type Version,
} from './spec.js';

/**
 * Staging tables: the bundle's rows, checked one by one, land here (inside the import's
 * transaction, dropped at its end) so that references, duplicates and the changes to apply are
 * worked out by the database, in bounded memory, whatever the district's size.
 */
export const STAGING_DDL = [
  sql.raw(
    `create temp table stg_orgs (row int, sourced_id text, status text, name text, type text, parent_id text, time_zone text) on commit drop`,
  ),
  sql.raw(`create temp table stg_sessions (row int, sourced_id text, status text, parent_id text) on commit drop`),
  sql.raw(
    `create temp table stg_courses (row int, sourced_id text, status text, org_id text, school_year_id text) on commit drop`,
  ),
  sql.raw(
    `create temp table stg_classes (row int, sourced_id text, status text, title text, course_id text, school_id text, term_ids jsonb) on commit drop`,
  ),
  sql.raw(`create temp table stg_users (row int, sourced_id text, status text, role text, org_ids jsonb, primary_org text,
    given_name text, family_name text, preferred_name text, grade text, enabled boolean, agent_ids jsonb,
    email text, phone text, language text, channel text, time_zone text, relationship text, custody_note text,
    quiet_start text, quiet_end text, educator_role text, kind text) on commit drop`),
  sql.raw(
    `create temp table stg_roles (row int, sourced_id text, status text, user_id text, role_type text, role text, org_id text) on commit drop`,
  ),
  sql.raw(
    `create temp table stg_enrollments (row int, sourced_id text, status text, class_id text, school_id text, user_id text, role text, current boolean) on commit drop`,
  ),
  sql.raw(`create temp table stg_refs (file text, row int, col text, ref text) on commit drop`),
];

/**
 * Indexes on the staged rows, made once they are all in, and fresh statistics: temporary
 * tables are never analyzed by autovacuum, and without both the planner joins 130,000 users
 * to 130,000 users row by row.
 */
export const STAGING_INDEXES = [
  sql.raw(`create index on stg_orgs (sourced_id)`),
  sql.raw(`create index on stg_sessions (sourced_id)`),
  sql.raw(`create index on stg_courses (sourced_id)`),
  sql.raw(`create index on stg_classes (sourced_id)`),
  sql.raw(`create index on stg_users (sourced_id)`),
  sql.raw(`create index on stg_roles (user_id)`),
  sql.raw(`create index on stg_enrollments (sourced_id)`),
  sql.raw(`create index on stg_enrollments (class_id)`),
  sql.raw(`analyze stg_orgs, stg_sessions, stg_courses, stg_classes, stg_users, stg_roles, stg_enrollments, stg_refs`),
];

type Staged = Record<string, string | number | boolean | string[] | null>;

const BATCH = 1000;

/** What the rows of one file become, or null when the row is refused (its problems are recorded). */
type Mapper = (row: Row, mode: FileMode, version: Version, today: string) => Staged | Staged[] | null;

const mappers: Record<RosterFile, { table: string; map: Mapper }> = {
  'orgs.csv': {
    table: 'stg_orgs',
    map: (row, mode) => {
      const zone = row.text(META.timeZone);
      if (zone && !isTimeZone(zone)) row.error(META.timeZone, 'This is not an IANA time zone such as America/Chicago.');
      return {
        row: row.row,
        sourced_id: row.id('sourcedId'),
        status: row.status(mode),
        name: row.required('name'),
        type: row.oneOf('type', ORG_TYPES),
        parent_id: row.id('parentSourcedId', false),
        time_zone: zone && isTimeZone(zone) ? zone : null,
      };
    },
  },
  'academicSessions.csv': {
    table: 'stg_sessions',
    map: (row, mode) => {
      row.required('title');
      row.oneOf('type', SESSION_TYPES);
      const start = row.date('startDate', true);
      const end = row.date('endDate', true);
      if (start && end && end < start) row.error('endDate', 'endDate is before startDate.');
      const year = row.required('schoolYear');
      if (year && !/^\d{4}$/.test(year)) row.error('schoolYear', 'schoolYear must be a four-digit year such as 2031.');
      return {
        row: row.row,
        sourced_id: row.id('sourcedId'),
        status: row.status(mode),
        parent_id: row.id('parentSourcedId', false),
      };
    },
  },
  'courses.csv': {
    table: 'stg_courses',
    map: (row, mode) => {
      row.required('title');
      return {
        row: row.row,
        sourced_id: row.id('sourcedId'),
        status: row.status(mode),
        org_id: row.id('orgSourcedId'),
        school_year_id: row.id('schoolYearSourcedId', false),
      };
    },
  },
  'classes.csv': {
    table: 'stg_classes',
    map: (row, mode) => {
      row.oneOf('classType', ['homeroom', 'scheduled']);
      const terms = row.ids('termSourcedIds');
      if (!terms.length) row.error('termSourcedIds', 'termSourcedIds is required.');
      return {
        row: row.row,
        sourced_id: row.id('sourcedId'),
        status: row.status(mode),
        title: row.required('title'),
        course_id: row.id('courseSourcedId'),
        school_id: row.id('schoolSourcedId'),
        term_ids: terms,
      };
    },
  },
  'users.csv': {
    table: 'stg_users',
    map: (row, mode, version) => {
      const orgIds = version === '1.1' ? row.ids('orgSourcedIds') : [];
      if (version === '1.1' && !orgIds.length) row.error('orgSourcedIds', 'orgSourcedIds is required.');
      const agents = [...row.ids('agentSourcedIds'), ...row.ids('agents')];
      const language = row.text(META.language);
      const canonical = language ? canonicalLanguage(language) : null;
      if (language && !canonical) {
        row.error(META.language, 'This is not a BCP 47 language tag such as es, ar, vi or zh-Hant.');
      }
      const zone = row.text(META.timeZone);
      if (zone && !isTimeZone(zone)) row.error(META.timeZone, 'This is not an IANA time zone such as America/Chicago.');
      const quiet = row.text(META.quietHours);
      const hours = /^([01]\d|2[0-3]):([0-5]\d)-([01]\d|2[0-3]):([0-5]\d)$/.exec(quiet);
      if (quiet && !hours) row.error(META.quietHours, 'Write quiet hours as HH:MM-HH:MM, for example 17:00-07:30.');
      const sms = row.optional('sms');
      return {
        row: row.row,
        sourced_id: row.id('sourcedId'),
        status: row.status(mode),
        role: version === '1.1' ? row.oneOf('role', USER_ROLES) : null,
        org_ids: orgIds,
        primary_org: version === '1.2' ? row.id('primaryOrgSourcedId', false) : null,
        given_name: row.required('givenName'),
        family_name: row.required('familyName'),
        preferred_name: row.optional('preferredGivenName') ?? row.optional(META.preferredName),
        grade: row.ids('grades')[0] ?? null,
        enabled: row.boolean('enabledUser', true),
        agent_ids: agents,
        email: row.optional('email'),
        phone: sms ?? row.optional('phone'),
        language: canonical,
        channel: row.oneOf(META.channel, CHANNELS, false),
        time_zone: zone && isTimeZone(zone) ? zone : null,
        relationship: row.optional(META.relationship),
        custody_note: row.optional(META.custodyNote),
        quiet_start: hours ? `${hours[1]}:${hours[2]}` : null,
        quiet_end: hours ? `${hours[3]}:${hours[4]}` : null,
        educator_role: row.oneOf(META.educatorRole, EDUCATOR_ROLES, false),
        kind: null,
      };
    },
  },
  'roles.csv': {
    table: 'stg_roles',
    map: (row, mode) => {
      row.date('beginDate');
      row.date('endDate');
      return {
        row: row.row,
        sourced_id: row.id('sourcedId'),
        status: row.status(mode),
        user_id: row.id('userSourcedId'),
        role_type: row.oneOf('roleType', ['primary', 'secondary']),
        role: row.oneOf('role', USER_ROLES),
        org_id: row.id('orgSourcedId'),
      };
    },
  },
  'enrollments.csv': {
    table: 'stg_enrollments',
    map: (row, mode, _version, today) => {
      row.boolean('primary', false);
      const begin = row.date('beginDate');
      const end = row.date('endDate');
      if (begin && end && end < begin) row.error('endDate', 'endDate is before beginDate.');
      return {
        row: row.row,
        sourced_id: row.id('sourcedId'),
        status: row.status(mode),
        class_id: row.id('classSourcedId'),
        school_id: row.id('schoolSourcedId'),
        user_id: row.id('userSourcedId'),
        role: row.oneOf('role', ENROLLMENT_ROLES),
        // An enrollment that has ended, or not begun, gives no access today.
        current: (!begin || begin <= today) && (!end || end >= today),
      };
    },
  },
  'demographics.csv': {
    // Read for its references only: Tandem keeps no demographic data (it needs none).
    table: 'stg_refs',
    map: (row) => ({ file: 'demographics.csv', row: row.row, col: 'sourcedId', ref: row.id('sourcedId') }),
  },
  'userProfiles.csv': {
    table: 'stg_refs',
    map: (row) => ({ file: 'userProfiles.csv', row: row.row, col: 'userSourcedId', ref: row.id('userSourcedId') }),
  },
};

/** Reads one file into its staging table; returns the number of rows read. */
export async function stageFile(
  tx: Db,
  bundle: Bundle,
  file: RosterFile,
  mode: FileMode,
  version: Version,
  today: string,
  problems: Problems,
  onProgress?: (file: string, rows: number) => void,
): Promise<number> {
  const { table, map } = mappers[file];
  let batch: Staged[] = [];
  let rows = 0;
  const flush = async () => {
    if (!batch.length) return;
    const json = JSON.stringify(batch);
    batch = [];
    await tx.execute(
      sql`insert into ${sql.identifier(table)} select * from json_populate_recordset(null::${sql.identifier(table)}, ${json}::json)`,
    );
  };
  let headerOk = false;
  try {
    for await (const event of readCsv(await bundle.open(file))) {
      if (event.kind === 'header') {
        headerOk = checkHeader(file, version, mode, event.columns, problems);
        if (!headerOk) return 0;
        continue;
      }
      if (event.kind === 'width') {
        problems.error(
          file,
          event.row,
          null,
          null,
          `This row has ${event.found} fields; the header has ${event.expected}.`,
        );
        continue;
      }
      rows++;
      // A row with errors is staged too (its bad cells empty), so that the checks of
      // references and duplicates still see it and the report names everything at once.
      const staged = map(new Row(file, event.record, problems), mode, version, today);
      if (staged) batch.push(...(Array.isArray(staged) ? staged : [staged]));
      if (batch.length >= BATCH) await flush();
      if (onProgress && rows % 10_000 === 0) onProgress(file, rows);
    }
  } catch (error) {
    // csv-parse names the line of a broken quote; nothing after it can be read reliably.
    problems.error(file, null, null, null, `This file is not valid CSV: ${(error as Error).message}`);
    return rows;
  }
  if (!headerOk && rows === 0) problems.error(file, null, null, null, 'This file is empty: it needs a header row.');
  await flush();
  onProgress?.(file, rows);
  return rows;
}

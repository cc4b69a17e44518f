import { listCell, type CsvRecord } from './csv.js';
import type { Problems } from './problems.js';

/** The OneRoster CSV files Tandem reads (others in a bundle are ignored: grades, resources). */
export const ROSTER_FILES = [
  'orgs.csv',
  'academicSessions.csv',
  'courses.csv',
  'classes.csv',
  'users.csv',
  'roles.csv',
  'enrollments.csv',
  'demographics.csv',
  'userProfiles.csv',
] as const;
export type RosterFile = (typeof ROSTER_FILES)[number];
export type Version = '1.1' | '1.2';
export type FileMode = 'bulk' | 'delta';

/** Columns a file must have, by version (the specification's required fields). */
const REQUIRED: Record<RosterFile, Record<Version, string[]>> = {
  'orgs.csv': { '1.1': ['sourcedId', 'name', 'type'], '1.2': ['sourcedId', 'name', 'type'] },
  'academicSessions.csv': {
    '1.1': ['sourcedId', 'title', 'type', 'startDate', 'endDate', 'schoolYear'],
    '1.2': ['sourcedId', 'title', 'type', 'startDate', 'endDate', 'schoolYear'],
  },
  'courses.csv': { '1.1': ['sourcedId', 'title', 'orgSourcedId'], '1.2': ['sourcedId', 'title', 'orgSourcedId'] },
  'classes.csv': {
    '1.1': ['sourcedId', 'title', 'courseSourcedId', 'classType', 'schoolSourcedId', 'termSourcedIds'],
    '1.2': ['sourcedId', 'title', 'courseSourcedId', 'classType', 'schoolSourcedId', 'termSourcedIds'],
  },
  'users.csv': {
    '1.1': ['sourcedId', 'enabledUser', 'orgSourcedIds', 'role', 'username', 'givenName', 'familyName'],
    '1.2': ['sourcedId', 'enabledUser', 'username', 'givenName', 'familyName'],
  },
  'roles.csv': {
    '1.1': [],
    '1.2': ['sourcedId', 'userSourcedId', 'roleType', 'role', 'orgSourcedId'],
  },
  'enrollments.csv': {
    '1.1': ['sourcedId', 'classSourcedId', 'schoolSourcedId', 'userSourcedId', 'role'],
    '1.2': ['sourcedId', 'classSourcedId', 'schoolSourcedId', 'userSourcedId', 'role'],
  },
  'demographics.csv': { '1.1': ['sourcedId'], '1.2': ['sourcedId'] },
  'userProfiles.csv': {
    '1.1': [],
    '1.2': ['sourcedId', 'userSourcedId', 'profileType', 'vendorId', 'credentialType', 'username'],
  },
};

/** Whether the file's header has what the rows need; problems name the missing columns. */
export function checkHeader(
  file: RosterFile,
  version: Version,
  mode: FileMode,
  columns: string[],
  problems: Problems,
): boolean {
  const have = new Set(columns);
  const needed = [...REQUIRED[file][version], ...(mode === 'delta' ? ['status', 'dateLastModified'] : [])];
  const missing = needed.filter((name) => !have.has(name));
  for (const name of missing) problems.error(file, 1, name, null, `The header has no ${name} column.`);
  const seen = new Set<string>();
  for (const name of columns) {
    if (seen.has(name)) problems.error(file, 1, name, name, `The header names ${name} twice.`);
    seen.add(name);
  }
  return missing.length === 0 && seen.size === columns.length;
}

/** Reads one record's cells, recording each problem with its file, row and column. */
export class Row {
  constructor(
    readonly file: RosterFile,
    readonly record: CsvRecord,
    readonly problems: Problems,
  ) {}

  get row(): number {
    return this.record.row;
  }

  text(column: string): string {
    return (this.record.cells.get(column) ?? '').trim();
  }

  error(column: string | null, message: string): void {
    this.problems.error(this.file, this.row, column, column ? this.text(column) : null, message);
  }

  warning(column: string | null, message: string): void {
    this.problems.warning(this.file, this.row, column, column ? this.text(column) : null, message);
  }

  required(column: string): string {
    const value = this.text(column);
    if (!value) this.error(column, `${column} is required.`);
    return value;
  }

  optional(column: string): string | null {
    return this.text(column) || null;
  }

  /** A sourcedId, own or referenced: any text up to 255 characters without control characters. */
  id(column: string, required = true): string | null {
    const value = required ? this.required(column) : this.text(column);
    if (!value) return null;
    if (value.length > 255 || /\p{Cc}/u.test(value)) {
      this.error(column, `${column} must be at most 255 characters, without control characters.`);
      return null;
    }
    return value;
  }

  ids(column: string): string[] {
    const values = listCell(this.text(column));
    for (const value of values) {
      if (value.length > 255 || /\p{Cc}/u.test(value)) {
        this.error(column, `${column} holds an id longer than 255 characters or with control characters.`);
        return [];
      }
    }
    return values;
  }

  oneOf<T extends string>(column: string, allowed: readonly T[], required = true): T | null {
    const value = required ? this.required(column) : this.text(column);
    if (!value) return null;
    if (!(allowed as readonly string[]).includes(value)) {
      this.error(column, `${column} must be one of ${allowed.join(', ')}.`);
      return null;
    }
    return value as T;
  }

  boolean(column: string, fallback: boolean): boolean {
    const value = this.text(column).toLowerCase();
    if (!value) return fallback;
    if (value === 'true') return true;
    if (value === 'false') return false;
    this.error(column, `${column} must be true or false.`);
    return fallback;
  }

  date(column: string, required = false): string | null {
    const value = required ? this.required(column) : this.text(column);
    if (!value) return null;
    if (!isCalendarDate(value)) {
      this.error(column, `${column} must be a real date written YYYY-MM-DD.`);
      return null;
    }
    return value;
  }

  /** status and dateLastModified: blank in bulk files, required in delta ones. */
  status(mode: FileMode): 'active' | 'tobedeleted' {
    const status = this.text('status');
    const modified = this.text('dateLastModified');
    if (modified && Number.isNaN(Date.parse(modified))) {
      this.error('dateLastModified', 'dateLastModified must be an ISO 8601 date and time.');
    }
    if (mode === 'delta') {
      if (!modified) this.error('dateLastModified', 'A delta file needs dateLastModified on every row.');
      return this.oneOf('status', ['active', 'tobedeleted']) ?? 'active';
    }
    if (status === 'tobedeleted') {
      this.warning('status', 'A bulk file lists only current records; this row is deactivated.');
      return 'tobedeleted';
    }
    if (status && status !== 'active') this.error('status', 'status must be active or tobedeleted.');
    return 'active';
  }
}

export function isCalendarDate(value: string): boolean {
  const match = /^(\d{4})-(\d{2})-(\d{2})$/.exec(value);
  if (!match) return false;
  const [year, month, day] = [Number(match[1]), Number(match[2]), Number(match[3])];
  const date = new Date(Date.UTC(year, month - 1, day));
  return date.getUTCFullYear() === year && date.getUTCMonth() === month - 1 && date.getUTCDate() === day;
}

/** A well-formed BCP 47 tag, in its canonical case (`zh-hant` → `zh-Hant`); null if it is not one. */
export function canonicalLanguage(tag: string): string | null {
  if (!/^[A-Za-z]{2,3}(-[A-Za-z0-9]{1,8})*$/.test(tag) || tag.length > 35) return null;
  try {
    return Intl.getCanonicalLocales(tag)[0] ?? null;
  } catch {
    return null;
  }
}

export function isTimeZone(zone: string): boolean {
  if (!zone || zone.length > 64) return false;
  try {
    new Intl.DateTimeFormat('en', { timeZone: zone });
    return true;
  } catch {
    return false;
  }
}

export const ORG_TYPES = ['department', 'school', 'district', 'local', 'state', 'national'] as const;
export const SESSION_TYPES = ['gradingPeriod', 'semester', 'schoolYear', 'term'] as const;
/** 1.1 roles, and the ones 1.2 added. */
export const USER_ROLES = [
  'administrator',
  'aide',
  'guardian',
  'parent',
  'proctor',
  'relative',
  'student',
  'teacher',
  'counselor',
  'districtAdministrator',
  'principal',
  'siteAdministrator',
  'systemAdministrator',
] as const;
export const ENROLLMENT_ROLES = ['administrator', 'proctor', 'student', 'teacher', 'aide'] as const;
export const CHANNELS = ['app', 'email', 'sms', 'phone', 'push'] as const;
export const EDUCATOR_ROLES = [
  'teacher',
  'counselor',
  'school_psychologist',
  'special_educator',
  'administrator',
] as const;

/** Tandem's extension columns: OneRoster has no standard place for these. */
export const META = {
  language: 'metadata.tandem.preferredLanguage',
  channel: 'metadata.tandem.contactChannel',
  timeZone: 'metadata.tandem.timeZone',
  relationship: 'metadata.tandem.relationship',
  custodyNote: 'metadata.tandem.custodyNote',
  quietHours: 'metadata.tandem.quietHours',
  educatorRole: 'metadata.tandem.educatorRole',
  /** 1.1 has no preferred name; 1.2's preferredGivenName is read first. */
  preferredName: 'metadata.tandem.preferredName',
} as const;

import { randomBytes } from 'node:crypto';
import { rosterKinds, type RosterCounts, type RosterImport, type RosterKind } from '@tandem/contract';
import { eq, sql } from 'drizzle-orm';
import type { Db } from '../db/database.js';
import { rosterImports } from '../db/schema.js';
import { newId } from '../ids.js';
import { describeError } from '../log.js';
import type { Bundle } from './bundle.js';
import { readCsv } from './csv.js';
import { Problems } from './problems.js';
import { ROSTER_FILES, type FileMode, type RosterFile, type Version } from './spec.js';
import { STAGING_DDL, STAGING_INDEXES, stageFile } from './stage.js';
import { applyRoster, type Scope } from './apply.js';
import { crossCheck } from './checks.js';

export interface ImportOptions {
  tenantId: string;
  via: 'cli' | 'api';
  dryRun?: boolean;
  /** The district admin who asked (API), null from the command line. */
  requestedBy?: string | null;
  now?: Date;
  /**
   * How new records get Tandem ids: unguessable ones (the default), or `<prefix>_<sourcedId>`
   * for bundles whose sourcedIds are plain words (the demo district, so its ids read well).
   */
  ids?: 'random' | 'readable';
  /** An import row created beforehand (the API answers with its id before the import runs). */
  importId?: string;
  onProgress?: (file: string, rows: number) => void;
}

class Refused extends Error {}
class DryRun extends Error {
  constructor(readonly counts: Partial<Record<RosterKind, RosterCounts>>) {
    super('dry run');
  }
}

/** Creates the history row of an import that is about to run. */
export async function beginImport(
  db: Db,
  options: Pick<ImportOptions, 'tenantId' | 'via' | 'dryRun' | 'requestedBy' | 'now'>,
): Promise<string> {
  const id = newId('rim');
  await db.insert(rosterImports).values({
    id,
    tenantId: options.tenantId,
    via: options.via,
    dryRun: options.dryRun ?? false,
    requestedBy: options.requestedBy ?? null,
    status: 'running',
    startedAt: options.now ?? new Date(),
  });
  return id;
}

/**
 * Imports a OneRoster 1.1 or 1.2 CSV bundle into a tenant (created on its first import), in one
 * transaction: every row is checked first, and a bundle with an error applies nothing. A dry
 * run does all the work and rolls it back. The report is kept in the import history.
 */
export async function importRoster(db: Db, bundle: Bundle, options: ImportOptions): Promise<RosterImport> {
  const now = options.now ?? new Date();
  const importId = options.importId ?? (await beginImport(db, options));
  const problems = new Problems();
  let counts: Partial<Record<RosterKind, RosterCounts>> = {};
  let status: RosterImport['status'];
  const manifest = await readManifest(bundle, problems);
  try {
    if (!manifest) throw new Refused();
    const scope: Scope = {
      tenantId: options.tenantId,
      importId,
      actorId: options.requestedBy ?? importId,
      now,
      today: now.toISOString().slice(0, 10),
      modes: manifest.modes,
      version: manifest.version,
      idSalt: options.ids === 'readable' ? null : randomBytes(12).toString('base64url'),
    };
    await db.transaction(async (tx) => {
      // One import per tenant at a time, on every instance; a tenant that does not exist yet too.
      await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`tandem:roster:${options.tenantId}`}))`);
      for (const statement of STAGING_DDL) await tx.execute(statement);
      for (const file of ROSTER_FILES) {
        const mode = manifest.modes.get(file);
        if (mode) await stageFile(tx, bundle, file, mode, manifest.version, scope.today, problems, options.onProgress);
      }
      for (const statement of STAGING_INDEXES) await tx.execute(statement);
      await crossCheck(tx, scope, problems);
      if (problems.errors > 0) throw new Refused();
      counts = await applyRoster(tx, scope);
      if (options.dryRun) throw new DryRun(counts);
    });
    status = 'applied';
  } catch (error) {
    if (error instanceof Refused) status = 'refused';
    else if (error instanceof DryRun) {
      status = 'checked';
      counts = error.counts;
    } else {
      console.error(`roster import ${importId} failed: ${describeError(error)}`);
      await finish(db, importId, 'failed', manifest, counts, problems);
      throw error;
    }
  } finally {
    await bundle.close();
  }
  return finish(db, importId, status, manifest, counts, problems);
}

async function finish(
  db: Db,
  importId: string,
  status: RosterImport['status'],
  manifest: Manifest | null,
  counts: Partial<Record<RosterKind, RosterCounts>>,
  problems: Problems,
): Promise<RosterImport> {
  const report = {
    version: manifest?.version ?? null,
    files: Object.fromEntries(manifest?.modes ?? []),
    counts: Object.fromEntries(rosterKinds.filter((kind) => counts[kind]).map((kind) => [kind, counts[kind]])),
    errors: problems.errors,
    warnings: problems.warnings,
    // Errors first, then by file and row, as a district works through them.
    problems: problems.list.toSorted(
      (a, b) =>
        Number(a.severity === 'warning') - Number(b.severity === 'warning') ||
        a.file.localeCompare(b.file) ||
        (a.row ?? 0) - (b.row ?? 0),
    ),
    truncated: problems.truncated,
  };
  await db
    .update(rosterImports)
    .set({ status, version: report.version, finishedAt: new Date(), report })
    .where(eq(rosterImports.id, importId));
  const [row] = await db.select().from(rosterImports).where(eq(rosterImports.id, importId));
  if (!row) throw new Error(`roster import ${importId} vanished`);
  return toRosterImport(row);
}

type ImportRow = typeof rosterImports.$inferSelect;
interface StoredReport {
  version: Version | null;
  files: Record<string, FileMode>;
  counts: Partial<Record<RosterKind, RosterCounts>>;
  errors: number;
  warnings: number;
  problems: RosterImport['problems'];
  truncated: boolean;
}

export function toRosterImport(row: ImportRow): RosterImport {
  const report = (row.report ?? {}) as Partial<StoredReport>;
  return {
    id: row.id,
    tenantId: row.tenantId,
    status: row.status,
    dryRun: row.dryRun,
    via: row.via,
    requestedBy: row.requestedBy,
    version: report.version ?? null,
    files: report.files ?? {},
    startedAt: row.startedAt.toISOString(),
    finishedAt: row.finishedAt?.toISOString() ?? null,
    // jsonb keeps keys in its own order: back in the contract's.
    counts: Object.fromEntries(
      rosterKinds.flatMap((kind) => (report.counts?.[kind] ? [[kind, report.counts[kind]]] : [])),
    ),
    errors: report.errors ?? 0,
    warnings: report.warnings ?? 0,
    problems: report.problems ?? [],
    truncated: report.truncated ?? false,
  };
}

interface Manifest {
  version: Version;
  modes: Map<RosterFile, FileMode>;
}

/** manifest.csv: the version, and for each file whether it is bulk, delta or absent. */
async function readManifest(bundle: Bundle, problems: Problems): Promise<Manifest | null> {
  const file = 'manifest.csv';
  if (!bundle.files.has(file)) {
    problems.error(
      file,
      null,
      null,
      null,
      'The bundle has no manifest.csv; a OneRoster CSV export always includes one.',
    );
    return null;
  }
  const properties = new Map<string, { value: string; row: number }>();
  try {
    for await (const event of readCsv(await bundle.open(file))) {
      if (event.kind === 'header') {
        if (event.columns[0] !== 'propertyName' || event.columns[1] !== 'value') {
          problems.error(file, 1, null, event.columns.join(','), 'The header must be propertyName,value.');
          return null;
        }
      } else if (event.kind === 'record') {
        const name = event.record.cells.get('propertyName')?.trim() ?? '';
        properties.set(name, { value: event.record.cells.get('value')?.trim() ?? '', row: event.record.row });
      } else {
        problems.error(file, event.row, null, null, 'Each row needs a propertyName and a value.');
      }
    }
  } catch (error) {
    problems.error(file, null, null, null, `This file is not valid CSV: ${(error as Error).message}`);
    return null;
  }
  const versionProperty = properties.get('oneroster.version');
  const version = versionProperty?.value;
  if (version !== '1.1' && version !== '1.2') {
    problems.error(
      file,
      versionProperty?.row ?? null,
      'value',
      version ?? null,
      'oneroster.version must be 1.1 or 1.2.',
    );
    return null;
  }
  const modes = new Map<RosterFile, FileMode>();
  for (const name of ROSTER_FILES) {
    const entry = properties.get(`file.${name.replace(/\.csv$/, '')}`);
    const mode = entry?.value || 'absent';
    if (mode === 'absent') {
      if (bundle.files.has(name))
        problems.warning(
          file,
          entry?.row ?? null,
          'value',
          mode,
          `${name} is in the bundle but the manifest says it is absent; it was not read.`,
        );
      continue;
    }
    if (mode !== 'bulk' && mode !== 'delta') {
      problems.error(
        file,
        entry?.row ?? null,
        'value',
        mode,
        `file.${name.replace(/\.csv$/, '')} must be bulk, delta or absent.`,
      );
      continue;
    }
    if (!bundle.files.has(name)) {
      problems.error(
        file,
        entry?.row ?? null,
        'value',
        mode,
        `The manifest lists ${name} as ${mode}, but the bundle has no ${name}.`,
      );
      continue;
    }
    modes.set(name, mode);
  }
  if (version === '1.2' && modes.has('users.csv') && !modes.has('roles.csv')) {
    problems.error(file, null, null, null, 'OneRoster 1.2 keeps users’ roles in roles.csv; send it with users.csv.');
  }
  if (!modes.size) problems.error(file, null, null, null, 'The manifest lists no file to import.');
  return problems.errors ? null : { version, modes };
}

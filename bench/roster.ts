// Roster import at district size (issue #10): a OneRoster 1.1 bundle of 50,000 students, 80,000 guardians,
// 4,000 educators and ~300,000 enrollments (bench/roster/generate.ts), imported on PostgreSQL three times:
//   1. bulk, into an empty tenant;
//   2. the same bundle again, which must change nothing (every created/updated/deactivated count 0, else it fails);
//   3. the next night's bundle, with ~1 % of the records changed.
// Then, to see whether memory grows with the district, a bulk import of a bundle a tenth the size, and (with
// --pglite) the bulk import on PGlite in a data folder.
//
// Run: pnpm bench:roster (part of pnpm bench), or node --import tsx bench/roster.ts [options]
//   DATABASE_URL    the PostgreSQL server (default postgres://postgres:tandem@127.0.0.1:5432/postgres); the bench
//                   creates a scratch database next to it and drops it at the end
//   --pglite        also the bulk import on PGlite, in a data folder (off by default: at full size it takes far
//                   longer than the ten minutes a bench should)
//   --scale F       sizes × F (default 1; the reference run is at F / 10), for a quick look
//   --skip-small    no reference run at a tenth of the size
//   --log-slow-ms N PostgreSQL logs the scratch databases' statements that take over N ms, with their plans
//                   (auto_explain, actual rows), in its server log (Debian: /var/log/postgresql/)
//   --write-docs    rewrites the "Roster import" section of docs/benchmarks.md with the figures
//
// Each import runs in a fresh Node process (this file, with --child), so that its memory figures are its own and
// not what an earlier import left on the heap: peak RSS is the process's ru_maxrss (it only opens the database and
// imports), heap used is sampled every 50 ms during the import, from just before openBundle to the report. PostgreSQL's own memory is not in them; PGlite runs inside the process, so
// its memory is. Rows read are the CSV data rows the importer staged (its onProgress counts), checked against what
// the generator wrote. Bundles are written to a temporary folder, removed at the end.
import { execFile, spawn } from 'node:child_process';
import { createRequire } from 'node:module';
import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises';
import { cpus, tmpdir, totalmem } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { parseArgs, promisify } from 'node:util';
import type * as Pg from 'pg';
import { importRoster, openBundle, openDatabase, type DatabaseLocation } from '../packages/server/dist/index.js';
import type { Summary } from './roster/generate.js';

type Report = Awaited<ReturnType<typeof importRoster>>;
type Counts = NonNullable<Report['counts'][keyof Report['counts']]>;

const TENANT = 'ten_bench';
const DEFAULT_URL = 'postgres://postgres:tandem@127.0.0.1:5432/postgres';
const SAMPLE_MS = 50;
/**
 * The bundle's enrollments run from 2030-08-15 (the change bundle's moves and arrivals from 2030-10-05), and the
 * importer keeps only enrollments current on the import's date: so the imports run on the nights of 2030-10-04
 * and (the change bundle) 2030-10-05, in the fall term.
 */
const NIGHT = new Date('2030-10-04T07:00:00Z');
const NEXT_NIGHT = new Date('2030-10-05T07:00:00Z');

const here = fileURLToPath(new URL('.', import.meta.url));
const generator = join(here, 'roster', 'generate.ts');
const docsFile = join(here, '..', 'docs', 'benchmarks.md');
const serverPackage = join(here, '..', 'packages', 'server');
// pg is the server package's dependency, not the workspace root's.
const pg = createRequire(join(serverPackage, 'package.json'))('pg') as typeof Pg;

// ---------------------------------------------------------------------------------------------------------------
// One import, in a child process

interface Job {
  location: DatabaseLocation;
  folder: string;
  now: string;
  label: string;
  result: string;
}

interface StepResult {
  wallMs: number;
  /** When each file's staging ended (its last onProgress), ms after the start, and its rows. */
  files: Record<string, { rows: number; doneMs: number }>;
  rows: number;
  rssBefore: number;
  /** The child's ru_maxrss: its peak over its whole life (opening the database, then the import). */
  peakRss: number;
  /** The highest of the 50 ms samples, which miss what happens in one long synchronous call (PGlite's queries). */
  sampledRss: number;
  peakHeapUsed: number;
  report: Pick<Report, 'status' | 'counts' | 'errors' | 'warnings' | 'problems'>;
}

async function child(jobFile: string): Promise<void> {
  const job = JSON.parse(await readFile(jobFile, 'utf8')) as Job;
  const database = await openDatabase(job.location);
  const files: StepResult['files'] = {};
  let rssBefore = 0;
  let peakRss = 0;
  let peakHeapUsed = 0;
  const sample = () => {
    const m = process.memoryUsage();
    peakRss = Math.max(peakRss, m.rss);
    peakHeapUsed = Math.max(peakHeapUsed, m.heapUsed);
    return m;
  };
  rssBefore = sample().rss;
  const timer = setInterval(sample, SAMPLE_MS);
  const started = performance.now();
  let report: Report;
  try {
    report = await importRoster(database.db, await openBundle(job.folder), {
      tenantId: TENANT,
      via: 'cli',
      now: new Date(job.now),
      onProgress: (file, rows) => {
        const doneMs = performance.now() - started;
        const before = files[file];
        if (!before || rows >= before.rows) files[file] = { rows, doneMs };
        if (rows % 10_000 !== 0 || !before) {
          // Only a file's last report can be off the 10,000 grid (or its first, for a small file).
          console.error(`  ${job.label}: ${file} ${rows.toLocaleString('en-US')} rows, ${seconds(doneMs)} s`);
        }
      },
    });
  } finally {
    clearInterval(timer);
  }
  const wallMs = performance.now() - started;
  sample();
  await database.close();
  const result: StepResult = {
    wallMs,
    files,
    rows: Object.values(files).reduce((sum, f) => sum + f.rows, 0),
    rssBefore,
    peakRss: Math.max(peakRss, process.resourceUsage().maxRSS * 1024),
    sampledRss: peakRss,
    peakHeapUsed,
    report: {
      status: report.status,
      counts: report.counts,
      errors: report.errors,
      warnings: report.warnings,
      problems: report.problems.slice(0, 20),
    },
  };
  await writeFile(job.result, JSON.stringify(result));
}

async function runStep(
  tmp: string,
  label: string,
  location: DatabaseLocation,
  folder: string,
  now: Date,
): Promise<StepResult> {
  const name = label.replace(/[^a-z0-9]+/gi, '-');
  const job: Job = {
    location,
    folder,
    now: now.toISOString(),
    label,
    result: join(tmp, `${name}.result.json`),
  };
  const jobFile = join(tmp, `${name}.job.json`);
  await writeFile(jobFile, JSON.stringify(job));
  console.error(`${label}: importing ${folder}`);
  const code = await new Promise<number | null>((resolve, reject) => {
    const proc = spawn(process.execPath, [...process.execArgv, fileURLToPath(import.meta.url), '--child', jobFile], {
      stdio: 'inherit',
    });
    proc.once('error', reject);
    proc.once('exit', resolve);
  });
  if (code !== 0) throw new Error(`${label}: the import's process exited with ${code}`);
  const result = JSON.parse(await readFile(job.result, 'utf8')) as StepResult;
  const { report } = result;
  if (report.status !== 'applied') {
    const detail = report.problems.map((p) => `  ${JSON.stringify(p)}`).join('\n');
    throw new Error(`${label}: the import was ${report.status} (${report.errors} errors), not applied:\n${detail}`);
  }
  console.error(
    `${label}: ${seconds(result.wallMs)} s, ${result.rows.toLocaleString('en-US')} rows, ` +
      `peak RSS ${mib(result.peakRss)} MiB (sampled ${mib(result.sampledRss)}), heap ${mib(result.peakHeapUsed)} MiB`,
  );
  return result;
}

// ---------------------------------------------------------------------------------------------------------------
// Bundles and databases

interface Sizes {
  students: number;
  guardians: number;
  educators: number;
  enrollments: number;
  schools: number;
}

function sizesAt(scale: number): Sizes {
  const educators = Math.round(4_000 * scale);
  return {
    students: Math.round(50_000 * scale),
    guardians: Math.round(80_000 * scale),
    educators,
    enrollments: Math.round(300_000 * scale),
    // 60 schools down to a tenth of the size; below that, six teachers a school at least.
    schools: Math.max(1, Math.min(60, Math.floor((educators - Math.round(educators * 0.1)) / 6))),
  };
}

/** Runs the generator in its own process (its memory is not the imports'), and returns its summary. */
async function generate(out: string, sizes: Sizes, changeOf?: string): Promise<Summary> {
  const args = [...process.execArgv, generator, '--out', out, '--json'];
  for (const [key, value] of Object.entries(sizes)) args.push(`--${key}`, String(value));
  if (changeOf) args.push('--change-of', changeOf, '--change', '0.01');
  const { stdout } = await promisify(execFile)(process.execPath, args, {
    maxBuffer: 16 << 20,
  });
  const summary = JSON.parse(stdout) as Summary;
  console.error(
    `generated ${summary.mode} bundle (${summary.counts.students.toLocaleString('en-US')} students, ` +
      `${(summary.totalBytes / 1048576).toFixed(1)} MiB) in ${seconds(summary.elapsedMs)} s`,
  );
  return summary;
}

/** Data rows of the files the importer stages (manifest.csv is read apart). */
const stagedRows = (summary: Summary) =>
  summary.files.filter((f) => f.file !== 'manifest.csv').reduce((sum, f) => sum + f.rows, 0);

async function withClient<T>(url: string, work: (client: Pg.Client) => Promise<T>): Promise<T> {
  const client = new pg.Client({ connectionString: url });
  try {
    await client.connect();
  } catch (error) {
    throw new Error(
      `PostgreSQL at ${redact(url)} is not reachable (${(error as Error).message}); set DATABASE_URL, or start ` +
        'the local cluster (Debian: pg_ctlcluster 15 main start, as root).',
      { cause: error },
    );
  }
  try {
    return await work(client);
  } finally {
    await client.end();
  }
}

const redact = (url: string) => url.replace(/\/\/([^:/@]+):[^@]*@/, '//$1:…@');

/** A new, empty database next to `url`'s; drop() removes it. */
async function scratchDatabase(
  url: string,
  slowMs: number | undefined,
): Promise<{ url: string; drop(): Promise<void> }> {
  const name = `tandem_bench_roster_${Math.random().toString(16).slice(2, 10)}`;
  await withClient(url, async (client) => {
    await client.query(`create database ${name}`);
    if (slowMs === undefined) return;
    // The statement, and its plan with actual row counts (auto_explain, which ships with PostgreSQL).
    for (const setting of [
      `log_min_duration_statement = ${slowMs}`,
      `session_preload_libraries = 'auto_explain'`,
      `auto_explain.log_min_duration = ${slowMs}`,
      'auto_explain.log_analyze = on',
      'auto_explain.log_timing = off',
    ]) {
      await client.query(`alter database ${name} set ${setting}`);
    }
  });
  if (slowMs !== undefined)
    console.error(`statements over ${slowMs} ms in ${name}, and their plans, go to the PostgreSQL server log`);
  const scratch = new URL(url);
  scratch.pathname = `/${name}`;
  return {
    url: scratch.toString(),
    drop: () =>
      withClient(url, async (client) => void (await client.query(`drop database if exists ${name} with (force)`))),
  };
}

// ---------------------------------------------------------------------------------------------------------------
// Figures

const seconds = (ms: number) => (ms / 1000).toFixed(1);
const mib = (bytes: number) => (bytes / 1048576).toFixed(0);
const int = (n: number) => n.toLocaleString('en-US');

interface Row {
  database: string;
  bundle: string;
  import: string;
  step: StepResult;
}

/** Where the time went: reading and staging the files, then the checks and applying (one statement set). */
function stagingMs(step: StepResult): number {
  return Math.max(0, ...Object.values(step.files).map((f) => f.doneMs));
}

/** A markdown table, padded as prettier pads it. */
function table(head: string[], rows: string[][]): string {
  const widths = head.map((h, i) => Math.max(3, h.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => `| ${cells.map((c, i) => c.padEnd(widths[i]!)).join(' | ')} |`;
  return [line(head), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

function figuresTable(rows: Row[]): string {
  return table(
    [
      'database',
      'bundle',
      'import',
      'rows read',
      'wall time',
      'rows/s',
      'of which staging',
      'checks + apply',
      'RSS before',
      'peak RSS',
      'peak heap used',
    ],
    rows.map(({ database, bundle, import: kind, step }) => [
      database,
      bundle,
      kind,
      int(step.rows),
      `${seconds(step.wallMs)} s`,
      int(Math.round(step.rows / (step.wallMs / 1000))),
      `${seconds(stagingMs(step))} s`,
      `${seconds(step.wallMs - stagingMs(step))} s`,
      `${mib(step.rssBefore)} MiB`,
      `${mib(step.peakRss)} MiB`,
      `${mib(step.peakHeapUsed)} MiB`,
    ]),
  );
}

const KINDS = [
  'schools',
  'students',
  'guardians',
  'educators',
  'admins',
  'guardianships',
  'classes',
  'enrollments',
  'assignments',
] as const;

function countsTable(steps: [string, StepResult][]): string {
  const cell = (c: Counts | undefined) =>
    c ? `${int(c.created)} / ${int(c.updated)} / ${int(c.deactivated)} / ${int(c.unchanged)}` : '';
  const kinds = [
    ...KINDS,
    ...Object.keys(steps[0]![1].report.counts).filter((k) => !(KINDS as readonly string[]).includes(k)),
  ];
  return table(
    ['kind', ...steps.map(([name]) => name)],
    kinds.map((kind) => [kind, ...steps.map(([, s]) => cell(s.report.counts[kind as keyof Report['counts']]))]),
  );
}

/** The re-import of an unchanged bundle must change nothing. */
function checkNoChange(step: StepResult): void {
  const changed = Object.entries(step.report.counts).filter(
    ([, c]) => c && (c.created !== 0 || c.updated !== 0 || c.deactivated !== 0),
  );
  if (changed.length) {
    throw new Error(
      `re-import of the same bundle changed records: ${changed.map(([k, c]) => `${k} ${JSON.stringify(c)}`).join(', ')}`,
    );
  }
}

function checkRows(label: string, step: StepResult, summary: Summary): void {
  const expected = stagedRows(summary);
  if (step.rows !== expected) {
    throw new Error(`${label}: the importer read ${step.rows} rows; the generator wrote ${expected}`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The run

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      child: { type: 'string' },
      pglite: { type: 'boolean', default: false },
      scale: { type: 'string', default: '1' },
      'skip-small': { type: 'boolean', default: false },
      'log-slow-ms': { type: 'string' },
      'write-docs': { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (values.child) return child(values.child);

  const scale = Number(values.scale);
  if (!(scale > 0)) throw new Error(`--scale must be a positive number, not ${values.scale}`);
  const slowMs = values['log-slow-ms'] === undefined ? undefined : Number(values['log-slow-ms']);
  if (slowMs !== undefined && !Number.isSafeInteger(slowMs)) throw new Error('--log-slow-ms takes whole milliseconds');
  const url = process.env.DATABASE_URL || DEFAULT_URL;
  const [postgresVersion, sharedBuffers] = await withClient(url, async (client) => {
    const version = await client.query<{ server_version: string }>('show server_version');
    const buffers = await client.query<{ shared_buffers: string }>('show shared_buffers');
    return [version.rows[0]!.server_version, buffers.rows[0]!.shared_buffers];
  });

  const tmp = await mkdtemp(join(tmpdir(), 'tandem-bench-roster-'));
  const rows: Row[] = [];
  try {
    const sizes = sizesAt(scale);
    const base = await generate(join(tmp, 'base'), sizes);
    const next = await generate(join(tmp, 'next'), sizes, join(tmp, 'base'));
    const name = `${int(sizes.students)} students`;

    const scratch = await scratchDatabase(url, slowMs);
    const steps: [string, StepResult][] = [];
    try {
      const location = { databaseUrl: scratch.url };
      const bulk = await runStep(tmp, 'postgres bulk', location, base.out, NIGHT);
      checkRows('bulk', bulk, base);
      const again = await runStep(tmp, 'postgres re-import', location, base.out, NIGHT);
      checkRows('re-import', again, base);
      checkNoChange(again);
      const delta = await runStep(tmp, 'postgres 1% changes', location, next.out, NEXT_NIGHT);
      checkRows('1% changes', delta, next);
      rows.push(
        {
          database: `PostgreSQL ${postgresVersion.split(' ')[0]}`,
          bundle: name,
          import: 'bulk, empty tenant',
          step: bulk,
        },
        {
          database: '',
          bundle: '',
          import: 're-import, same bundle',
          step: again,
        },
        {
          database: '',
          bundle: '',
          import: 'next night, 1% changed',
          step: delta,
        },
      );
      steps.push(['bulk', bulk], ['re-import', again], ['1% changes', delta]);
    } finally {
      await scratch.drop();
    }

    let small: { step: StepResult; students: number } | undefined;
    if (!values['skip-small']) {
      const smallSizes = sizesAt(scale / 10);
      const smallBase = await generate(join(tmp, 'small'), smallSizes);
      const smallScratch = await scratchDatabase(url, slowMs);
      try {
        const step = await runStep(tmp, 'postgres bulk, 1/10', { databaseUrl: smallScratch.url }, smallBase.out, NIGHT);
        checkRows('bulk 1/10', step, smallBase);
        small = { step, students: smallSizes.students };
        rows.push({
          database: '',
          bundle: `${int(smallSizes.students)} students`,
          import: 'bulk, empty tenant',
          step,
        });
      } finally {
        await smallScratch.drop();
      }
    }

    if (values.pglite) {
      const step = await runStep(tmp, 'pglite bulk', { dataDir: join(tmp, 'pglite') }, base.out, NIGHT);
      checkRows('pglite bulk', step, base);
      rows.push({
        database: `PGlite ${await pgliteVersion()} (data folder)`,
        bundle: name,
        import: 'bulk, empty tenant',
        step,
      });
    }

    const figures = figuresTable(rows);
    const counts = countsTable(steps);
    console.log(figures);
    console.log('\ncreated / updated / deactivated / unchanged, PostgreSQL:\n');
    console.log(counts);
    if (small) {
      const bulk = steps[0]![1];
      console.log(
        `\npeak RSS: ${mib(small.step.peakRss)} MiB at ${int(small.students)} students, ${mib(bulk.peakRss)} MiB at ` +
          `${int(sizes.students)} (× ${(bulk.peakRss / small.step.peakRss).toFixed(2)} for × 10 the rows)`,
      );
    }
    if (values['write-docs']) {
      await writeDocs({
        base,
        next,
        figures,
        counts,
        postgresVersion,
        sharedBuffers,
        small,
        bulk: steps[0]![1],
        pglite: values.pglite,
        scale,
      });
      console.error(`wrote the roster section of ${docsFile}`);
    }
  } finally {
    await rm(tmp, { recursive: true, force: true });
  }
}

async function pgliteVersion(): Promise<string> {
  const file = join(serverPackage, 'node_modules', '@electric-sql', 'pglite', 'package.json');
  return (JSON.parse(await readFile(file, 'utf8')) as { version: string }).version;
}

/**
 * Breaks a paragraph into lines of at most `width` characters (prettier keeps markdown prose as written), never
 * inside a `code span` nor at a no-break space (which becomes a space).
 */
function wrap(text: string, width = 110): string {
  const words: string[] = [];
  for (const word of text.split(' ')) {
    const open = words.length > 0 && (words.at(-1)!.match(/`/g) ?? []).length % 2 === 1;
    if (open) words[words.length - 1] += ` ${word}`;
    else words.push(word);
  }
  const lines: string[] = [];
  let line = '';
  for (const word of words) {
    if (line && line.length + 1 + word.length > width) {
      lines.push(line);
      line = word;
    } else {
      line = line ? `${line} ${word}` : word;
    }
  }
  return [...lines, line].join('\n').replaceAll('\u00a0', ' ');
}

const HEADING = '## Roster import (OneRoster, 50,000 students)';

async function writeDocs(run: {
  base: Summary;
  next: Summary;
  figures: string;
  counts: string;
  postgresVersion: string;
  sharedBuffers: string;
  small: { step: StepResult; students: number } | undefined;
  bulk: StepResult;
  pglite: boolean;
  scale: number;
}): Promise<void> {
  const { base, next } = run;
  const c = base.counts;
  const ch = next.changes!;
  const command =
    'pnpm bench:roster' +
    (run.pglite ? ' --pglite' : '') +
    (run.scale !== 1 ? ` --scale ${run.scale}` : '') +
    ' --write-docs';
  const date = new Date().toISOString().slice(0, 10);
  const memory = `${(totalmem() / 2 ** 30).toFixed(1)} GiB`;
  const small = run.small;
  const section = [
    HEADING,
    '',
    wrap(
      `Command: \`${command}\` (without \`--write-docs\` it prints the tables; it is part of \`pnpm bench\`). ` +
        'It makes a scratch database on the PostgreSQL server of `DATABASE_URL` (default: the local one) and drops ' +
        `it at the end; ${run.pglite ? '`--pglite` added' : 'with `--pglite` it adds'} the bulk import on PGlite ` +
        'in a data folder. The bundles are written by `bench/roster/generate.ts` (seed 1) into a temporary folder: ' +
        `${int(c.schools)} schools, ${int(c.students)} students, ${int(c.guardians)} guardians, ` +
        `${int(c.teachers + c.aides)} educators and ${int(c.administrators)} administrators, ${int(c.classes)} ` +
        `classes, ${int(c.enrollments)} enrollments: ${int(stagedRows(base))} data rows, ` +
        `${(base.totalBytes / 1048576).toFixed(1)}\u00a0MiB of CSV. The next night's bundle (\`--change 0.01\`, all ` +
        `files bulk too) has ${int(ch.studentsLeft)} students gone and ${int(ch.studentsArrived)} new, ` +
        `${int(ch.guardiansRemoved)} guardians gone, ${int(ch.guardiansAdded)} new and ${int(ch.guardiansEdited)} ` +
        `edited, ${int(ch.enrollmentsMoved)} enrollments moved to another section, ${int(ch.enrollmentsRemoved)} ` +
        `removed and ${int(ch.enrollmentsAdded)} added.`,
    ),
    '',
    wrap(
      `Measured ${date} on ${cpus().length} cores, ${memory} of memory, Node ${process.versions.node}, ` +
        `PostgreSQL ${run.postgresVersion} on the same machine (shared_buffers ${run.sharedBuffers}). Each import ` +
        "runs in a fresh Node process: peak RSS is that process's ru_maxrss (it opens the database and imports, " +
        "nothing else), heap used is sampled every 50 ms. PostgreSQL's own memory is not in them; PGlite runs " +
        'inside the process, so its is. Rows read are the CSV data rows staged; "staging" is reading the files, ' +
        'checking them row by row and loading the staging tables, "checks + apply" the checks across files and ' +
        'the changes, in the same transaction. The imports run as of 2030-10-04 (the change bundle 2030-10-05), ' +
        "inside the bundle's school year, so that its fall enrollments are current.",
    ),
    '',
    run.figures,
    '',
    wrap(
      'What each import did (created / updated / deactivated / unchanged), on PostgreSQL. The re-import of the ' +
        'same bundle changed nothing, as the bench requires (it fails otherwise):',
    ),
    '',
    run.counts,
    '',
    ...(small
      ? [
          wrap(
            `Memory and size: the bulk import's peak RSS was ${mib(small.step.peakRss)}\u00a0MiB at ` +
              `${int(small.students)} students and ${mib(run.bulk.peakRss)}\u00a0MiB at ${int(c.students)}, ` +
              `× ${(run.bulk.peakRss / small.step.peakRss).toFixed(2)} for ten times the rows (peak heap used ` +
              `${mib(small.step.peakHeapUsed)} and ${mib(run.bulk.peakHeapUsed)}\u00a0MiB).`,
          ),
          '',
        ]
      : []),
  ].join('\n');
  const docs = await readFile(docsFile, 'utf8');
  const start = docs.indexOf(`\n${HEADING}\n`);
  let updated: string;
  if (start === -1) {
    updated = `${docs.trimEnd()}\n\n${section}`;
  } else {
    const after = docs.indexOf('\n## ', start + HEADING.length + 1);
    updated = docs.slice(0, start + 1) + section + (after === -1 ? '' : `\n${docs.slice(after + 1)}`);
  }
  await writeFile(docsFile, updated.trimEnd() + '\n');
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? (error.stack ?? error.message) : error);
  process.exitCode = 1;
});

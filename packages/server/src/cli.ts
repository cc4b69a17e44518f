#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig, loadDatabaseConfig } from './config.js';
import { openDatabase } from './db/database.js';
import type { RosterImport } from '@tandem/contract';
import { BundleError, openBundle } from './roster/bundle.js';
import { importRoster } from './roster/import.js';
import { isEmpty, seedDemo } from './seed.js';
import { startServer } from './server.js';
import { startDemoOutbox, subscribeDemoBrowsers } from './demo-outbox.js';

/** How long a stop may run past its grace period: the read audit's last write, the pool's close. */
const FINAL_WRITES_MS = 5_000;

const usage = `tandem-server — Tandem's reference API server

Usage:
  tandem-server start     serve the API (needs TANDEM_JWT_SECRET or TANDEM_JWKS_URL, and TANDEM_JWT_ISSUER)
  tandem-server demo      serve demo mode: seeded district, /api/dev routes, tokens for seeded people
  tandem-server migrate   apply database migrations and exit
  tandem-server roster import <zip|folder> --tenant <id> [--dry-run]
                          import a OneRoster 1.1 or 1.2 CSV bundle; the first import creates the
                          tenant (named from the district org); exits 1 when the import is refused

Options:
  --port <n>        port (env PORT, default 8787; 0 picks a free one)
  --host <addr>     address to listen on (env HOST, default 127.0.0.1)
  --data-dir <dir>  PGlite data folder (env TANDEM_DATA_DIR, default .tandem/data); ignored with DATABASE_URL
  -h, --help        this text

Storage is embedded PGlite in the data folder unless DATABASE_URL names a PostgreSQL database.
See docs/postgres.md and docs/auth.md.`;

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({
    allowPositionals: true,
    options: {
      port: { type: 'string' },
      host: { type: 'string' },
      'data-dir': { type: 'string' },
      help: { type: 'boolean', short: 'h' },
      tenant: { type: 'string' },
      'dry-run': { type: 'boolean' },
    },
  });
  const command = positionals[0] ?? 'start';
  const rosterImport = command === 'roster' && positionals[1] === 'import' && positionals[2] && values.tenant;
  if (values.help || (!['start', 'demo', 'migrate'].includes(command) && !rosterImport)) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const env = {
    ...process.env,
    ...(values.port !== undefined ? { PORT: values.port } : {}),
    ...(values.host !== undefined ? { HOST: values.host } : {}),
    ...(values['data-dir'] !== undefined ? { TANDEM_DATA_DIR: values['data-dir'] } : {}),
  };
  if (rosterImport) return importCommand(env, positionals[2]!, values.tenant!, values['dry-run'] ?? false);
  const loaded = loadConfig(env, command === 'demo' ? { demo: true } : {});
  // Demo mode: mail, texts and pushes go to stand-ins in this process, shown at /demo/outbox.
  const demo = loaded.demo && command !== 'migrate' ? await startDemoOutbox(loaded) : null;
  const config = demo?.config ?? loaded;

  if (command === 'migrate') {
    const database = await openDatabase(config.database);
    await database.close();
    console.log('Migrations applied.');
    return 0;
  }

  const server = await startServer(config, {
    log: (line) => console.log(line),
    ...(demo ? { outbox: demo.outbox } : {}),
    beforeListen: async ({ db }) => {
      // The demo's browser is new each run (so is its push service): subscribed again each start.
      const browsers = () => (demo ? subscribeDemoBrowsers(db, demo.outbox, new Date()) : Promise.resolve());
      if (!(await isEmpty(db))) return browsers();
      if (config.demo) {
        await seedDemo(db);
        await browsers();
        console.log('Seeded the demo district from its OneRoster bundle.');
      } else {
        console.log(
          [
            'This database holds no district yet: the API will answer, but nobody can sign in.',
            "Create one by importing the district's OneRoster export (a zip or a folder of CSV files):",
            '  tandem-server roster import ./oneroster-export.zip --tenant ten_<your-district> --dry-run',
            '  tandem-server roster import ./oneroster-export.zip --tenant ten_<your-district>',
            'See docs/onboarding.md.',
          ].join('\n'),
        );
      }
    },
  });
  const storage =
    'databaseUrl' in config.database ? 'PostgreSQL' : `PGlite in ${env.TANDEM_DATA_DIR || '.tandem/data'}`;
  console.log(`Tandem ${config.demo ? 'demo ' : ''}server on ${server.url} (${storage})`);
  console.log(`  health:  ${server.url}/api/health`);
  console.log(`  OpenAPI: ${server.url}/api/openapi.json`);
  if (config.demo) console.log(`  people:  ${server.url}/api/dev/users (POST /api/dev/tokens {"userId"} for a token)`);
  if (demo) console.log(`  outbox:  ${server.url}/demo/outbox (what families and educators would have received)`);

  await new Promise<void>((resolve) => {
    let stopping = false;
    const stop = (signal: string) => {
      // A second signal (Ctrl-C twice, a supervisor repeating itself) must not cut the shutdown
      // short: Node's default would exit before the read audit is written.
      if (stopping) {
        console.log(`${signal}: already finishing in-flight requests…`);
        return;
      }
      stopping = true;
      console.log(`${signal}: finishing in-flight requests…`);
      // The stop keeps to its grace period, but a database that stops answering (a lock, a host
      // gone) could hold its last writes forever: past this, the process leaves without them.
      const limit = config.shutdownGraceMs + FINAL_WRITES_MS;
      setTimeout(() => {
        console.error(`Shutdown did not finish within ${limit} ms: exiting with its last writes undone.`);
        process.exit(1);
      }, limit).unref();
      server
        .close()
        .then(() => demo?.outbox.close())
        .then(resolve, (error: unknown) => {
          console.error('Shutdown failed:', error);
          resolve();
        });
    };
    process.on('SIGINT', () => stop('SIGINT'));
    process.on('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

/** `roster import`: runs the import in this process against the configured database. */
async function importCommand(env: NodeJS.ProcessEnv, path: string, tenantId: string, dryRun: boolean): Promise<number> {
  if (!/^[A-Za-z0-9_-]{1,64}$/.test(tenantId)) {
    console.error('--tenant must be 1–64 letters, digits, _ or - (for example ten_maple_valley).');
    return 2;
  }
  // Importing needs no token settings; the database is the one `start` would use.
  const database = await openDatabase(loadDatabaseConfig(env));
  const interactive = process.stderr.isTTY;
  try {
    const bundle = await openBundle(path);
    const report = await importRoster(database.db, bundle, {
      tenantId,
      via: 'cli',
      dryRun,
      onProgress: (file, rows) => {
        const line = `${file}: ${rows.toLocaleString('en-US')} rows read`;
        if (interactive) process.stderr.write(`\r${line}\x1b[K`);
        else if (rows % 100_000 === 0) console.error(line);
      },
    });
    if (interactive) process.stderr.write('\r\x1b[K');
    console.log(formatReport(report));
    return report.status === 'applied' || report.status === 'checked' ? 0 : 1;
  } catch (error) {
    if (error instanceof BundleError) {
      console.error(error.message);
      return 1;
    }
    throw error;
  } finally {
    await database.close();
  }
}

function formatReport(report: RosterImport): string {
  const verdict = {
    applied: 'Applied.',
    checked: 'Dry run: nothing was written. This is what the import would do.',
    refused: 'Refused: nothing was written. Fix the errors below and import again.',
    failed: 'Failed on the server side: nothing was written.',
    running: 'Still running.',
  }[report.status];
  const lines = [`Roster import ${report.id} (OneRoster ${report.version ?? '?'}) for ${report.tenantId}: ${verdict}`];
  const counts = Object.entries(report.counts);
  if (counts.length) {
    lines.push('', '  kind            created  updated  deactivated  unchanged');
    for (const [kind, c] of counts) {
      lines.push(
        `  ${kind.padEnd(14)}${String(c.created).padStart(9)}${String(c.updated).padStart(9)}${String(c.deactivated).padStart(13)}${String(c.unchanged).padStart(11)}`,
      );
    }
  }
  if (report.problems.length) {
    lines.push(
      '',
      `${report.errors} error(s), ${report.warnings} warning(s)${report.truncated ? ' (the first 500 shown)' : ''}:`,
    );
    for (const p of report.problems) {
      const at = [p.file, p.row !== null ? `row ${p.row}` : null, p.column].filter(Boolean).join(', ');
      lines.push(
        `  ${p.severity === 'error' ? 'error  ' : 'warning'} ${at}: ${p.message}${p.value ? ` (value: ${p.value})` : ''}`,
      );
    }
  }
  return lines.join('\n');
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? `Configuration: ${error.message}` : error);
    process.exit(1);
  },
);

#!/usr/bin/env node
import { parseArgs } from 'node:util';
import { ConfigError, loadConfig } from './config.js';
import { openDatabase } from './db/database.js';
import { isEmpty, seedDemo } from './seed.js';
import { startServer } from './server.js';

const usage = `tandem-server — Tandem's reference API server

Usage:
  tandem-server start     serve the API (needs TANDEM_JWT_SECRET or TANDEM_JWKS_URL, and TANDEM_JWT_ISSUER)
  tandem-server demo      serve demo mode: seeded district, /api/dev routes, tokens for seeded people
  tandem-server migrate   apply database migrations and exit

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
    },
  });
  const command = positionals[0] ?? 'start';
  if (values.help || !['start', 'demo', 'migrate'].includes(command)) {
    console.log(usage);
    return values.help ? 0 : 2;
  }
  const env = {
    ...process.env,
    ...(values.port !== undefined ? { PORT: values.port } : {}),
    ...(values.host !== undefined ? { HOST: values.host } : {}),
    ...(values['data-dir'] !== undefined ? { TANDEM_DATA_DIR: values['data-dir'] } : {}),
  };
  const config = loadConfig(env, command === 'demo' ? { demo: true } : {});

  if (command === 'migrate') {
    const database = await openDatabase(config.database);
    await database.close();
    console.log('Migrations applied.');
    return 0;
  }

  const server = await startServer(config, {
    log: (line) => console.log(line),
    beforeListen: async ({ db }) => {
      if (config.demo && (await isEmpty(db))) {
        await seedDemo(db);
        console.log('Seeded the demo district from its OneRoster bundle.');
      }
    },
  });
  const storage =
    'databaseUrl' in config.database ? 'PostgreSQL' : `PGlite in ${env.TANDEM_DATA_DIR || '.tandem/data'}`;
  console.log(`Tandem ${config.demo ? 'demo ' : ''}server on ${server.url} (${storage})`);
  console.log(`  health:  ${server.url}/api/health`);
  console.log(`  OpenAPI: ${server.url}/api/openapi.json`);
  if (config.demo) console.log(`  people:  ${server.url}/api/dev/users (POST /api/dev/tokens {"userId"} for a token)`);

  await new Promise<void>((resolve) => {
    const stop = (signal: string) => {
      console.log(`${signal}: finishing in-flight requests…`);
      server.close().then(resolve, (error: unknown) => {
        console.error('Shutdown failed:', error);
        resolve();
      });
    };
    process.once('SIGINT', () => stop('SIGINT'));
    process.once('SIGTERM', () => stop('SIGTERM'));
  });
  return 0;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(error instanceof ConfigError ? `Configuration: ${error.message}` : error);
    process.exit(1);
  },
);

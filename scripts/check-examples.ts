// The examples as a customer builds them: each copied out of the workspace, the packed tarballs
// (scripts/check-packages.sh) installed with npm beside the example's own dependencies from the
// registry, type-checked strictly (exactOptionalPropertyTypes, vue-tsc strict templates) and
// built. Then, against a real demo server: the Node digest writes each family's summary, and the
// React app is loaded in Chromium and shows the student's goals and conversation.
//
//   node --import tsx scripts/check-examples.ts [packs-dir]
import { execFile, execFileSync } from 'node:child_process';
import { promisify } from 'node:util';
import { cpSync, existsSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import { extname, join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { loadConfig, openDatabase, seedDemo, startServer } from '@tandem/server';
import { chromiumArgs, chromiumPath } from './chromium.mjs';

const root = resolve(import.meta.dirname, '..');
const packs = resolve(process.argv[2] ?? join(root, '.tandem/packs'));
const work = join(root, '.tandem/examples');
const examples = ['node-digest', 'lms-react', 'lms-vue'];

function fail(message: string): never {
  console.error(`check-examples: ${message}`);
  process.exit(1);
}

function run(cwd: string, command: string, args: string[], env: NodeJS.ProcessEnv = {}): string {
  console.log(`  $ ${command} ${args.join(' ')}`);
  try {
    return execFileSync(command, args, { cwd, env: { ...process.env, ...env }, encoding: 'utf8', stdio: 'pipe' });
  } catch (error) {
    const { stdout = '', stderr = '' } = error as { stdout?: string; stderr?: string };
    fail(`${command} ${args.join(' ')} failed in ${cwd}\n${stdout}${stderr}`);
  }
}

if (!existsSync(packs)) fail(`no tarballs in ${packs}: run bash scripts/check-packages.sh first`);
const tarballs = new Map<string, string>();
for (const file of readdirSync(packs)) {
  const match = /^tandem-([a-z]+)-.+\.tgz$/.exec(file);
  if (match) tarballs.set(`@tandem/${match[1]}`, `file:${join(packs, file)}`);
}
if (tarballs.size !== 5) fail(`expected five @tandem tarballs in ${packs}, found ${[...tarballs.keys()].join(', ')}`);

/**
 * The READMEs' TypeScript snippets that use the client, type-checked with the digest's strict
 * tsconfig, so that what we show a developer compiles in their project.
 */
function writeReadmeSnippets(dir: string): void {
  const prelude = 'declare function fetchTokenFromYourBackend(): Promise<string>;\nexport {};\n';
  let count = 0;
  for (const readme of ['README.md', 'packages/client/README.md']) {
    for (const [, code] of readFileSync(join(root, readme), 'utf8').matchAll(/```ts\n([\s\S]*?)```/g)) {
      if (!code?.includes("from '@tandem/client'")) continue;
      writeFileSync(join(dir, `readme-snippet-${++count}.ts`), `${prelude}${code}`);
    }
  }
  if (count < 2) fail(`expected the client snippets of README.md and packages/client/README.md, found ${count}`);
}

rmSync(work, { recursive: true, force: true });
for (const name of examples) {
  console.log(`==> examples/${name}`);
  const dir = join(work, name);
  cpSync(join(root, 'examples', name), dir, {
    recursive: true,
    filter: (path) => !/\/(node_modules|dist)(\/|$)/.test(path),
  });
  // The example asks for @tandem/* by version, as a customer would; here those versions are the
  // tarballs (overrides too, so that a package's own @tandem dependencies come from them as well).
  const manifestPath = join(dir, 'package.json');
  const manifest = JSON.parse(readFileSync(manifestPath, 'utf8')) as {
    dependencies: Record<string, string>;
    overrides?: Record<string, string>;
  };
  for (const dependency of Object.keys(manifest.dependencies)) {
    const tarball = tarballs.get(dependency);
    if (tarball) manifest.dependencies[dependency] = tarball;
  }
  manifest.overrides = Object.fromEntries(tarballs);
  writeFileSync(manifestPath, JSON.stringify(manifest, null, 2));
  if (name === 'node-digest') writeReadmeSnippets(join(dir, 'src'));
  run(dir, 'npm', ['install', '--no-audit', '--no-fund', '--loglevel=error']);
  run(dir, 'npm', ['run', '--silent', 'check']);
  run(dir, 'npm', ['run', '--silent', 'build']);
}

const types: Record<string, string> = { '.html': 'text/html', '.js': 'text/javascript', '.css': 'text/css' };
/** The built React app, as any static host serves it. */
function serveStatic(dir: string): Promise<{ server: Server; origin: string }> {
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = join(dir, path === '/' ? 'index.html' : path);
    if (!file.startsWith(dir) || !existsSync(file)) {
      response.writeHead(404).end();
      return;
    }
    response.writeHead(200, { 'Content-Type': types[extname(file)] ?? 'application/octet-stream' });
    response.end(readFileSync(file));
  });
  return new Promise((done) =>
    server.listen(0, '127.0.0.1', () => {
      const address = server.address();
      done({ server, origin: `http://127.0.0.1:${typeof address === 'object' && address ? address.port : 0}` });
    }),
  );
}

console.log('==> against the demo server');
const site = await serveStatic(join(work, 'lms-react/dist'));
const database = await openDatabase({ memory: true });
await seedDemo(database.db);
const tandem = await startServer(
  { ...loadConfig({ PORT: '0', TANDEM_ALLOWED_ORIGINS: site.origin }, { demo: true }), host: '127.0.0.1' },
  { database, log: () => {} },
);
const browser = await chromium.launch({ executablePath: chromiumPath, args: chromiumArgs });
try {
  const digests = join(work, 'node-digest/digests');
  // Not execFileSync: the server answering it runs in this process.
  await promisify(execFile)(process.execPath, ['dist/digest.js', digests], {
    cwd: join(work, 'node-digest'),
    env: { ...process.env, TANDEM_URL: tandem.url },
  }).catch((error: { stdout?: string; stderr?: string }) => fail(`the digest failed\n${error.stdout}${error.stderr}`));
  const garcia = readFileSync(join(digests, 'per_garcia.md'), 'utf8');
  for (const expected of ['# This week for María García', '## Mateo García', 'Read for 20 minutes a day']) {
    if (!garcia.includes(expected)) fail(`the García family's digest lacks "${expected}":\n${garcia}`);
  }
  console.log(`  ${readdirSync(digests).length} family digests; per_garcia.md names Mateo's goals`);

  const page = await browser.newPage();
  const errors: string[] = [];
  page.on('pageerror', (error) => errors.push(error.message));
  await page.goto(`${site.origin}/?api=${encodeURIComponent(tandem.url)}`);
  // Locators pierce the elements' open shadow roots: this is what the teacher sees.
  await page.locator('tandem-goal-tracker').getByText('Read for 20 minutes a day').first().waitFor({ timeout: 30_000 });
  await page
    .locator('tandem-message-panel')
    .getByText('Mateo read 15 minutes on his own today', { exact: false })
    .first()
    .waitFor({ timeout: 30_000 });
  if (await page.getByTestId('problem').count())
    fail(`the React app reported: ${await page.getByTestId('problem').innerText()}`);
  if (errors.length) fail(`script errors in the React app: ${errors.join('; ')}`);
  console.log('  the React app renders the goal tracker and the message panel with the demo data in Chromium');
} finally {
  await browser.close();
  await tandem.close();
  site.server.close();
}

// A fleet for tests: server instances as child processes of the built CLI, on one PostgreSQL,
// behind Debian's nginx as the load balancer. Used by fleet.test.ts; docs/deploy.md shows the
// same proxy settings (fleet.test.ts checks that it does).
import { spawn, type ChildProcess } from 'node:child_process';
import { accessSync, constants, existsSync, writeFileSync } from 'node:fs';
import { createServer, type AddressInfo } from 'node:net';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { AUDIENCE, ISSUER, TEST_SECRET } from './harness.js';

/** The CLI that `pnpm run build` makes (scripts/test.sh builds before the tests). */
export const CLI = fileURLToPath(new URL('../dist/cli.js', import.meta.url));

/** What the proxy in front of Tandem's instances must do for every request; docs/deploy.md shows these lines. */
export const PROXY_DIRECTIVES = [
  // Keep-alive connections to the instances (HTTP/1.1, no "Connection: close").
  'proxy_http_version 1.1;',
  'proxy_set_header Connection "";',
  'proxy_set_header Host $host;',
  'proxy_set_header X-Forwarded-For $proxy_add_x_forwarded_for;',
  'proxy_set_header X-Forwarded-Proto $scheme;',
  // Events go out as they happen (the server also sends X-Accel-Buffering: no).
  'proxy_buffering off;',
  'proxy_cache off;',
  // A stream is quiet between heartbeats (TANDEM_HEARTBEAT_MS, 15 s): wait several of them.
  'proxy_read_timeout 60s;',
  // A dead instance refuses at once; one that does not answer is skipped after 2 s.
  'proxy_connect_timeout 2s;',
  'proxy_next_upstream error timeout;',
] as const;

/** The upstream block's settings after its servers; below Node's 5 s keep-alive, so nginx never reuses a connection Node is closing. */
export const UPSTREAM_DIRECTIVES = ['keepalive 32;', 'keepalive_timeout 4s;'] as const;

/** An upstream server's flags: a failed instance is left out for 5 s, then tried again. */
export const UPSTREAM_SERVER_FLAGS = 'max_fails=1 fail_timeout=5s';

/** nginx on this machine: TANDEM_NGINX, then PATH, then where Debian puts it (/usr/sbin is often not on PATH). */
export function findNginx(): string | undefined {
  const candidates = [
    process.env.TANDEM_NGINX,
    ...(process.env.PATH ?? '').split(delimiter).map((dir) => dir && join(dir, 'nginx')),
    '/usr/sbin/nginx',
    '/usr/local/sbin/nginx',
  ];
  return candidates.find((path) => {
    if (!path) return false;
    try {
      accessSync(path, constants.X_OK);
      return true;
    } catch {
      return false;
    }
  });
}

/**
 * Polls `ready` until it answers true or `deadline` (a Date.now() value) passes; false then. A
 * probe that throws counts as not ready yet.
 */
export async function waitFor(
  deadline: number,
  ready: () => boolean | Promise<boolean>,
  everyMs = 50,
): Promise<boolean> {
  for (;;) {
    try {
      if (await ready()) return true;
    } catch {
      // not yet
    }
    if (Date.now() >= deadline) return false;
    await new Promise((resolve) => setTimeout(resolve, Math.min(everyMs, Math.max(0, deadline - Date.now()))));
  }
}

/** A child process with its last lines of output kept, for the failure message. */
export interface Child {
  process: ChildProcess;
  /** Resolves when it has exited. */
  exited: Promise<void>;
  output(): string;
}

function watch(child: ChildProcess, name: string): Child {
  const lines: string[] = [];
  const keep = (chunk: Buffer) => {
    for (const line of chunk.toString().split('\n')) if (line) lines.push(`${name}: ${line}`);
    lines.splice(0, Math.max(0, lines.length - 60));
  };
  child.stdout?.on('data', keep);
  child.stderr?.on('data', keep);
  const exited = new Promise<void>((resolve) => {
    if (child.exitCode !== null || child.signalCode !== null) resolve();
    else child.once('exit', () => resolve());
  });
  child.once('error', (error) => lines.push(`${name}: ${error.message}`));
  return { process: child, exited, output: () => lines.join('\n') };
}

async function answersHealth(url: string): Promise<boolean> {
  const response = await fetch(`${url}/api/health`, { signal: AbortSignal.timeout(2_000) });
  await response.text();
  return response.status === 200;
}

const running = (child: ChildProcess) => child.exitCode === null && child.signalCode === null;

/** SIGTERM, and SIGKILL if it has not exited within `graceMs`. Never throws. */
export async function stopChild(child: Child | undefined, graceMs = 5_000): Promise<void> {
  if (!child || !running(child.process)) return;
  child.process.kill('SIGTERM');
  let timer: NodeJS.Timeout | undefined;
  const late = new Promise<boolean>((resolve) => (timer = setTimeout(() => resolve(true), graceMs)));
  if (await Promise.race([child.exited.then(() => false), late])) child.process.kill('SIGKILL');
  clearTimeout(timer);
  await Promise.race([child.exited, new Promise((resolve) => setTimeout(resolve, 2_000))]);
}

/** A server instance: `tandem-server start` in its own process, on a free port. */
export interface Instance extends Child {
  url: string;
  /** host:port, as nginx names it in $upstream_addr. */
  address: string;
}

export async function startInstance(
  databaseUrl: string,
  name: string,
  options: { deadline: number; heartbeatMs: number; env?: Record<string, string> },
): Promise<Instance> {
  if (!existsSync(CLI)) throw new Error(`${CLI} is missing: run \`pnpm run build\` first.`);
  const child = watch(
    spawn(process.execPath, [CLI, 'start', '--port', '0', '--host', '127.0.0.1'], {
      // Only what the server reads, so nothing from the test runner's environment leaks in.
      env: {
        PATH: process.env.PATH,
        DATABASE_URL: databaseUrl,
        TANDEM_JWT_SECRET: TEST_SECRET,
        TANDEM_JWT_ISSUER: ISSUER,
        TANDEM_JWT_AUDIENCE: AUDIENCE,
        // Hundreds of sends from a few people in seconds: the limits are not under test here.
        TANDEM_RATE_LIMIT_BURST: '100000',
        TANDEM_RATE_LIMIT_PER_SECOND: '100000',
        TANDEM_HEARTBEAT_MS: String(options.heartbeatMs),
        TANDEM_SHUTDOWN_GRACE_MS: '2000',
        ...options.env,
      },
      stdio: ['ignore', 'pipe', 'pipe'],
    }),
    name,
  );
  let url: string | undefined;
  let banner = '';
  child.process.stdout?.on('data', (chunk: Buffer) => {
    if (url) return;
    banner += chunk.toString();
    url = /server on (http:\/\/\S+)/.exec(banner)?.[1];
  });
  let healthy = false;
  await waitFor(options.deadline, async () => {
    if (!running(child.process)) return true; // it will not come up
    if (!url) return false;
    healthy = await answersHealth(url);
    return healthy;
  });
  if (!healthy || !url) {
    await stopChild(child);
    throw new Error(`${name} did not become healthy:\n${child.output()}`);
  }
  return { ...child, url, address: new URL(url).host };
}

async function freePort(): Promise<number> {
  const server = createServer();
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  await new Promise((resolve) => server.close(resolve));
  return port;
}

/**
 * nginx's whole configuration for the test: its files in `dir`, one process in the foreground,
 * round robin over `upstreams`, and the proxy settings of docs/deploy.md. `X-Tandem-Upstream`
 * (test only) names the instance that answered, so the test knows whose streams it cuts.
 */
export function nginxConfig(dir: string, port: number, upstreams: string[]): string {
  const indent = (lines: readonly string[], depth: number) => lines.map((line) => ' '.repeat(depth) + line).join('\n');
  return `# Written by packages/server/test/fleet.ts
daemon off;
master_process off; # one process: stopping it leaves no worker behind; proxying is the same
pid ${dir}/nginx.pid;
error_log ${dir}/error.log warn;
events {
  worker_connections 1024;
}
http {
  access_log off;
  client_body_temp_path ${dir}/client_body;
  proxy_temp_path ${dir}/proxy;
  fastcgi_temp_path ${dir}/fastcgi;
  uwsgi_temp_path ${dir}/uwsgi;
  scgi_temp_path ${dir}/scgi;

  upstream tandem {
${indent([...upstreams.map((address) => `server ${address} ${UPSTREAM_SERVER_FLAGS};`), ...UPSTREAM_DIRECTIVES], 4)}
  }

  server {
    listen 127.0.0.1:${port};
    location / {
      proxy_pass http://tandem;
${indent(PROXY_DIRECTIVES, 6)}
      add_header X-Tandem-Upstream $upstream_addr always;
    }
  }
}
`;
}

export interface Proxy extends Child {
  url: string;
}

/** nginx in front of `upstreams`, answering on a free port of 127.0.0.1 once a health check passes through it. */
export async function startNginx(
  binary: string,
  dir: string,
  upstreams: string[],
  options: { deadline: number },
): Promise<Proxy> {
  let failure = '';
  // A port found free can be taken before nginx binds it (other tests run alongside): try again.
  for (let attempt = 0; attempt < 3; attempt++) {
    const port = await freePort();
    const config = join(dir, 'nginx.conf');
    writeFileSync(config, nginxConfig(dir, port, upstreams));
    const child = watch(
      spawn(binary, ['-p', `${dir}/`, '-c', config, '-e', join(dir, 'error.log')], {
        stdio: ['ignore', 'pipe', 'pipe'],
      }),
      'nginx',
    );
    const url = `http://127.0.0.1:${port}`;
    let up = false;
    await waitFor(options.deadline, async () => {
      if (!running(child.process)) return true; // it will not come up
      up = await answersHealth(url);
      return up;
    });
    if (up) return { ...child, url };
    await stopChild(child);
    failure = child.output();
    if (!/in use/.test(failure) || Date.now() >= options.deadline) break;
  }
  throw new Error(`nginx did not start:\n${failure}`);
}

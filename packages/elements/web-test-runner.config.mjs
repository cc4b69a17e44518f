// Component tests in Debian's Chromium. The dev server forwards /api/* to a real Tandem app on
// an in-memory PGlite with the demo district, so widgets talk to the real server, same origin.
import { Readable } from 'node:stream';
import { fileURLToPath } from 'node:url';
import { esbuildPlugin } from '@web/dev-server-esbuild';
import { chromeLauncher } from '@web/test-runner-chrome';
import { createApp, loadConfig, openDatabase, seedDemo, seedDistrict } from '@tandem/server';
import { chromiumArgs, chromiumPath } from '../../scripts/chromium.mjs';

const database = await openDatabase({ memory: true });
await seedDemo(database.db);
// A district with a student who has no goals yet, for the empty state.
await seedDistrict(database.db, {
  tenant: { id: 'ten_test', name: 'Test District' },
  schools: [{ id: 'sch_test', name: 'Test School', timeZone: 'UTC' }],
  staff: [
    {
      id: 'per_test_teacher',
      name: 'Test Teacher',
      kind: 'educator',
      role: 'teacher',
      students: ['stu_empty', 'stu_german', 'stu_settings'],
    },
  ],
  households: [
    {
      guardians: [{ id: 'per_test_parent', name: 'Test Parent', language: 'en', relationship: 'parent' }],
      students: [{ id: 'stu_empty', given: 'Robin', family: 'Empty', grade: '2', school: 'sch_test' }],
    },
    {
      // A language Tandem's interface does not speak: the notice.
      guardians: [{ id: 'per_test_german', name: 'Test German', language: 'de-AT', relationship: 'parent' }],
      students: [{ id: 'stu_german', given: 'Rojin', family: 'Test', grade: '2', school: 'sch_test' }],
    },
    {
      // The notification settings: one guardian per flow, each with the roster's contact details.
      guardians: [
        {
          id: 'per_test_settings',
          name: 'Sam Settings',
          language: 'en',
          relationship: 'parent',
          contact: { channel: 'sms', email: 'sam@family.example.org', phone: '+1 555 0199' },
          quietHours: ['21:00', '07:00'],
        },
        {
          id: 'per_test_stopped',
          name: 'Stella Stopped',
          language: 'en',
          relationship: 'parent',
          contact: { channel: 'email', email: 'stella@family.example.org', phone: '+1 555 0198' },
        },
        {
          id: 'per_test_push',
          name: 'Pia Push',
          language: 'en',
          relationship: 'parent',
          contact: { channel: 'app', email: 'pia@family.example.org' },
        },
        {
          id: 'per_test_refused',
          name: 'Rey Refused',
          language: 'en',
          relationship: 'parent',
          contact: { channel: 'email', email: 'rey@family.example.org' },
        },
      ],
      students: [{ id: 'stu_settings', given: 'Sky', family: 'Settings', grade: '2', school: 'sch_test' }],
    },
  ],
  goals: [],
});
// Her number texted STOP (the SMS webhook's doing in production).
await database.connection.client.query("UPDATE people SET sms_stopped_at = now() WHERE id = 'per_test_stopped'");
const config = {
  ...loadConfig({ PORT: '0' }, { demo: true }),
  rateLimit: { burst: 100_000, perSecond: 100_000 },
  // Mail and texts set up, so that roster addresses and numbers are channels a person can choose.
  // Nothing is sent: the job queue that sends runs only in a started server, not in this app.
  mail: { smtpUrl: 'smtp://127.0.0.1:9', from: 'Test District <no-reply@test.example>' },
  sms: { apiUrl: 'http://127.0.0.1:9', accountSid: 'AC0', authToken: 'token', messagingServiceSid: 'MG0' },
};
const app = await createApp({ database, config });

async function readBody(req) {
  const chunks = [];
  for await (const chunk of req) chunks.push(chunk);
  return chunks.length ? Buffer.concat(chunks) : undefined;
}

export default {
  files: ['src/**/*.test.ts', '!src/**/*.node.test.ts'],
  nodeResolve: { exportConditions: ['tandem-source', 'browser', 'development'] },
  plugins: [
    esbuildPlugin({ ts: true, target: 'es2022', tsconfig: fileURLToPath(new URL('./tsconfig.json', import.meta.url)) }),
  ],
  middleware: [
    async (ctx, next) => {
      if (!ctx.path.startsWith('/api/')) return next();
      const body = ['GET', 'HEAD'].includes(ctx.method) ? undefined : await readBody(ctx.req);
      const response = await app.fetch(
        new Request(new URL(ctx.url, 'http://localhost'), { method: ctx.method, headers: ctx.headers, body }),
      );
      ctx.status = response.status;
      response.headers.forEach((value, name) => ctx.set(name, value));
      // Streamed, so the realtime stream (text/event-stream) arrives as the server writes it.
      ctx.body = response.body ? Readable.fromWeb(response.body) : null;
    },
  ],
  browsers: [
    chromeLauncher({
      launchOptions: {
        executablePath: chromiumPath,
        // TANDEM_SPEECH=1: the machine's own voices (speech-dispatcher with espeak-ng installed),
        // so the read-aloud tests also run with real ones; by default Chromium has none.
        args: process.env.TANDEM_SPEECH ? [...chromiumArgs, '--enable-speech-dispatcher'] : chromiumArgs,
      },
    }),
  ],
  testFramework: { config: { timeout: 15000 } },
  testsFinishTimeout: 180000,
};

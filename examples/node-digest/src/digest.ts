// A weekly summary for each family: every child's goals with what was recorded this week at home
// and at school, and the conversations waiting for them. Writes one Markdown file per guardian.
//
//   TANDEM_URL=http://127.0.0.1:8787 node dist/digest.js [out-dir]
//
// Each family's summary is fetched with that person's own token, so it holds exactly what the
// server lets them see. Against the demo server the tokens come from /api/dev/tokens; in
// production your backend mints them (docs/auth.md) and `tokenFor` is where it plugs in.
import { mkdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import {
  createTandemClient,
  dev,
  goals,
  messages,
  paginate,
  progress,
  students,
  TandemError,
  type DevUser,
  type Goal,
  type ProgressEntry,
  type TandemClient,
} from '@tandem/client';

const baseUrl = process.env.TANDEM_URL ?? 'http://127.0.0.1:8787';
const outDir = process.argv[2] ?? 'digests';
const DAY_MS = 86_400_000;

/** Everything of a paginated list (the server pages at 50). */
async function all<T>(pages: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = [];
  for await (const item of pages) items.push(item);
  return items;
}

async function tokenFor(anonymous: TandemClient, personId: string): Promise<string> {
  const { token } = await dev.createToken(anonymous, { userId: personId });
  return token;
}

function thisWeek(entries: ProgressEntry[], since: string): { home: number; school: number } {
  const recent = entries.filter((entry) => entry.date >= since);
  return {
    home: recent.filter((entry) => entry.setting === 'home').length,
    school: recent.filter((entry) => entry.setting === 'school').length,
  };
}

function goalLine(goal: Goal, week: { home: number; school: number }): string {
  const entries = week.home + week.school;
  const recorded = entries ? `${week.home} at home, ${week.school} at school this week` : 'nothing recorded this week';
  return `- ${goal.statement} (${goal.status}): ${recorded}`;
}

export async function digestFor(client: TandemClient, guardian: DevUser, now: Date): Promise<string> {
  const since = new Date(now.getTime() - 7 * DAY_MS).toISOString().slice(0, 10);
  const lines = [`# This week for ${guardian.name}`, ''];
  const children = await all(paginate((cursor) => students.list(client, { cursor })));
  for (const child of children) {
    lines.push(`## ${child.preferredName ?? child.givenName} ${child.familyName}`, '');
    const childGoals = await all(paginate((cursor) => goals.list(client, { studentId: child.id, cursor })));
    for (const goal of childGoals.filter((g) => g.status === 'active')) {
      const entries = await all(paginate((cursor) => progress.list(client, { goalId: goal.id, cursor })));
      lines.push(goalLine(goal, thisWeek(entries, since)));
    }
    if (!childGoals.length) lines.push('- No goals yet.');
    const threads = await all(paginate((cursor) => messages.listThreads(client, { studentId: child.id, cursor })));
    const unread = threads.reduce((sum, thread) => sum + thread.unreadCount, 0);
    lines.push(
      '',
      unread ? `${unread} unread message${unread === 1 ? '' : 's'} about ${child.givenName}.` : 'No unread messages.',
      '',
    );
  }
  return `${lines.join('\n').trimEnd()}\n`;
}

async function main(): Promise<void> {
  const anonymous = createTandemClient({ baseUrl });
  const { items: people } = await dev.listUsers(anonymous);
  const guardians = people.filter((person) => person.role === 'guardian');
  await mkdir(outDir, { recursive: true });
  const now = new Date();
  for (const guardian of guardians) {
    const client = createTandemClient({ baseUrl, tokenProvider: () => tokenFor(anonymous, guardian.id) });
    try {
      await writeFile(join(outDir, `${guardian.id}.md`), await digestFor(client, guardian, now));
    } catch (error) {
      // One family's failure (a revoked guardian, say) does not stop the others' summaries.
      if (!(error instanceof TandemError)) throw error;
      console.error(`${guardian.id}: ${error.kind} (${error.message})`);
      process.exitCode = 1;
    }
  }
  process.stdout.write(`${guardians.length} summaries in ${outDir}/\n`);
}

await main();

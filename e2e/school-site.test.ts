// End to end: the demo school site as a district would ship it, with all three widgets on one
// page (and the notification settings), checked whole by axe (the page's own chrome included) for a family and an educator, in
// English, Spanish and Arabic (right to left).
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { strictPage, useDemo } from './support.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const run = useDemo();
const WIDGETS = [
  'tandem-goal-tracker',
  'tandem-message-panel',
  'tandem-availability-picker',
  'tandem-notification-settings',
] as const;

async function open(path: string): Promise<Page> {
  const page = await strictPage(run, { bypassCSP: true }); // axe is injected inline
  await page.goto(`${run.server.url}${path}`);
  // Every widget loaded: what the page shows is what a person meets (those further down load
  // as the reader scrolls to them).
  for (const tag of WIDGETS) {
    await page.locator(tag).scrollIntoViewIfNeeded();
    await expect
      .poll(() => page.locator(tag).evaluate((el) => (el as HTMLElement & { loadState: string }).loadState))
      .toBe('ready');
  }
  return page;
}

async function violations(page: Page) {
  await page.addScriptTag({ content: axeSource });
  return page.evaluate(async () => {
    const axe = (
      window as unknown as {
        axe: { run: (context: unknown) => Promise<{ violations: { id: string; nodes: { target: unknown[] }[] }[] }> };
      }
    ).axe;
    const result = await axe.run(document);
    return result.violations.map((v) => ({ id: v.id, targets: v.nodes.map((n) => JSON.stringify(n.target)) }));
  });
}

describe('the demo school site', () => {
  it.each([
    ['a Spanish-speaking family', 'per_garcia', 'stu_mateo'],
    ['an Arabic-speaking family (right to left)', 'per_alsayed_omar', 'stu_yusuf'],
    ['the educator', 'per_rivera', 'stu_mateo'],
  ])('has no accessibility violations for %s, with all three widgets loaded', async (_who, person, student) => {
    const page = await open(`/?as=${person}&student=${student}`);
    expect(await violations(page)).toEqual([]);
  });

  it('has no accessibility violations in forced colors (Windows high contrast), with all three widgets loaded', async () => {
    const page = await open('/?as=per_garcia&student=stu_mateo');
    await page.emulateMedia({ forcedColors: 'active' });
    expect(await page.evaluate(() => matchMedia('(forced-colors: active)').matches)).toBe(true);
    expect(await violations(page)).toEqual([]);
  });

  it('loads all its widgets with no request made twice (issue #15)', async () => {
    const page = await strictPage(run, { bypassCSP: true });
    const requests: string[] = [];
    page.on('request', (request) => {
      const url = new URL(request.url());
      if (url.pathname.startsWith('/api/')) requests.push(`${request.method()} ${url.pathname}`);
    });
    // Ms. Rivera writes first, so that Ms. García has something new to read whatever the tests
    // before this one read.
    const rivera = (await (
      await fetch(`${run.server.url}/api/dev/tokens`, {
        method: 'POST',
        headers: { 'Content-Type': 'application/json' },
        body: JSON.stringify({ userId: 'per_rivera' }),
      })
    ).json()) as { token: string };
    const sent = await fetch(`${run.server.url}/api/v1/threads/thr_mateo_garcia_rivera/messages`, {
      method: 'POST',
      headers: { Authorization: `Bearer ${rivera.token}`, 'Content-Type': 'application/json' },
      body: JSON.stringify({ body: 'Mateo read two chapters today.', clientMessageId: `e2e-${crypto.randomUUID()}` }),
    });
    expect(sent.status).toBe(201);
    await page.goto(`${run.server.url}/?as=per_garcia&student=stu_mateo`);
    const stateOf = (tag: string) =>
      page.locator(tag).evaluate((el) => (el as HTMLElement & { loadState: string }).loadState);
    const gets = () => requests.filter((request) => request.startsWith('GET ')).sort();
    const writes = () => requests.filter((request) => !request.startsWith('GET '));
    // At first the goal tracker and the message panel, near the top, load; the picker and the
    // settings further down wait (loading="lazy"), asking nothing.
    await expect.poll(() => stateOf('tandem-goal-tracker')).toBe('ready');
    await expect.poll(() => stateOf('tandem-message-panel')).toBe('ready');
    await expect.poll(() => requests.includes('GET /api/v1/events')).toBe(true); // after the panel's first load
    expect([await stateOf('tandem-availability-picker'), await stateOf('tandem-notification-settings')]).toEqual([
      'waiting',
      'waiting',
    ]);
    expect(gets()).toEqual([
      'GET /api/v1/events',
      'GET /api/v1/me',
      'GET /api/v1/students/stu_mateo',
      'GET /api/v1/students/stu_mateo/goals',
      'GET /api/v1/students/stu_mateo/threads',
      'GET /api/v1/threads/thr_mateo_garcia_rivera/messages',
    ]);
    expect(writes()[0]).toBe('POST /api/dev/tokens');
    // Each loads as the family scrolls to it, sharing the viewer and the student read once.
    for (const tag of WIDGETS) {
      await page.locator(tag).scrollIntoViewIfNeeded();
      await expect.poll(() => stateOf(tag)).toBe('ready');
    }
    expect(gets()).toEqual([
      'GET /api/v1/educators/per_rivera/slots',
      'GET /api/v1/events',
      'GET /api/v1/me',
      'GET /api/v1/me/notification-settings',
      'GET /api/v1/students/stu_mateo',
      'GET /api/v1/students/stu_mateo/bookings',
      'GET /api/v1/students/stu_mateo/educators',
      'GET /api/v1/students/stu_mateo/goals',
      'GET /api/v1/students/stu_mateo/threads',
      'GET /api/v1/threads/thr_mateo_garcia_rivera/messages',
    ]);
    // Writes: the sign-in, and the read receipt once the panel was on screen at the newest message.
    await expect.poll(writes).toEqual(['POST /api/dev/tokens', 'POST /api/v1/threads/thr_mateo_garcia_rivera/read']);
  });

  it('keeps its English chrome left to right on an Arabic page (no ".Signed in as")', async () => {
    const page = await open('/?as=per_alsayed_omar&student=stu_yusuf');
    expect(await page.evaluate(() => document.documentElement.dir)).toBe('rtl');
    const signedIn = page.locator('#signed-in');
    expect(await signedIn.textContent()).toMatch(/^Signed in as Omar Al-Sayed/);
    expect(await signedIn.evaluate((el) => getComputedStyle(el).direction)).toBe('ltr');
    expect(await signedIn.getAttribute('lang')).toBe('en');
  });
});

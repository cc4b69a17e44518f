// End to end: a family and a teacher, each in their own browser context (their own cookies,
// storage and network), on the demo school site against the real server (embedded PGlite).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { messages } from '../packages/server/src/db/schema.js';
import { strictPage, useDemo } from './support.js';

const run = useDemo();

/** One person's browser: a context of their own, failing the test on any script error or CSP violation. */
async function personPage(as: string, studentId: string, threadId: string): Promise<Page> {
  const page = await strictPage(run);
  await page.goto(`${run.server.url}/?as=${as}&student=${studentId}&thread=${threadId}&show=messages`);
  await expect.poll(() => page.locator('tandem-message-panel .bubble').count()).toBeGreaterThan(0);
  return page;
}

const panel = (page: Page) => page.locator('tandem-message-panel');
const bubbles = (page: Page, text: string) => panel(page).locator('.bubble .body', { hasText: text });

async function send(page: Page, text: string) {
  const draft = panel(page).getByRole('textbox');
  await draft.fill(text);
  await draft.press('Enter');
}

describe('message panel, family and teacher in two browsers', () => {
  const thread = 'thr_mateo_garcia_rivera';

  it('delivers live both ways: the teacher’s open panel shows the family’s message without a reload, and the reply comes back', async () => {
    const family = await personPage('per_garcia', 'stu_mateo', thread);
    const teacher = await personPage('per_rivera', 'stu_mateo', thread);
    // The family's page is in Spanish, the teacher's in English.
    expect(await panel(family).getByRole('button', { name: 'Enviar' }).count()).toBe(1);
    expect(await panel(teacher).getByRole('button', { name: 'Send' }).count()).toBe(1);

    await send(family, '¿Mateo necesita traer algo mañana?');
    await expect.poll(() => bubbles(teacher, '¿Mateo necesita traer algo mañana?').count()).toBe(1);
    // Not translated (no translator in the demo): its language is named instead.
    expect(await panel(teacher).locator('.theirs .meta').last().textContent()).toContain('Spanish');

    await send(teacher, 'Just his library book. Thank you!');
    await expect.poll(() => bubbles(family, 'Just his library book. Thank you!').count()).toBe(1);
    // The family read it with the panel open: the teacher sees "Read" on her reply.
    await expect.poll(() => panel(teacher).locator('.mine .state').last().textContent()).toContain('Read');
  });

  it('sends exactly one copy when the connection drops mid-send and comes back', async () => {
    const family = await personPage('per_garcia', 'stu_mateo', thread);
    const teacher = await personPage('per_rivera', 'stu_mateo', thread);
    const text = `Llegamos tarde por el autobús ${Date.now()}`;
    // The first send reaches the server, but its answer is lost with the connection; the
    // device is then offline for a moment.
    let handled = false;
    let dropped = false;
    await family.route('**/api/v1/threads/*/messages', async (route) => {
      if (route.request().method() !== 'POST' || handled) return route.continue();
      handled = true;
      await route.fetch();
      await family.context().setOffline(true);
      await route.abort('connectionreset');
      // Only now: the test goes back online after this, never before the handler went offline.
      dropped = true;
    });
    await send(family, text);
    await expect.poll(() => dropped).toBe(true);
    // Offline, the message is waiting to be sent — unless the family's own event stream told the
    // panel before the drop that the server has it, and it already shows as sent. Either is right;
    // count first, so that a missing element never hangs the read.
    const shown = async () => {
      const pending = panel(family).locator('.pending .state');
      if (await pending.count()) return (await pending.last().textContent()) ?? '';
      return (await bubbles(family, text).count()) ? 'sent, heard from the stream' : 'nothing yet';
    };
    await expect.poll(shown).toMatch(/Esperando conexión|Enviando|sent, heard from the stream/);
    await family.context().setOffline(false);
    await expect.poll(() => panel(family).locator('.pending').count()).toBe(0);
    await expect.poll(() => bubbles(teacher, text).count()).toBe(1);
    expect(await bubbles(family, text).count()).toBe(1);
    const stored = await run.database.db.select().from(messages);
    expect(stored.filter((m) => m.body === text)).toHaveLength(1);
  });

  it('reads right to left for the Arabic-speaking family', async () => {
    const family = await personPage('per_alsayed_omar', 'stu_yusuf', 'thr_yusuf_alsayed_omar_rivera');
    expect(await panel(family).locator('.base').getAttribute('dir')).toBe('rtl');
    expect(await panel(family).getByRole('button', { name: 'إرسال' }).count()).toBe(1);
  });
});

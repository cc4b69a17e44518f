// End to end: families and a teacher, each in their own browser context, on the demo school
// site against the real server (embedded PGlite), with a strict Content-Security-Policy.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { bookings } from '../packages/server/src/db/schema.js';
import { strictPage, useDemo } from './support.js';

const run = useDemo();

async function personPage(as: string, studentId: string): Promise<Page> {
  const page = await strictPage(run, { acceptDownloads: true });
  await page.goto(`${run.server.url}/?as=${as}&student=${studentId}&show=meetings`);
  // The week arrives after the bundle, the token and five API calls: wait for it, however long the machine takes.
  await picker(page).locator('[role=gridcell]').first().waitFor();
  return page;
}

const picker = (page: Page) => page.locator('tandem-availability-picker');
const freeCells = (page: Page) => picker(page).locator('[role=gridcell][aria-disabled=false]');

describe('availability picker, families and a teacher in their own browsers', () => {
  it('a family books with an interpreter and downloads the calendar file; the teacher sees the request', async () => {
    const family = await personPage('per_garcia', 'stu_mateo');
    await freeCells(family).first().click();
    // María's page is in Spanish; her language is prefilled for the interpreter.
    const interpreter = picker(family).getByLabel('Un intérprete (español)');
    expect(await interpreter.isChecked()).toBe(true);
    await picker(family).getByLabel('Cuidado de niños durante la reunión').check();
    await picker(family).getByRole('button', { name: 'Reservar esta hora' }).click();
    await expect.poll(() => picker(family).locator('.confirmation h3').textContent()).toBe('Su reunión está reservada');
    const download = family.waitForEvent('download');
    await picker(family).getByRole('button', { name: 'Agregar al calendario' }).click();
    const file = await (await download).path();
    const { readFile } = await import('node:fs/promises');
    const ics = await readFile(file, 'utf8');
    expect(ics).toContain('BEGIN:VEVENT');
    // Written in the family's language.
    expect(ics).toContain('Intérprete: español');
    // The run's clock starts on a Monday morning: the first bookable time (24 h ahead) is Tuesday's first.
    expect(ics).toContain('DTSTART:20310204T210000Z');

    const teacher = await personPage('per_rivera', 'stu_mateo');
    await expect
      .poll(() => picker(teacher).locator('.bookings li').first().textContent())
      .toMatch(/Interpreter: Spanish · Child care/);
  });

  it('two homes race for the last seat: exactly one wins, the other is told and sees fresh times', async () => {
    const mother = await personPage('per_johnson', 'stu_jaylen');
    const father = await personPage('per_miller', 'stu_jaylen');
    const first = await freeCells(mother).first().getAttribute('aria-label');
    await freeCells(mother).first().click();
    await freeCells(father).first().click();
    expect(await freeCells(father).first().getAttribute('aria-label')).toBe(first);
    await Promise.all([
      picker(mother).getByRole('button', { name: 'Book this time' }).click(),
      picker(father).getByRole('button', { name: 'Book this time' }).click(),
    ]);
    const outcome = async (page: Page) =>
      (await picker(page).locator('.confirmation').count())
        ? 'booked'
        : (await picker(page).locator('[role=alert]').count())
          ? 'told'
          : 'pending';
    await expect.poll(async () => [await outcome(mother), await outcome(father)].sort()).toEqual(['booked', 'told']);
    const loser = (await outcome(mother)) === 'told' ? mother : father;
    expect(await picker(loser).locator('[role=alert]').textContent()).toBe(
      'Someone else just took this time. Here are the times that are still free.',
    );
    const rows = await run.database.db.select().from(bookings);
    expect(rows.filter((b) => b.studentId === 'stu_jaylen' && b.status === 'booked')).toHaveLength(1);
  });
});

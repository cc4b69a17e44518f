import type { FamilyWindow } from '@tandem/contract';
import { and, eq } from 'drizzle-orm';
import type { Actor } from '../auth.js';
import { audit } from '../audit.js';
import { authorize } from '../authz.js';
import type { Db } from '../db/database.js';
import { familyWindows, guardianships, people } from '../db/schema.js';
import type { RouteHandler } from '../http.js';
import { newId } from '../ids.js';
import { validationError } from '../problem.js';
import { toMinutes, wallClock } from '../zoned-time.js';
import { freeSlotsOf } from './scheduling.js';

type WindowRow = typeof familyWindows.$inferSelect;

const byDayAndTime = (a: FamilyWindow, b: FamilyWindow) =>
  a.weekday - b.weekday || a.startTime.localeCompare(b.startTime);
const toWindow = ({ weekday, startTime, endTime }: WindowRow): FamilyWindow => ({ weekday, startTime, endTime });

async function personOf(db: Db, actor: Actor) {
  const [person] = await db.select().from(people).where(eq(people.id, actor.id));
  if (!person) throw new Error('authenticated person vanished');
  return person;
}

async function windowsOf(db: Db, personId: string) {
  return db.select().from(familyWindows).where(eq(familyWindows.personId, personId));
}

export const getMyWindows: RouteHandler<'getMyWindows'> = async ({ actor, db }) => {
  const rows = await windowsOf(db, actor.id);
  const timeZone = rows[0]?.timeZone ?? (await personOf(db, actor)).timeZone;
  return { timeZone, windows: rows.map(toWindow).sort(byDayAndTime) };
};

export const putMyWindows: RouteHandler<'putMyWindows'> = async ({ body, actor, db, requestId }) => {
  const timeZone = body.timeZone ?? (await personOf(db, actor)).timeZone;
  const errors = body.windows.flatMap((w, i) =>
    w.endTime <= w.startTime
      ? [{ path: `body.windows.${i}.endTime`, code: 'before_start', message: 'Must be after the start time.' }]
      : [],
  );
  try {
    new Intl.DateTimeFormat('en', { timeZone });
  } catch {
    errors.push({ path: 'body.timeZone', code: 'unknown_time_zone', message: 'Not a time zone (IANA name).' });
  }
  if (errors.length) throw validationError(errors);
  await db.delete(familyWindows).where(eq(familyWindows.personId, actor.id));
  if (body.windows.length) {
    await db
      .insert(familyWindows)
      .values(body.windows.map((w) => ({ id: newId('win'), personId: actor.id, timeZone, ...w })));
  }
  await audit(
    db,
    actor,
    { action: 'update', resourceType: 'windows', resourceId: actor.id, studentId: null },
    requestId,
  );
  return {
    timeZone,
    windows: body.windows
      .map(({ weekday, startTime, endTime }) => ({ weekday, startTime, endTime }))
      .sort(byDayAndTime),
  };
};

/** Whether a meeting from `start` to `end` lies inside a window on the family's clock. */
function inside(window: WindowRow, start: Date, end: Date): boolean {
  const from = wallClock(start, window.timeZone);
  const to = wallClock(end, window.timeZone);
  const weekday = ((new Date(Date.UTC(from.year, from.month - 1, from.day)).getUTCDay() + 6) % 7) + 1;
  const sameDay = from.year === to.year && from.month === to.month && from.day === to.day;
  return (
    sameDay &&
    weekday === window.weekday &&
    from.minutes >= toMinutes(window.startTime) &&
    to.minutes <= toMinutes(window.endTime)
  );
}

export const listStudentFamilyWindows: RouteHandler<'listStudentFamilyWindows'> = async ({
  params,
  actor,
  db,
  now,
}) => {
  await authorize(db, actor, 'schedule:coordinate', params.studentId);
  const guardians = await db
    .select({ id: people.id, displayName: people.displayName, timeZone: people.timeZone })
    .from(guardianships)
    .innerJoin(people, eq(people.id, guardianships.personId))
    .where(and(eq(guardianships.studentId, params.studentId)));
  const free = actor.kind === 'educator' ? await freeSlotsOf(db, actor.id, 14, now) : [];
  // One guardian after another: the request's transaction has one connection.
  const items = [];
  for (const guardian of guardians) {
    const rows = await windowsOf(db, guardian.id);
    const matching = free.filter((slot) => rows.some((w) => inside(w, new Date(slot.start), new Date(slot.end))));
    items.push({
      personId: guardian.id,
      displayName: guardian.displayName,
      timeZone: rows[0]?.timeZone ?? guardian.timeZone,
      windows: rows.map(toWindow).sort(byDayAndTime),
      matchingSlotIds: matching.map((slot) => slot.id),
    });
  }
  return { items: items.sort((a, b) => a.personId.localeCompare(b.personId)) };
};

// Quiet hours: wall-clock times in a person's time zone, possibly across midnight
// ("17:00"–"07:30"). Correct across daylight-saving changes: times are resolved with Intl.

const MINUTE = 60_000;

/** The zone's wall-clock parts at an instant. */
function wallClock(at: Date, timeZone: string) {
  const parts = new Intl.DateTimeFormat('en-US', {
    timeZone,
    hourCycle: 'h23',
    year: 'numeric',
    month: '2-digit',
    day: '2-digit',
    hour: '2-digit',
    minute: '2-digit',
  }).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), minutes: get('hour') * 60 + get('minute') };
}

const toMinutes = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The instant at which the zone's clock shows `minutes` on the given calendar day. */
function instantAt(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  // Guess as if UTC, then correct by the zone's offset there; twice, for DST edges.
  let guess = Date.UTC(year, month - 1, day, 0, minutes);
  for (let i = 0; i < 2; i++) {
    const shown = wallClock(new Date(guess), timeZone);
    const shownUtc = Date.UTC(shown.year, shown.month - 1, shown.day, 0, shown.minutes);
    guess += Date.UTC(year, month - 1, day, 0, minutes) - shownUtc;
  }
  return new Date(guess);
}

/** When quiet hours end, if `at` falls within them; otherwise null. */
export function quietUntil(at: Date, quiet: { start: string; end: string }, timeZone: string): Date | null {
  const start = toMinutes(quiet.start);
  const end = toMinutes(quiet.end);
  if (start === end) return null;
  const now = wallClock(at, timeZone);
  const overnight = start > end;
  const inside = overnight ? now.minutes >= start || now.minutes < end : now.minutes >= start && now.minutes < end;
  if (!inside) return null;
  // The end is today, unless we are in the evening part of an overnight window.
  const tomorrow = overnight && now.minutes >= start;
  const base = new Date(Date.UTC(now.year, now.month - 1, now.day + (tomorrow ? 1 : 0)));
  const until = instantAt(base.getUTCFullYear(), base.getUTCMonth() + 1, base.getUTCDate(), end, timeZone);
  return until.getTime() > at.getTime() ? until : new Date(at.getTime() + MINUTE);
}

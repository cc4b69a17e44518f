// Wall-clock times in IANA time zones, resolved with Intl so daylight-saving changes come out
// right: what a zone's clock shows at an instant, and the instant it shows a given time.

// Building a formatter costs far more than using one; slot listings use thousands.
const formatters = new Map<string, Intl.DateTimeFormat>();
const formatterFor = (timeZone: string) => {
  let format = formatters.get(timeZone);
  if (!format) {
    format = new Intl.DateTimeFormat('en-US', {
      timeZone,
      hourCycle: 'h23',
      year: 'numeric',
      month: '2-digit',
      day: '2-digit',
      hour: '2-digit',
      minute: '2-digit',
    });
    if (formatters.size > 500) formatters.clear(); // zones are few; never grow without bound
    formatters.set(timeZone, format);
  }
  return format;
};

/** The zone's wall-clock parts at an instant. */
export function wallClock(at: Date, timeZone: string) {
  const parts = formatterFor(timeZone).formatToParts(at);
  const get = (type: string) => Number(parts.find((p) => p.type === type)?.value);
  return { year: get('year'), month: get('month'), day: get('day'), minutes: get('hour') * 60 + get('minute') };
}

export const toMinutes = (clock: string) => {
  const [h, m] = clock.split(':').map(Number);
  return (h ?? 0) * 60 + (m ?? 0);
};

/** The instant at which the zone's clock shows `minutes` on the given calendar day. */
export function instantAt(year: number, month: number, day: number, minutes: number, timeZone: string): Date {
  // Guess as if UTC, then correct by the zone's offset there; twice, for DST edges.
  let guess = Date.UTC(year, month - 1, day, 0, minutes);
  for (let i = 0; i < 2; i++) {
    const shown = wallClock(new Date(guess), timeZone);
    const shownUtc = Date.UTC(shown.year, shown.month - 1, shown.day, 0, shown.minutes);
    guess += Date.UTC(year, month - 1, day, 0, minutes) - shownUtc;
  }
  return new Date(guess);
}

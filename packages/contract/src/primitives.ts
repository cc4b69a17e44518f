import './zod.js';
import * as z from 'zod/mini';

/** Opaque identifier. Clients must not parse it. */
export const Id = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64), /* @__PURE__ */ z.regex(/^[A-Za-z0-9_-]+$/));
export type Id = z.infer<typeof Id>;

/**
 * A student as a page names them: Tandem's id, or `sis:<sourcedId>` with the OneRoster
 * sourcedId of the district's student information system.
 */
export const StudentRef = /* @__PURE__ */ z.union([
  Id,
  /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^sis:\P{Cc}{1,255}$/u)),
]);

/** ISO 8601 date-time with an offset, e.g. `2026-11-23T14:39:00.000Z`. */
export const DateTime = z.iso.datetime({ offset: true });

/** A calendar date, `YYYY-MM-DD`. */
export const CalendarDate = z.iso.date();
export type CalendarDate = z.infer<typeof CalendarDate>;

/** A BCP 47 language tag such as `en`, `es-MX` or `ar`. */
export const LanguageTag = /* @__PURE__ */ z
  .string()
  .check(
    /* @__PURE__ */ z.minLength(2),
    /* @__PURE__ */ z.maxLength(35),
    /* @__PURE__ */ z.regex(/^[A-Za-z]{2,3}(-[A-Za-z0-9]{2,8})*$/),
  );

/** An IANA time zone name such as `America/Chicago`. */
export const TimeZone = /* @__PURE__ */ z
  .string()
  .check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(64));

/** A wall-clock time, `HH:MM`, 24-hour. */
export const ClockTime = /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.regex(/^([01]\d|2[0-3]):[0-5]\d$/));

export const PAGE_LIMIT_DEFAULT = 25;
export const PAGE_LIMIT_MAX = 100;

/** `?limit=&cursor=` on every list route. Query values arrive as strings. */
export const PageQuery = /* @__PURE__ */ z.strictObject({
  limit: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.coerce
      .number<number>()
      .check(/* @__PURE__ */ z.int(), /* @__PURE__ */ z.gte(1), /* @__PURE__ */ z.lte(PAGE_LIMIT_MAX)),
  ),
  cursor: /* @__PURE__ */ z.optional(
    /* @__PURE__ */ z.string().check(/* @__PURE__ */ z.minLength(1), /* @__PURE__ */ z.maxLength(512)),
  ),
});
export interface PageQuery {
  limit?: number;
  cursor?: string;
}

/** `{ items, nextCursor }`: `nextCursor` is null on the last page. */
/* @__NO_SIDE_EFFECTS__ */
/* @__NO_SIDE_EFFECTS__ */
export function page<T extends z.ZodMiniType>(item: T) {
  return /* @__PURE__ */ z.object({
    items: /* @__PURE__ */ z.array(item),
    nextCursor: /* @__PURE__ */ z.nullable(/* @__PURE__ */ z.string()),
  });
}
export interface Page<T> {
  items: T[];
  nextCursor: string | null;
}

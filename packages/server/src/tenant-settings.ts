// A district's settings (the `tenants` row), as the rest of the server reads them.

type Hours = { start: string; end: string } | null;
const hours = (start: string | null, end: string | null): Hours => (start && end ? { start, end } : null);

/**
 * The quiet hours that hold for a person: their own, or, for the school's side of a
 * conversation (educators and administrators), their district's default when they set none.
 * The district's default is not a family's.
 */
export function effectiveQuietHours(
  person: { kind: 'guardian' | 'educator' | 'admin'; quietHoursStart: string | null; quietHoursEnd: string | null },
  tenant: { quietHoursStart: string | null; quietHoursEnd: string | null },
): Hours {
  const own = hours(person.quietHoursStart, person.quietHoursEnd);
  if (person.kind === 'guardian') return own;
  return own ?? hours(tenant.quietHoursStart, tenant.quietHoursEnd);
}

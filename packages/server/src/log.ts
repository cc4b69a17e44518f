// What the server's log may say about a failure. Logs carry ids, never personal data: a failed
// query's message holds its SQL and parameters (message text, names, notes), and PostgreSQL's
// own messages quote the values they refused, so messages are never logged, only what names
// the kind of failure and where it happened.

const SAFE_FIELDS = ['code', 'constraint', 'table', 'column', 'dataType', 'routine'] as const;

/** `DrizzleQueryError ← DatabaseError code=23505 constraint=waitlist_slot_student_idx`, then our stack frames. */
export function describeError(error: unknown): string {
  const chain: string[] = [];
  let frames: string[] = [];
  let current: unknown = error;
  for (let depth = 0; current && depth < 5; depth++) {
    if (!(current instanceof Error)) {
      chain.push(typeof current);
      break;
    }
    const record = current as unknown as Record<string, unknown>;
    const fields = SAFE_FIELDS.flatMap((field) =>
      typeof record[field] === 'string' && /^[\w.-]{1,63}$/.test(record[field]) ? [`${field}=${record[field]}`] : [],
    );
    chain.push([current.name, ...fields].join(' '));
    // Frames only: the stack's first line repeats the message.
    if (!frames.length)
      frames = (current.stack ?? '')
        .split('\n')
        .filter((line) => /^\s+at /.test(line))
        .slice(0, 6);
    current = current.cause;
  }
  return [chain.join(' ← '), ...frames].join('\n');
}

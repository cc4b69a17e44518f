// Which database errors are "unavailable" (a 503 the client retries) rather than the request's fault (a 500).
import { describe, expect, it } from 'vitest';
import { isUnavailable } from './database.js';

const pgError = (code: string, message: string) => Object.assign(new Error(message), { code });

describe('isUnavailable', () => {
  it('counts a server at its max_connections (53300) as unavailable, also as the cause of a failed query', () => {
    const full = pgError('53300', 'sorry, too many clients already');
    expect(isUnavailable(full)).toBe(true);
    expect(isUnavailable(new Error('Failed query: select 1', { cause: full }))).toBe(true);
  });

  it('counts a restart and a lost connection as unavailable, a constraint or syntax error not', () => {
    expect(isUnavailable(pgError('57P01', 'terminating connection due to administrator command'))).toBe(true);
    expect(isUnavailable(new Error('Connection terminated unexpectedly'))).toBe(true);
    expect(isUnavailable(pgError('23505', 'duplicate key value violates unique constraint'))).toBe(false);
    expect(isUnavailable(pgError('42601', 'syntax error at or near "selec"'))).toBe(false);
  });
});

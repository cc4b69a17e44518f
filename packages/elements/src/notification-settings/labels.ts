import { msg } from '@lit/localize';

// What the element says before its view is in (base/load-state.ts); the view's own words are
// in internal/copy.ts, with the view.

/** What failed and what to do, never a code (UX.md, copy). */
export function failureMessage(kind: string | undefined, saving = false): string {
  if (kind === 'network' || kind === 'timeout') {
    return saving
      ? msg("We couldn't save this. Check your connection and try again.", { id: 'ns.failure.saveNetwork' })
      : msg("We couldn't load your settings. Check your connection and try again.", { id: 'ns.failure.network' });
  }
  if (kind === 'forbidden' || kind === 'unauthorized') {
    return msg('You are not allowed to do this here. Try signing in again.', { id: 'ns.failure.forbidden' });
  }
  // Anything else is on the school's side: a server error, or `origin-not-allowed` (this page is not
  // in the server's allowed origins, a setup problem the host's developer sees in the console).
  // Never "check your connection", never a setting's name.
  return saving
    ? msg("We couldn't save this. Please try again in a moment.", { id: 'ns.failure.save' })
    : msg("We couldn't load your settings. Please try again in a moment.", { id: 'ns.failure.load' });
}

import { css, html, nothing, type TemplateResult } from 'lit';
import type { LazyPart } from './lazy-part.js';
import type { Loader } from './loader.js';

/** What a widget says while it loads and when loading failed, in its own words. */
export interface LoadStateCopy {
  loading: string;
  /** The sentence for a failure of this client error kind (`network` when offline). */
  failure(kind: string | undefined): string;
  retry: string;
}

/**
 * The skeleton while loading, or what failed with *Try again*; nothing once loaded. With `part`
 * (a piece of the widget in a chunk of its own), loaded data waits for it too, and a part that
 * could not be fetched is said as offline, *Try again* fetching only it.
 */
export function renderLoadState(
  loader: Pick<Loader<string>, 'state' | 'failure' | 'reload'>,
  copy: LoadStateCopy,
  part?: LazyPart<unknown>,
): TemplateResult | typeof nothing {
  const partFailed = loader.state === 'ready' && part?.failed === true;
  switch (part ? part.settle(loader.state) : loader.state) {
    case 'waiting':
    case 'loading':
      return html`<div class="skeleton" aria-busy="true">
        <span class="visually-hidden" role="status">${copy.loading}</span>
      </div>`;
    case 'error':
    case 'offline':
      return html`<div class="problem" role="alert">
        <p>${copy.failure(partFailed ? 'network' : loader.failure)}</p>
        <button
          part="button primary-button"
          class="primary"
          type="button"
          @click=${() => (partFailed ? part?.retry() : loader.reload({ fresh: true }))}
        >
          ${copy.retry}
        </button>
      </div>`;
    default:
      return nothing;
  }
}

/** The skeleton and the failure box; a widget sets `--_skeleton-height` to its own shape. */
export const loadStateStyles = css`
  .language-notice {
    margin: 0 0 var(--_space);
    font-size: 0.875em;
    color: var(--_muted);
  }
  .skeleton {
    block-size: var(--_skeleton-height, 12rem);
    border-radius: var(--_radius-l);
    background: var(--_surface);
  }
  .problem {
    margin: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-m);
    border: 1px solid var(--_danger);
    background: var(--_surface);
  }
  .problem p {
    margin-block: 0 calc(var(--_space) * 3);
  }
`;

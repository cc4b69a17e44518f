import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_height: var(--tandem-message-panel-height, 28rem);
    --_mine: var(--tandem-message-panel-mine, color-mix(in srgb, var(--_primary) 12%, var(--_surface)));
    --_theirs: var(--tandem-message-panel-theirs, var(--_surface));
    --_skeleton-height: calc(var(--_height) + 10rem);
  }
  .base {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  .header,
  .tools {
    display: flex;
    flex-wrap: wrap;
    align-items: flex-end;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
  }
  .subtitle,
  .hours,
  .help,
  .meta {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  [aria-pressed='true'] {
    border-color: var(--_primary);
    font-weight: 600;
  }
  .picker {
    display: grid;
    gap: var(--_space);
    font-size: 0.875rem;
  }
  .offline,
  .quiet,
  .empty {
    margin: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-m);
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .log-wrap {
    position: relative;
  }
  .log {
    position: relative;
    overflow-y: auto;
    overscroll-behavior: contain;
    block-size: var(--_height);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-l);
    background: var(--_bg);
  }
  .log:focus-visible {
    outline: 3px solid var(--_primary);
    outline-offset: 2px;
  }
  .log > * {
    inline-size: 100%;
    box-sizing: border-box;
    padding-inline: calc(var(--_space) * 3);
  }
  .row {
    display: flex;
    align-items: flex-end;
    gap: calc(var(--_space) * 2);
    padding-block: 2px;
  }
  .row.first {
    padding-block-start: calc(var(--_space) * 2);
  }
  .row.mine {
    justify-content: flex-end;
  }
  .avatar,
  .avatar-space {
    flex: none;
    inline-size: 2rem;
    block-size: 2rem;
    align-self: flex-start;
  }
  .avatar {
    display: grid;
    place-items: center;
    border-radius: 50%;
    font-size: 0.75rem;
    font-weight: 700;
    border: 1px solid;
    color: var(--_c);
    background: color-mix(in srgb, var(--_c) 12%, var(--_bg));
  }
  .home {
    --_c: var(--_home);
  }
  .school {
    --_c: var(--_school);
  }
  .bubble {
    min-inline-size: 0;
    max-inline-size: min(36rem, 80%);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: var(--_radius-l);
    background: var(--_theirs);
    border: 1px solid var(--_border);
  }
  .mine .bubble {
    background: var(--_mine);
    border-end-end-radius: var(--_radius-s);
  }
  .theirs .bubble {
    border-end-start-radius: var(--_radius-s);
  }
  .row:not(.last) .bubble {
    border-end-end-radius: var(--_radius-l);
    border-end-start-radius: var(--_radius-l);
  }
  .bubble.failed {
    border-color: var(--_danger);
  }
  .body {
    margin: 0;
    white-space: pre-wrap;
    overflow-wrap: anywhere;
  }
  .sender {
    margin: 0;
    font-weight: 600;
    font-size: 0.875rem;
  }
  .meta {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0 var(--_space);
    margin-block-start: var(--_space);
  }
  .review-needed,
  .review-reviewed {
    font-weight: 600;
  }
  .state-failed {
    color: var(--_danger);
    font-weight: 600;
  }
  .state-read {
    color: var(--_primary);
  }
  button.link {
    min-block-size: 24px;
    min-inline-size: 0;
    padding: 0;
    border: 0;
    background: none;
    color: var(--_primary);
    text-decoration: underline;
    font-size: inherit;
  }
  .day {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding-block: calc(var(--_space) * 4) var(--_space);
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_muted);
  }
  .day::before,
  .day::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid var(--_border);
  }
  .unread {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    padding-block: var(--_space);
    color: var(--_danger);
    font-weight: 600;
    font-size: 0.875rem;
  }
  .unread::before,
  .unread::after {
    content: '';
    flex: 1;
    border-block-start: 1px solid currentColor;
  }
  .older {
    display: flex;
    justify-content: center;
    padding-block: calc(var(--_space) * 2);
  }
  .jump {
    position: absolute;
    inset-block-end: calc(var(--_space) * 3);
    inset-inline-end: calc(var(--_space) * 3);
    box-shadow: 0 2px 6px rgb(0 0 0 / 0.2);
  }
  .composer {
    display: grid;
    grid-template-columns: minmax(0, 1fr);
    gap: calc(var(--_space) * 2);
  }
  /* One row that scrolls sideways when it is too long (a phone): no wrapping into many rows. */
  .quick {
    display: flex;
    /* Wrapped, not scrolled sideways: in a longer language the last replies would hide off-screen. */
    flex-wrap: wrap;
    gap: var(--_space);
    padding: 2px;
  }
  .quick button {
    flex: none;
    max-inline-size: 100%;
    border-radius: 999px;
    padding-inline: calc(var(--_space) * 3);
  }
  .write {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-end;
  }
  /* Grows with what is typed, up to about six lines, then scrolls. */
  textarea {
    flex: 1;
    min-inline-size: 0;
    field-sizing: content;
    min-block-size: 44px;
    max-block-size: 10.5rem;
    padding-block: calc(var(--_space) * 2);
    border-radius: var(--_radius-l);
    resize: none;
  }
  @media (forced-colors: active) {
    .bubble,
    .avatar {
      border-color: CanvasText;
    }
  }
`;

import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_height: var(--tandem-message-panel-height, 28rem);
    --_mine: var(--tandem-message-panel-mine, color-mix(in srgb, var(--_primary) 12%, var(--_surface)));
    --_theirs: var(--tandem-message-panel-theirs, var(--_surface));
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .header {
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
  .picker {
    display: grid;
    gap: var(--_space);
    font-size: 0.875rem;
  }
  .offline,
  .problem,
  .quiet,
  .empty {
    margin: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-m);
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .problem p {
    margin-block: 0 calc(var(--_space) * 3);
  }
  .skeleton {
    block-size: var(--_height);
    border-radius: var(--_radius-l);
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
    padding-block: var(--_space);
  }
  .row.mine {
    justify-content: flex-end;
  }
  .bubble {
    max-inline-size: min(36rem, 85%);
    padding: calc(var(--_space) * 2) calc(var(--_space) * 3);
    border-radius: var(--_radius-l);
    background: var(--_theirs);
    border: 1px solid var(--_border);
  }
  .mine .bubble {
    background: var(--_mine);
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
    margin: 0;
    padding-block: calc(var(--_space) * 3) var(--_space);
    text-align: center;
    font-size: 0.875rem;
    font-weight: 600;
    color: var(--_muted);
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
    gap: calc(var(--_space) * 2);
  }
  .quick {
    display: flex;
    flex-wrap: wrap;
    gap: var(--_space);
  }
  .quick button {
    border-radius: 999px;
  }
  .write {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: flex-end;
  }
  textarea {
    flex: 1;
    min-inline-size: 0;
    resize: vertical;
  }
  @media (forced-colors: active) {
    .bubble {
      border-color: CanvasText;
    }
  }
`;

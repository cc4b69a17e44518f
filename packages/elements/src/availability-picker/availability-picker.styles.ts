import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_skeleton-height: 18rem;
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 3);
    container-type: inline-size;
  }
  .header {
    display: grid;
    gap: var(--_space);
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
  }
  h3 {
    margin: 0;
    font-size: 1.0625rem;
  }
  .translation-note {
    color: var(--_muted);
    font-size: 0.875rem;
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
  .muted,
  .needs {
    margin: 0;
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .notice:empty {
    display: none;
  }
  .notice {
    margin: 0;
    color: var(--_success);
  }
  .inline {
    display: flex;
    gap: calc(var(--_space) * 2);
    align-items: center;
  }
  .inline select {
    inline-size: auto;
  }
  /* .problem comes from the load-state stylesheet. */
  .empty,
  .confirmation {
    margin: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-m);
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .confirmation {
    display: grid;
    gap: var(--_space);
    border-color: var(--_success);
  }
  .confirmation p {
    margin: 0;
  }
  .lengths {
    margin: 0;
    font-weight: 600;
    color: var(--_muted);
  }
  .confirmation:focus {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  /* One row at any width: arrows at the ends, the range between them. */
  .week-nav {
    display: flex;
    flex-wrap: nowrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .week-nav .range {
    flex: 1 1 auto;
    min-inline-size: 0;
    text-align: center;
    font-weight: 600;
  }
  .week-nav .icon {
    flex: none;
    inline-size: 44px;
    min-block-size: 44px;
    padding: 0;
    font-size: 1.25rem;
  }
  .grid {
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .slot {
    flex-direction: column;
    line-height: 1.2;
  }
  .slot-note {
    font-size: 0.75rem;
  }
  .slot.open .slot-note {
    color: inherit;
  }
  .no-times-text {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .day-label .short {
    display: none;
  }
  .day.no-times .day-label {
    color: var(--_muted);
  }
  .day {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space);
    padding-block-end: calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
  }
  .day-label {
    flex: 0 0 12rem;
    font-weight: 600;
  }
  .slot {
    display: inline-flex;
    align-items: center;
    justify-content: center;
    min-block-size: 44px;
    min-inline-size: 5.5rem;
    box-sizing: border-box;
    padding-inline: calc(var(--_space) * 3);
    border-radius: var(--_radius-m);
    border: 1px solid var(--_primary);
    color: var(--_primary);
    background: var(--_bg);
    cursor: pointer;
    font-variant-numeric: tabular-nums;
  }
  .slot.chosen {
    background: var(--_primary);
    color: var(--_on-primary);
  }
  .slot.full,
  .slot.closed {
    border-style: dashed;
    border-color: var(--_border);
    color: var(--_muted);
    cursor: not-allowed;
  }
  .slot.full .time {
    text-decoration: line-through;
  }
  .slot.full {
    cursor: pointer; /* a family may wait for it */
  }
  .slot.mine {
    border: 2px solid var(--_success);
    color: var(--_text);
    cursor: default;
  }
  .form {
    display: grid;
    gap: calc(var(--_space) * 2);
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-l);
  }
  fieldset {
    display: grid;
    gap: var(--_space);
    margin: 0;
    border: 0;
    padding: 0;
  }
  legend {
    font-weight: 600;
    padding: 0;
    margin-block-end: var(--_space);
  }
  .choice {
    display: flex;
    align-items: center;
    gap: calc(var(--_space) * 2);
    min-block-size: 44px;
  }
  .choice input {
    inline-size: 1.25rem;
    min-block-size: 1.25rem;
  }
  .pair {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: calc(var(--_space) * 2);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .bookings ul,
  section ul {
    margin: 0;
    padding-inline-start: 1.25rem;
    display: grid;
    gap: calc(var(--_space) * 2);
  }
  .bookings .when {
    font-weight: 600;
  }
  .bookings li {
    display: grid;
    gap: var(--_space);
    justify-items: start;
  }
  summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
    color: var(--_primary);
  }
  @media (max-width: 40rem) {
    .day-label {
      flex-basis: 100%;
    }
  }
  @media (forced-colors: active) {
    .slot.chosen {
      forced-color-adjust: none;
      background: Highlight;
      color: HighlightText;
    }
  }
  /* Wide: the days side by side, as on a calendar; each day's times run down its column. */
  @container (min-width: 50rem) {
    .grid {
      grid-template-columns: repeat(7, minmax(0, 1fr));
      align-items: start;
    }
    .day {
      flex-direction: column;
      align-items: stretch;
      padding: 0;
      border: 0;
    }
    .day-label .long {
      display: none;
    }
    .day-label .short {
      display: inline;
    }
    .day-label {
      flex: none;
      text-align: center;
      padding-block-end: var(--_space);
      border-block-end: 1px solid var(--_border);
      font-size: 0.875rem;
    }
    .slot {
      min-inline-size: 0;
      padding-inline: var(--_space);
    }
    .no-times-text {
      text-align: center;
    }
  }
`;

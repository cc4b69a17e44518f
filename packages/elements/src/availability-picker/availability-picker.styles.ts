import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 3);
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
  .problem,
  .empty,
  .confirmation {
    margin: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-m);
    border: 1px solid var(--_border);
    background: var(--_surface);
  }
  .problem {
    border-color: var(--_danger);
  }
  .confirmation {
    display: grid;
    gap: var(--_space);
    border-color: var(--_success);
  }
  .confirmation p {
    margin: 0;
  }
  .skeleton {
    block-size: 18rem;
    border-radius: var(--_radius-l);
    background: var(--_surface);
  }
  .week-nav {
    display: flex;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
    flex-wrap: wrap;
  }
  .grid {
    display: grid;
    gap: calc(var(--_space) * 2);
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
  .slot.unavailable {
    border-style: dashed;
    border-color: var(--_border);
    color: var(--_muted);
    text-decoration: line-through;
    cursor: not-allowed;
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
`;

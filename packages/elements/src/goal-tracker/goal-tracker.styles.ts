import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--tandem-goal-tracker-gap, 16px);
    --_card: var(--tandem-goal-tracker-card-background, var(--_surface));
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  .header {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    justify-content: space-between;
    gap: calc(var(--_space) * 2);
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
  }
  .notice:empty {
    display: none;
  }
  .notice {
    margin: 0;
    color: var(--_success);
  }
  .offline,
  .problem {
    margin: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-m);
    border: 1px solid var(--_border);
    background: var(--_card);
  }
  .problem p {
    margin-block: 0 calc(var(--_space) * 3);
  }
  .skeletons {
    display: grid;
    gap: var(--_gap);
  }
  .skeleton {
    block-size: 220px;
    border-radius: var(--_radius-l);
    background: var(--_card);
  }
  .goals {
    list-style: none;
    margin: 0;
    padding: 0;
    display: grid;
    gap: var(--_gap);
  }
  .card,
  .row {
    padding: calc(var(--_space) * 4);
    border-radius: var(--_radius-l);
    background: var(--_card);
    border: 1px solid var(--_border);
    display: grid;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
  }
  .row {
    grid-template-columns: 1fr auto;
    align-items: center;
  }
  .row .spark {
    grid-column: 1 / -1;
    block-size: 48px;
  }
  .row .meaning {
    grid-column: 1 / -1;
  }
  .card-head {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
    justify-content: space-between;
  }
  .domain,
  .status {
    font-size: 0.875rem;
    color: var(--_muted);
  }
  .status-met .status {
    color: var(--_success);
    font-weight: 600;
  }
  .statement {
    margin: 0;
    font-size: 1.125rem;
    overflow-wrap: anywhere;
  }
  p {
    margin: 0;
  }
  .muted,
  .aim-text {
    color: var(--_muted);
  }
  .chart {
    block-size: 140px;
    border-radius: var(--_radius-s);
  }
  .chart svg,
  .spark svg {
    inline-size: 100%;
    block-size: 100%;
    overflow: visible;
  }
  svg {
    flex: none;
  }
  .axis {
    stroke: var(--_border);
  }
  .aim {
    stroke: var(--_muted);
    stroke-width: 2;
    stroke-dasharray: 6 4;
    vector-effect: non-scaling-stroke;
  }
  circle.home {
    fill: var(--_home);
  }
  rect.school {
    fill: var(--_school);
  }
  .pending {
    opacity: 0.5;
  }
  .focus-ring {
    fill: none;
    stroke: var(--_primary);
    stroke-width: 2;
  }
  .legend {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 3);
    font-size: 0.875rem;
  }
  .legend span,
  .steps h4,
  td.home,
  td.school {
    display: inline-flex;
    align-items: center;
    gap: var(--_space);
  }
  .home {
    color: var(--_home);
  }
  .school {
    color: var(--_school);
  }
  .legend .aim-key {
    color: var(--_muted);
  }
  .selected:empty {
    display: none;
  }
  details summary {
    cursor: pointer;
    min-block-size: 44px;
    display: flex;
    align-items: center;
    color: var(--_primary);
  }
  table {
    inline-size: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    text-align: start;
    padding: var(--_space) calc(var(--_space) * 2);
    border-block-end: 1px solid var(--_border);
    overflow-wrap: anywhere;
  }
  .week-title {
    margin: 0;
    font-size: 1rem;
  }
  .step-groups {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 200px), 1fr));
    gap: calc(var(--_space) * 3);
  }
  .steps h4 {
    margin: 0;
    font-size: 0.875rem;
  }
  .steps ul {
    margin: var(--_space) 0 0;
    padding-inline-start: calc(var(--_space) * 5);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
  .form {
    display: grid;
    gap: var(--_space);
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-m);
    border: 1px solid var(--_border);
    background: var(--_bg);
  }
  .form h4 {
    margin: 0 0 var(--_space);
  }
  .form .actions {
    margin-block-start: calc(var(--_space) * 2);
  }
  .pair {
    display: grid;
    grid-template-columns: repeat(auto-fit, minmax(min(100%, 140px), 1fr));
    gap: calc(var(--_space) * 3);
  }
  label {
    font-weight: 600;
    margin-block-start: calc(var(--_space) * 2);
  }
  .field-error {
    color: var(--_danger);
    font-size: 0.875rem;
  }
  [aria-invalid='true'] {
    border-color: var(--_danger);
    border-width: 2px;
  }
  .empty {
    padding: calc(var(--_space) * 4);
    border: 1px dashed var(--_border);
    border-radius: var(--_radius-l);
  }
  button.primary {
    transition: filter var(--_motion) ease-out;
  }
`;

import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_gap: var(--tandem-goal-tracker-gap, 16px);
    --_card: var(--tandem-goal-tracker-card-background, var(--_surface));
    --_skeleton-height: 220px;
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
  .offline {
    margin: 0;
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-m);
    border: 1px solid var(--_border);
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
    font-size: 1.25rem;
    line-height: 1.3;
    overflow-wrap: anywhere;
  }
  .translation {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: var(--_space) calc(var(--_space) * 2);
    color: var(--_muted);
    font-size: 0.875rem;
  }
  .review-needed,
  .review-reviewed {
    font-weight: 600;
  }
  .card .meaning {
    font-weight: 600;
  }
  .hint {
    color: var(--_muted);
    font-size: 0.875rem;
  }
  p {
    margin: 0;
  }
  .muted,
  .aim-text {
    color: var(--_muted);
  }
  .figure {
    margin: 0;
    display: grid;
    gap: calc(var(--_space) * 2);
    min-inline-size: 0;
  }
  .chart {
    border-radius: var(--_radius-s);
    background: var(--_bg);
    padding-block: calc(var(--_space) * 2);
  }
  .plot {
    display: block;
    inline-size: 100%;
    block-size: auto;
    overflow: visible;
  }
  .spark {
    min-inline-size: 0;
  }
  svg {
    flex: none;
  }
  .axis {
    stroke: var(--_text);
    stroke-width: 1;
  }
  .grid {
    stroke: var(--_border);
    stroke-width: 1;
    stroke-dasharray: 1 5;
  }
  .tick,
  .unit,
  .guide-label,
  .readout-label {
    fill: var(--_text);
    font-size: 0.8125rem;
  }
  .unit {
    font-weight: 600;
  }
  .baseline,
  .target {
    stroke: var(--_muted);
    stroke-width: 1;
    stroke-dasharray: 3 3;
  }
  .target-label {
    font-weight: 600;
  }
  /* The aim line: the primary colour (at least 3:1 on the surface in light and dark), dashed. */
  .aim {
    stroke: var(--_primary);
    stroke-width: 2.5;
    stroke-dasharray: 8 5;
  }
  .trend {
    fill: none;
    stroke: var(--_muted);
    stroke-width: 1.5;
  }
  .point {
    stroke: var(--_bg);
    stroke-width: 1.5;
    cursor: pointer;
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
  .readout-label {
    font-weight: 600;
    paint-order: stroke;
    stroke: var(--_bg);
    stroke-width: 4;
  }
  .aim-swatch {
    display: inline-block;
    inline-size: 24px;
    border-block-start: 3px dashed var(--_primary);
  }
  button.link {
    justify-self: start;
    background: none;
    border: 1px solid var(--_border);
    color: var(--_primary);
    min-block-size: 44px;
  }
  .table-wrap {
    overflow-x: auto;
  }
  caption {
    text-align: start;
    font-weight: 600;
    padding-block-end: var(--_space);
  }
  th[scope='row'] {
    font-weight: normal;
  }
  /* Forced colours: every colour above is a token, which tokens.ts maps to system colours. */
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

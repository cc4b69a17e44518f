import { css } from 'lit';

export const styles = css`
  :host {
    display: block;
    --_skeleton-height: 28rem;
  }
  .base {
    display: grid;
    gap: calc(var(--_space) * 3);
  }
  form {
    display: grid;
    gap: calc(var(--_space) * 4);
  }
  .title {
    margin: 0;
    font-size: 1.25rem;
  }
  .intro,
  .hint {
    margin: 0;
    color: var(--_muted);
  }
  .hint {
    grid-column: 2;
    font-size: 0.875rem;
  }
  .hint:empty {
    display: none;
  }
  .hint strong {
    color: var(--_text);
    font-weight: 600;
  }
  fieldset {
    display: grid;
    gap: calc(var(--_space) * 2);
    margin: 0;
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_border);
    border-radius: var(--_radius-m);
    min-inline-size: 0;
  }
  legend {
    padding-inline: var(--_space);
    font-weight: 600;
  }
  /* The box or circle, its label beside it, and what it means under the label. */
  .choice {
    display: grid;
    grid-template-columns: auto 1fr;
    column-gap: calc(var(--_space) * 3);
    align-items: center;
  }
  .choice input {
    inline-size: 24px;
    block-size: 24px;
    min-block-size: 24px;
    margin: 10px;
    accent-color: var(--_primary);
  }
  .choice label {
    min-block-size: 44px;
    display: flex;
    align-items: center;
    overflow-wrap: anywhere;
  }
  .choice input:disabled + label {
    color: var(--_muted);
  }
  .times {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 4);
    padding-inline-start: calc(var(--_space) * 11);
  }
  .times label,
  .field {
    display: grid;
    gap: var(--_space);
  }
  .field select {
    max-inline-size: 100%;
  }
  .problem-text,
  .notice {
    margin: 0;
  }
  .problem-text:empty,
  .notice:empty {
    display: none;
  }
  .problem-text {
    padding: calc(var(--_space) * 3);
    border: 1px solid var(--_danger);
    border-radius: var(--_radius-m);
    background: var(--_surface);
  }
  .notice {
    color: var(--_success);
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: calc(var(--_space) * 2);
  }
`;

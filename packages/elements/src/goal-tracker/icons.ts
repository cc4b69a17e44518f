import { svg } from 'lit';

// Home and school are told apart by shape and label as well as colour (UX.md, equal partners).
export const houseIcon = svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M8 1.5 1 7.2l.9 1.1L3 7.4V14h4v-4h2v4h4V7.4l1.1.9.9-1.1z"/></svg>`;
export const schoolIcon = svg`<svg viewBox="0 0 16 16" width="16" height="16" aria-hidden="true" focusable="false"><path fill="currentColor" d="M8 1 0 5l8 4 6-3v5h2V5zM3 8.3V11c0 1.4 2.2 3 5 3s5-1.6 5-3V8.3L8 11z"/></svg>`;

import { css } from 'lit';

/**
 * Design tokens, in three tiers: these system defaults (`--tandem-sys-*`), each component's
 * own variables, and the private `--_*` values the styles read. A host page themes Tandem by
 * setting `--tandem-sys-*` on any ancestor; `theme="dark"`, or `theme="auto"` to follow the
 * device, switches the defaults. Defaults are the contrast-checked pairs of UX.md.
 */
export const tokens = css`
  :host {
    --_bg: var(--tandem-sys-color-background, light-dark(#ffffff, #0d1117));
    --_surface: var(--tandem-sys-color-surface, light-dark(#f6f8fa, #161b22));
    --_text: var(--tandem-sys-color-text, light-dark(#1f2328, #e6edf3));
    --_muted: var(--tandem-sys-color-text-muted, light-dark(#59636e, #9198a1));
    --_primary: var(--tandem-sys-color-primary, light-dark(#0a5cad, #58a6ff));
    --_on-primary: var(--tandem-sys-color-on-primary, light-dark(#ffffff, #0d1117));
    --_home: var(--tandem-sys-color-home, light-dark(#8a4b00, #f0a648));
    --_school: var(--tandem-sys-color-school, light-dark(#5b3fb3, #b4a1ff));
    --_success: var(--tandem-sys-color-success, light-dark(#1a7f37, #3fb950));
    --_danger: var(--tandem-sys-color-danger, light-dark(#c21c2c, #ff7b72));
    --_border: var(--tandem-sys-color-border, light-dark(#768390, #6e7681));
    --_radius-s: var(--tandem-sys-radius-small, 4px);
    --_radius-m: var(--tandem-sys-radius-medium, 8px);
    --_radius-l: var(--tandem-sys-radius-large, 12px);
    --_space: var(--tandem-sys-space, 4px);
    --_motion: var(--tandem-sys-motion-duration, 150ms);
    /* light-dark() above follows this: light unless the widget is told otherwise. */
    color-scheme: light;
    font-family: inherit;
    font-size: 1rem;
    line-height: 1.5;
    color: var(--_text);
  }
  /* A widget that chooses a dark scheme paints its own surface: on a light page, its light
     text would otherwise sit on the page's light background. */
  :host([theme='dark']) {
    color-scheme: dark;
    background-color: var(--_bg);
    padding: calc(var(--_space) * 3);
    border-radius: var(--_radius-l);
  }
  @media (prefers-color-scheme: dark) {
    :host([theme='auto']) {
      background-color: var(--_bg);
      padding: calc(var(--_space) * 3);
      border-radius: var(--_radius-l);
    }
  }
  :host([theme='auto']) {
    color-scheme: light dark;
  }
  @media (forced-colors: active) {
    :host {
      --_bg: Canvas;
      --_surface: Canvas;
      --_text: CanvasText;
      --_muted: CanvasText;
      --_primary: LinkText;
      --_on-primary: Canvas;
      --_home: CanvasText;
      --_school: CanvasText;
      --_success: CanvasText;
      --_danger: CanvasText;
      --_border: CanvasText;
    }
  }
  @media (prefers-reduced-motion: reduce) {
    :host {
      --_motion: 0s;
    }
  }
  :host([hidden]) {
    display: none;
  }
  :focus-visible {
    outline: 2px solid var(--_primary);
    outline-offset: 2px;
  }
  button,
  input,
  select,
  textarea {
    font: inherit;
    color: inherit;
  }
  button {
    min-block-size: 44px;
    min-inline-size: 44px;
    padding-block: calc(var(--_space) * 2);
    padding-inline: calc(var(--_space) * 4);
    border-radius: var(--_radius-m);
    border: 1px solid var(--_border);
    background: var(--_bg);
    cursor: pointer;
  }
  button.primary {
    background: var(--_primary);
    border-color: var(--_primary);
    color: var(--_on-primary);
  }
  button:disabled {
    cursor: not-allowed;
    opacity: 0.6;
  }
  input,
  select,
  textarea {
    min-block-size: 44px;
    box-sizing: border-box;
    padding-inline: calc(var(--_space) * 3);
    border-radius: var(--_radius-s);
    border: 1px solid var(--_border);
    background: var(--_bg);
    inline-size: 100%;
  }
  textarea {
    padding-block: calc(var(--_space) * 2);
  }
  .visually-hidden {
    position: absolute;
    inline-size: 1px;
    block-size: 1px;
    overflow: hidden;
    clip-path: inset(50%);
    white-space: nowrap;
  }
`;

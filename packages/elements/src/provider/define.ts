import { defineElement } from '../base/define.js';
import { TandemProvider } from './provider.js';

defineElement('tandem-provider', TandemProvider);

// The element's class and its events' types, so that importing this file is enough to type
// `el.addEventListener('tandem-…', (event) => event.detail…)` (the global event map comes with them).
export { TandemProvider };

declare global {
  interface HTMLElementTagNameMap {
    'tandem-provider': TandemProvider;
  }
}

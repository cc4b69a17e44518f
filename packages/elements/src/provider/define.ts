import { defineElement } from '../base/define.js';
import { TandemProvider } from './provider.js';

defineElement('tandem-provider', TandemProvider);

declare global {
  interface HTMLElementTagNameMap {
    'tandem-provider': TandemProvider;
  }
}

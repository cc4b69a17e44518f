import { createContext } from '@lit/context';
import type { TandemClient } from '@tandem/client';

/** What `<tandem-provider>` gives the widgets inside it. */
export interface TandemContext {
  client: TandemClient | null;
}

export const tandemContext = createContext<TandemContext>(Symbol.for('tandem.context'));

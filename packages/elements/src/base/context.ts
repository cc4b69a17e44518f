import { createContext } from '@lit/context';
import type { TandemClient } from '@tandem/client';
import type { SpeechPlatform } from './speech.js';

/** What `<tandem-provider>` gives the widgets inside it. */
export interface TandemContext {
  client: TandemClient | null;
  /** The Web Speech API to read aloud and listen with; the browser's own when absent. */
  speech?: SpeechPlatform | null;
}

export const tandemContext = createContext<TandemContext>(Symbol.for('tandem.context'));

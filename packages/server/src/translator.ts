// Machine translation behind one small interface, with an adapter for LibreTranslate's HTTP
// API (self-hostable, so message text never leaves the district's own servers).

export interface Translator {
  /** Translates plain text; throws TranslationError when the service cannot. */
  translate(text: string, from: string, to: string, signal?: AbortSignal): Promise<string>;
}

export class TranslationError extends Error {
  override name = 'TranslationError';
}

/** `es-MX` → `es`: translation services work with languages, not regions. */
export const baseLanguage = (tag: string) => tag.toLowerCase().split('-')[0] ?? tag;

export function libreTranslate(options: { url: string; apiKey?: string; timeoutMs?: number }): Translator {
  const endpoint = `${options.url.replace(/\/+$/, '')}/translate`;
  return {
    async translate(text, from, to, signal) {
      const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
      let response: Response;
      try {
        response = await fetch(endpoint, {
          method: 'POST',
          headers: { 'Content-Type': 'application/json', Accept: 'application/json' },
          body: JSON.stringify({
            q: text,
            source: baseLanguage(from),
            target: baseLanguage(to),
            format: 'text',
            ...(options.apiKey ? { api_key: options.apiKey } : {}),
          }),
          signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
        });
      } catch (error) {
        // Only the kind of failure: a message about a request can quote its body.
        throw new TranslationError(`The translation service did not answer (${(error as Error).name}).`);
      }
      const body = (await response.json().catch(() => undefined)) as
        { translatedText?: unknown; error?: unknown } | undefined;
      if (!response.ok || typeof body?.translatedText !== 'string') {
        // The status only: a service's error text can echo the message it was given.
        throw new TranslationError(`The translation service answered ${response.status} without a translation.`);
      }
      return body.translatedText;
    },
  };
}

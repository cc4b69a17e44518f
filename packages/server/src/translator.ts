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

/** A district's choice of translation service (the `tenants` row's translation columns). */
export interface TranslationSetting {
  mode: 'server' | 'off' | 'custom';
  url: string | null;
  apiKey: string | null;
}

/** Custom services kept at once; a district that changes its key often makes the oldest go. */
const MAX_CUSTOM_CLIENTS = 256;

/**
 * Which translator serves a district, chosen when a message is translated (so a change of
 * setting applies to the next message, on every instance): `server` → the one this server was
 * configured with (or none), `off` → none, `custom` → a LibreTranslate client for the district's
 * url and key, made once per url and key.
 */
export class Translators {
  readonly #custom = new Map<string, Translator>();

  constructor(
    /** The service of TANDEM_TRANSLATE_URL, if any. */
    readonly server: Translator | null,
    private readonly client: (options: { url: string; apiKey?: string }) => Translator = libreTranslate,
  ) {}

  for(setting: TranslationSetting): Translator | null {
    switch (setting.mode) {
      case 'off':
        return null;
      case 'server':
        return this.server;
      case 'custom': {
        if (!setting.url) return null;
        const key = JSON.stringify([setting.url, setting.apiKey]);
        let translator = this.#custom.get(key);
        if (!translator) {
          translator = this.client({ url: setting.url, ...(setting.apiKey ? { apiKey: setting.apiKey } : {}) });
          const oldest = this.#custom.keys().next();
          if (this.#custom.size >= MAX_CUSTOM_CLIENTS && !oldest.done) this.#custom.delete(oldest.value);
          this.#custom.set(key, translator);
        }
        return translator;
      }
    }
  }
}

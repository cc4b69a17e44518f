// Machine translation behind one small interface, with two HTTP adapters: LibreTranslate's API
// (self-hostable, so text never leaves the district's own servers) and a generic one, a
// documented shape any service or in-house proxy can answer (docs/translation.md).

export interface Translator {
  /** Translates plain text; throws TranslationError when the service cannot. */
  translate(text: string, from: string, to: string, signal?: AbortSignal): Promise<string>;
}

export class TranslationError extends Error {
  override name = 'TranslationError';
}

/** `es-MX` → `es`: translation services work with languages, not regions. */
export const baseLanguage = (tag: string) => tag.toLowerCase().split('-')[0] ?? tag;

/** How a service is spoken to: LibreTranslate's API, or the generic shape below. */
export type TranslationProtocol = 'libretranslate' | 'generic';

export interface ServiceOptions {
  url: string;
  apiKey?: string;
  timeoutMs?: number;
}

/**
 * POSTs a JSON body and reads one string field of the JSON answer. Errors never quote the text
 * or the service's answer (it can echo the text): only the kind of failure, or the status.
 */
async function post(
  endpoint: string,
  body: unknown,
  headers: Record<string, string>,
  field: string,
  options: ServiceOptions,
  signal?: AbortSignal,
): Promise<string> {
  const timeout = AbortSignal.timeout(options.timeoutMs ?? 10_000);
  let response: Response;
  try {
    response = await fetch(endpoint, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Accept: 'application/json', ...headers },
      body: JSON.stringify(body),
      signal: signal ? AbortSignal.any([signal, timeout]) : timeout,
    });
  } catch (error) {
    throw new TranslationError(`The translation service did not answer (${(error as Error).name}).`);
  }
  const answer = (await response.json().catch(() => undefined)) as Record<string, unknown> | undefined;
  const text = answer?.[field];
  if (!response.ok || typeof text !== 'string') {
    throw new TranslationError(`The translation service answered ${response.status} without a translation.`);
  }
  return text;
}

/** LibreTranslate: `POST {url}/translate` `{q, source, target, format: 'text', api_key?}` → `{translatedText}`. */
export function libreTranslate(options: ServiceOptions): Translator {
  const endpoint = `${options.url.replace(/\/+$/, '')}/translate`;
  return {
    translate: (text, from, to, signal) =>
      post(
        endpoint,
        {
          q: text,
          source: baseLanguage(from),
          target: baseLanguage(to),
          format: 'text',
          ...(options.apiKey ? { api_key: options.apiKey } : {}),
        },
        {},
        'translatedText',
        options,
        signal,
      ),
  };
}

/**
 * The generic protocol: `POST {url}` (the address as given) with
 * `{"text": "…", "from": "es", "to": "vi"}` (plain text; base language codes), and
 * `Authorization: Bearer <key>` when there is a key; it answers 200 `{"text": "…"}`. Anything
 * else (another status, no `text`) counts as a failure, retried later.
 */
export function genericTranslator(options: ServiceOptions): Translator {
  return {
    translate: (text, from, to, signal) =>
      post(
        options.url,
        { text, from: baseLanguage(from), to: baseLanguage(to) },
        options.apiKey ? { Authorization: `Bearer ${options.apiKey}` } : {},
        'text',
        options,
        signal,
      ),
  };
}

/** The adapter for a protocol. */
export const translatorFor = (options: ServiceOptions & { protocol?: TranslationProtocol }): Translator =>
  options.protocol === 'generic' ? genericTranslator(options) : libreTranslate(options);

/** A district's choice of translation service (the `tenants` row's translation columns). */
export interface TranslationSetting {
  mode: 'server' | 'off' | 'custom';
  url: string | null;
  apiKey: string | null;
  /** Absent: LibreTranslate. */
  protocol?: TranslationProtocol;
}

/** Custom services kept at once; a district that changes its key often makes the oldest go. */
const MAX_CUSTOM_CLIENTS = 256;

/**
 * Which translator serves a district, chosen when a message is translated (so a change of
 * setting applies to the next message, on every instance): `server` → the one this server was
 * configured with (or none), `off` → none, `custom` → a client for the district's url, key and
 * protocol, made once per url, key and protocol.
 */
export class Translators {
  readonly #custom = new Map<string, Translator>();

  constructor(
    /** The service of TANDEM_TRANSLATE_URL, if any. */
    readonly server: Translator | null,
    private readonly client: (options: {
      url: string;
      apiKey?: string;
      protocol?: TranslationProtocol;
    }) => Translator = translatorFor,
  ) {}

  for(setting: TranslationSetting): Translator | null {
    switch (setting.mode) {
      case 'off':
        return null;
      case 'server':
        return this.server;
      case 'custom': {
        if (!setting.url) return null;
        const protocol = setting.protocol ?? 'libretranslate';
        const key = JSON.stringify([setting.url, setting.apiKey, protocol]);
        let translator = this.#custom.get(key);
        if (!translator) {
          translator = this.client({
            url: setting.url,
            protocol,
            ...(setting.apiKey ? { apiKey: setting.apiKey } : {}),
          });
          const oldest = this.#custom.keys().next();
          if (this.#custom.size >= MAX_CUSTOM_CLIENTS && !oldest.done) this.#custom.delete(oldest.value);
          this.#custom.set(key, translator);
        }
        return translator;
      }
    }
  }
}

import { msg } from '@lit/localize';
import { html, type PropertyValues, type TemplateResult } from 'lit';
import { property } from 'lit/decorators.js';
import { TandemNotificationSettingsSavedEvent } from '../base/events.js';
import { renderLanguageNotice } from '../base/language-notice.js';
import type { LoadState } from '../base/loader.js';
import { loadStateStyles, renderLoadState } from '../base/load-state.js';
import { TandemElement } from '../base/tandem-element.js';
import { tokens } from '../base/tokens.js';
import { strings } from '../generated/strings/notification-settings.js';
import { LazyPart } from '../base/lazy-part.js';
import { SettingsController } from './internal/controller.js';
import type { PushPlatform } from './internal/push.js';
import type { Views } from './internal/views.js';
import { failureMessage } from './labels.js';
import { styles } from './notification-settings.styles.js';

/**
 * How the signed-in person hears of messages they have not read: by text, email, notifications
 * on this device, or only on the school site; quiet hours on their own clock, in which nothing
 * is sent (what arrives then waits until they end); and how long a message may wait unread
 * before they are told. Each channel says where it goes — the person's own address and number
 * from the school's roster, shown to them only — or why it cannot be chosen (no number on file,
 * not set up at this school, blocked in this browser). A number that texted STOP says how to
 * start again.
 *
 * Choosing notifications on this device asks the browser for permission when Save is pressed,
 * registers the service worker of `push-worker` and subscribes with the server's key; if the
 * browser says no, nothing is saved and the widget says why.
 *
 * @tagname tandem-notification-settings
 * @summary Choose how and when you hear of unread messages.
 *
 * @event tandem-notification-settings-saved - The choice was saved. `detail: { contactChannel, quietHours, notifyAfterMinutes }` (never an address or number).
 * @event tandem-error - Loading or saving failed. `detail: { kind, operation, requestId? }`.
 *
 * @csspart base - The wrapper of everything, carrying the locale's direction.
 * @csspart form - The settings form.
 * @csspart title - The heading.
 * @csspart choice - One channel, with where it goes.
 * @csspart button - Every button.
 * @csspart primary-button - Save.
 *
 * @cssproperty --tandem-sys-color-primary - The chosen channel, Save, the focus ring.
 */
export class TandemNotificationSettings extends TandemElement {
  static override styles = [tokens, loadStateStyles, styles];
  static override translations = strings;

  /**
   * The service worker that shows push notifications, on the page's origin (serve
   * `@tandem/elements/push-worker.js`, or the server's `/cdn/push-worker.js` on its own site).
   * Unset: the page's own service worker, which must show Tandem's pushes itself.
   */
  @property({ attribute: 'push-worker', reflect: true }) pushWorker: string | null = null;
  /** `light` (default), `dark`, or `auto` to follow the device. */
  @property({ reflect: true }) theme: 'light' | 'dark' | 'auto' | null = null;
  /** The Push API to use instead of the browser's (a native wrapper's, a test's). A property. */
  @property({ attribute: false }) pushPlatform: PushPlatform | null = null;

  #browserPush: { url: string | null; platform: PushPlatform } | undefined;
  /** Whether the quiet-hours fields are shown: what is stored, until the person ticks the box. */
  #quiet: boolean | null = null;

  readonly #views = new LazyPart<Views>(this, () => import('./internal/views.js'));
  readonly #settings = new SettingsController(this, {
    client: () => this.activeClient,
    push: () => this.#push(),
    saved: (choice) => this.dispatchEvent(new TandemNotificationSettingsSavedEvent(choice)),
    failed: (error, operation) => this.reportError(error, operation),
  });

  /**
   * Where loading stands: `waiting` (no client yet), `loading`, `ready`, `error` or `offline`.
   * Read-only; for hosts and tests that must tell "waiting" from "loading".
   */
  get loadState(): LoadState {
    // Ready once the form is in too (fetched beside the data).
    return this.#views.settle(this.#settings.loader.state);
  }

  protected override clientChanged(): void {
    this.requestUpdate(); // the loader reads the client when the element updates
  }

  protected override willUpdate(changed: PropertyValues<this>): void {
    super.willUpdate(changed);
    if (this.#settings.loader.state !== 'ready') this.#quiet = null; // a reload shows what is stored
  }

  #push(): PushPlatform | null {
    if (this.pushPlatform) return this.pushPlatform;
    const views = this.#views.module;
    if (!views) return null;
    if (this.#browserPush?.url !== this.pushWorker) {
      this.#browserPush = { url: this.pushWorker, platform: views.browserPush(this.pushWorker) };
    }
    return this.#browserPush.platform;
  }

  protected override render(): TemplateResult {
    return html`<div part="base" class="base" dir=${this.direction} lang=${this.locale}>
      ${renderLanguageNotice(this)} ${this.#renderBody()}
    </div>`;
  }

  #renderBody() {
    const settings = this.#settings;
    const views = this.#views.module;
    if (settings.loader.state !== 'ready' || !settings.settings || !views) {
      return renderLoadState(
        settings.loader,
        {
          loading: msg('Loading your settings…', { id: 'ns.loading' }),
          failure: (kind) => failureMessage(kind),
          retry: msg('Try again', { id: 'ns.retry' }),
        },
        this.#views,
      );
    }
    return views.renderSettings({
      settings,
      locale: this.locale,
      quiet: this.#quiet ?? settings.settings.quietHours !== null,
      toggleQuiet: (on) => {
        this.#quiet = on;
        this.requestUpdate();
      },
      save: (form) => {
        void settings.save(views.choiceFrom(new FormData(form))).then((saved) => {
          if (saved) this.#quiet = null;
        });
      },
      addDevice: () => void settings.addDevice(),
    });
  }
}

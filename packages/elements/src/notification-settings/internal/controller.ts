// The settings' data: how the signed-in person hears of what they have not read, what can reach
// them, and saving their choice (subscribing this browser first when they choose push). No DOM:
// tested in Node against the real server (controller.node.test.ts).
import { me, type TandemClient } from '@tandem/client';
import type { ContactChannel, Me, NotificationSettings } from '@tandem/contract';
import type { ReactiveControllerHost } from 'lit';
import type { NotificationChoice } from '../../base/events.js';
import { Loader } from '../../base/loader.js';
import { adoptPersonLanguage } from '../../base/localization.js';
import { sharedViewer } from '../../base/student-loader.js';
import { kindOf } from '../../base/tandem-element.js';
import type { FormProblem } from './form.js';
import type { PushPlatform, PushRefused } from './push.js';

export type Operation = 'load' | 'save' | 'push';

/** What went wrong, for the view to put in words. */
export type Problem =
  | { kind: 'form'; problem: FormProblem }
  /** This browser gave no subscription: blocked, unable, or its push service failed. */
  | { kind: 'push'; reason: 'denied' | 'unsupported' | 'failed' }
  | { kind: 'failed'; failure: string | undefined };

/** What went right, for the view to announce. */
export type Notice = 'saved' | 'device-added';

/** Why a channel cannot be chosen now (the view says it beside the choice), or null when it can. */
export type Unavailable =
  | 'no-address' // the roster has no email address for them
  | 'no-number' // … no mobile number
  | 'not-set-up' // this server sends no mail, texts or pushes
  | 'browser' // this browser cannot receive push
  | 'blocked'; // the person blocked notifications for this site

export interface SettingsOptions {
  client(): TandemClient | null;
  /** The browser's Push API, or the host's; null until the view (which brings the browser's) is in. */
  push(): PushPlatform | null;
  saved?(choice: NotificationChoice): void;
  /** Every failure of a load or a save (not cancelled ones), with what was being done. */
  failed?(error: unknown, operation: Operation): void;
}

/** The order a person reads the choices in: the most direct first, nothing sent last. */
const CHANNELS: readonly ContactChannel[] = ['sms', 'email', 'push', 'app', 'phone'];

export class SettingsController {
  readonly loader: Loader<never>;
  #settings: NotificationSettings | undefined;
  #viewer: Me | undefined;
  #busy: Operation | null = null;
  #notice: Notice | null = null;
  #problem: Problem | null = null;

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: SettingsOptions,
  ) {
    this.loader = new Loader<never>(host, {
      key: () => [options.client()],
      ready: () => options.client() !== null,
      load: (signal, fresh) => this.#load(signal, fresh),
      failed: (error) => options.failed?.(error, 'load'),
    });
  }

  /** The settings as stored, once loaded. */
  get settings(): NotificationSettings | undefined {
    return this.#settings;
  }
  /** The signed-in person, once loaded (their time zone is the clock of their quiet hours). */
  get viewer(): Me | undefined {
    return this.#viewer;
  }
  get busy(): Operation | null {
    return this.#busy;
  }
  get notice(): Notice | null {
    return this.#notice;
  }
  get problem(): Problem | null {
    return this.#problem;
  }

  /** The channels to show: every one a person can be reached by, and `phone` only if it is theirs. */
  get channels(): ContactChannel[] {
    const current = this.#settings?.contactChannel;
    return CHANNELS.filter((channel) => channel !== 'phone' || current === 'phone');
  }

  /** Why `channel` cannot be chosen, or null. What they have now stays choosable, to keep it. */
  unavailable(channel: ContactChannel): Unavailable | null {
    const settings = this.#settings;
    if (!settings || channel === settings.contactChannel) return null;
    switch (channel) {
      case 'email':
        if (!settings.email) return 'no-address';
        return settings.available.includes('email') ? null : 'not-set-up';
      case 'sms':
        if (!settings.phone) return 'no-number';
        // A number that said STOP can be chosen again; the view says how texts resume.
        return settings.available.includes('sms') || settings.smsStopped ? null : 'not-set-up';
      case 'push': {
        if (!settings.vapidPublicKey) return 'not-set-up';
        const support = this.options.push()?.support() ?? 'unsupported';
        if (support === 'available') return null;
        return support === 'unsupported' ? 'browser' : support === 'denied' ? 'blocked' : 'not-set-up';
      }
      default:
        return null;
    }
  }

  /** This browser could be added to those that receive their pushes. */
  get canAddDevice(): boolean {
    const settings = this.#settings;
    return (
      settings?.contactChannel === 'push' &&
      settings.vapidPublicKey !== null &&
      this.options.push()?.support() === 'available'
    );
  }

  /** Forgets what was announced (the person changed the form again). */
  dismiss(): void {
    if (!this.#notice && this.#problem?.kind !== 'form') return;
    this.#notice = null;
    if (this.#problem?.kind === 'form') this.#problem = null;
    this.host.requestUpdate();
  }

  /**
   * Saves what the form says (internal/form.ts). Choosing push (new, or with no browser yet) first
   * asks this browser for a subscription and registers it; if it gives none, nothing is saved and
   * the problem says why.
   */
  async save(parsed: { choice: NotificationChoice } | { problem: FormProblem }): Promise<boolean> {
    const client = this.options.client();
    const settings = this.#settings;
    if (!client || !settings || this.#busy) return false;
    if ('problem' in parsed) {
      this.#finish(null, { kind: 'form', problem: parsed.problem });
      return false;
    }
    const { choice } = parsed;
    this.#start('save');
    try {
      const subscribe =
        choice.contactChannel === 'push' && (settings.contactChannel !== 'push' || settings.pushSubscriptions === 0);
      if (subscribe && !(await this.#subscribe(client, settings))) return false;
      this.#settings = await me.setNotificationSettings(client, choice);
      this.#finish('saved', null);
      this.options.saved?.(choice);
      return true;
    } catch (error) {
      this.#fail(error, 'save');
      return false;
    }
  }

  /** Adds this browser to those that receive the person's pushes (their channel is push already). */
  async addDevice(): Promise<boolean> {
    const client = this.options.client();
    const settings = this.#settings;
    if (!client || !settings || this.#busy) return false;
    this.#start('push');
    try {
      if (!(await this.#subscribe(client, settings))) return false;
      this.#settings = await me.notificationSettings(client);
      this.#finish('device-added', null);
      return true;
    } catch (error) {
      this.#fail(error, 'push');
      return false;
    }
  }

  async #load(signal: AbortSignal, fresh: boolean): Promise<void> {
    const client = this.options.client();
    if (!client) return; // ready() said there is one
    // The viewer as every widget of this client reads it: once for the page.
    const [settings, viewer] = await Promise.all([
      me.notificationSettings(client, { signal }),
      sharedViewer(client, fresh),
    ]);
    if (!signal.aborted) await adoptPersonLanguage(viewer.person.preferredLanguage);
    if (signal.aborted) return;
    this.#settings = settings;
    this.#viewer = viewer;
    this.#notice = null;
    this.#problem = null;
  }

  /** This browser's subscription, registered; false (with the problem said) when it gave none. */
  async #subscribe(client: TandemClient, settings: NotificationSettings): Promise<boolean> {
    if (!settings.vapidPublicKey) {
      this.#finish(null, { kind: 'push', reason: 'unsupported' });
      return false;
    }
    const push = this.options.push();
    let subscription;
    try {
      if (!push) throw new Error('no push platform yet');
      subscription = await push.subscribe(settings.vapidPublicKey);
    } catch (error) {
      // Chromium without a reachable push service rejects with an AbortError: not a cancel here.
      // By name, not class: a host's own platform throws its own PushRefused-like errors.
      const reason = (error as Error | undefined)?.name === 'PushRefused' ? (error as PushRefused).reason : 'failed';
      this.#finish(null, { kind: 'push', reason });
      if (reason === 'failed') this.options.failed?.(error, 'push');
      return false;
    }
    await me.addPushSubscription(client, subscription);
    return true;
  }

  #start(operation: Operation): void {
    this.#busy = operation;
    this.#notice = null;
    this.#problem = null;
    this.host.requestUpdate();
  }

  #finish(notice: Notice | null, problem: Problem | null): void {
    this.#busy = null;
    this.#notice = notice;
    this.#problem = problem;
    this.host.requestUpdate();
  }

  #fail(error: unknown, operation: Operation): void {
    this.#finish(null, { kind: 'failed', failure: kindOf(error) });
    this.options.failed?.(error, operation);
  }
}

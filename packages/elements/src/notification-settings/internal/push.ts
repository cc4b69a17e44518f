// Web push in the browser: the permission prompt, the service worker that shows what arrives,
// and the subscription the server encrypts for. A host (or a test) may give its own platform:
// a native wrapper with its own push, or Chromium without a push service.
import type { AddPushSubscriptionRequest } from '@tandem/contract';

/**
 * `available`: this browser can be asked; `denied`: the person blocked notifications for the
 * site; `unsupported`: this browser has no push; `not-set-up`: the page gave no service worker.
 */
export type PushSupport = 'available' | 'denied' | 'unsupported' | 'not-set-up';

/** Why this browser gave no subscription (a host's own platform throws one too, or an Error named `PushRefused` with a `reason`). */
export class PushRefused extends Error {
  override readonly name = 'PushRefused';
  constructor(readonly reason: 'denied' | 'unsupported') {
    super(reason === 'denied' ? 'Notifications are blocked for this site.' : 'This browser cannot receive push.');
  }
}

/** What `<tandem-notification-settings>` needs of a browser's Push API. */
export interface PushPlatform {
  /** Whether asking can work here, without asking. */
  support(): PushSupport;
  /**
   * Asks for permission (a prompt, on the person's click) and subscribes with the server's
   * VAPID key; `PushSubscription.toJSON()`. Throws `PushRefused` when the person or the browser says no.
   */
  subscribe(applicationServerKey: string): Promise<AddPushSubscriptionRequest>;
}

/**
 * The browser's own push, with `workerUrl` (a service worker on the page's origin, such as
 * `@tandem/elements/push-worker.js`) registered for it; without one, the page's own service worker.
 */
export function browserPush(workerUrl: string | null): PushPlatform {
  const supported = () =>
    typeof navigator !== 'undefined' &&
    'serviceWorker' in navigator &&
    typeof PushManager !== 'undefined' &&
    typeof Notification !== 'undefined';
  return {
    support() {
      if (!supported()) return 'unsupported';
      if (!workerUrl && !navigator.serviceWorker.controller) return 'not-set-up';
      return Notification.permission === 'denied' ? 'denied' : 'available';
    },
    async subscribe(applicationServerKey) {
      if (!supported()) throw new PushRefused('unsupported');
      if ((await Notification.requestPermission()) !== 'granted') throw new PushRefused('denied');
      const registration = workerUrl
        ? await navigator.serviceWorker.register(workerUrl)
        : await navigator.serviceWorker.getRegistration();
      if (!registration) throw new PushRefused('unsupported');
      await activated(registration);
      const existing = await registration.pushManager.getSubscription();
      // A subscription made with another server's key cannot be reused (subscribe() would refuse).
      if (existing && !sameKey(existing, applicationServerKey)) await existing.unsubscribe();
      const subscription =
        existing && sameKey(existing, applicationServerKey)
          ? existing
          : await registration.pushManager.subscribe({ userVisibleOnly: true, applicationServerKey });
      const json = subscription.toJSON();
      if (!json.endpoint || !json.keys?.['p256dh'] || !json.keys['auth']) throw new PushRefused('unsupported');
      return {
        endpoint: json.endpoint,
        expirationTime: json.expirationTime ?? null,
        keys: { p256dh: json.keys['p256dh'], auth: json.keys['auth'] },
      };
    },
  };
}

/** `pushManager.subscribe()` needs an active worker; a fresh registration is still installing. */
function activated(registration: ServiceWorkerRegistration): Promise<void> {
  const worker = registration.installing ?? registration.waiting;
  if (registration.active || !worker) return Promise.resolve();
  return new Promise((resolve, reject) => {
    worker.addEventListener('statechange', () => {
      if (worker.state === 'activated') resolve();
      if (worker.state === 'redundant') reject(new PushRefused('unsupported'));
    });
  });
}

function sameKey(subscription: globalThis.PushSubscription, key: string): boolean {
  const own = subscription.options.applicationServerKey;
  if (!own) return false;
  const bytes = new Uint8Array(own);
  let binary = '';
  for (const byte of bytes) binary += String.fromCharCode(byte);
  const base64url = btoa(binary).replace(/\+/g, '-').replace(/\//g, '_').replace(/=+$/, '');
  return base64url === key.replace(/=+$/, '');
}

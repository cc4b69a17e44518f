import { expect, fixture, html, oneEvent } from '@open-wc/testing';
import { me } from '@tandem/client';
import { clientFor, offlineFetch } from '../../test/helpers.js';
import type { TandemNotificationSettingsSavedEvent } from '../base/events.js';
import './define.js';
import { SettingsHarness } from './internal/harness.js';
import { PushRefused, type PushPlatform } from './internal/push.js';
import type { TandemNotificationSettings } from './notification-settings.js';

const mount = async (personId: string, options: { push?: PushPlatform; fetch?: typeof fetch; width?: string } = {}) => {
  const wrapper = await fixture<HTMLElement>(
    html`<div style=${options.width ? `inline-size: ${options.width}` : ''}>
      <tandem-notification-settings
        .client=${await clientFor(personId, options.fetch)}
        .pushPlatform=${options.push ?? null}
      ></tandem-notification-settings>
    </div>`,
  );
  return new SettingsHarness(wrapper.querySelector<TandemNotificationSettings>('tandem-notification-settings')!);
};

const base64url = (bytes: ArrayBuffer | Uint8Array) =>
  btoa(String.fromCharCode(...new Uint8Array(bytes)))
    .replace(/\+/g, '-')
    .replace(/\//g, '_')
    .replace(/=+$/, '');

/**
 * This browser's push, as Chromium without a push service cannot give it: a subscription with
 * real P-256 keys (the server checks them) to the demo's local push endpoint.
 */
function localPush(): PushPlatform & { asked: string[] } {
  const asked: string[] = [];
  return {
    asked,
    support: () => 'available',
    async subscribe(key) {
      asked.push(key);
      const pair = (await crypto.subtle.generateKey({ name: 'ECDH', namedCurve: 'P-256' }, true, [
        'deriveBits',
      ])) as CryptoKeyPair;
      return {
        endpoint: `http://127.0.0.1:9/push/${crypto.randomUUID()}`,
        expirationTime: null,
        keys: {
          p256dh: base64url(await crypto.subtle.exportKey('raw', pair.publicKey)),
          auth: base64url(crypto.getRandomValues(new Uint8Array(16))),
        },
      };
    },
  };
}

describe('<tandem-notification-settings>', () => {
  it('shows a family their channel, where each one goes, their quiet hours and the delay', async () => {
    const h = await mount('per_test_settings');
    await h.loaded();
    expect(h.texts('h2')).to.deep.equal(['How we tell you about new messages']);
    expect(h.channels).to.deep.equal([
      'Text message',
      'Email',
      'Notifications on this device',
      'Only here, on the school site',
    ]);
    expect(h.chosen).to.equal('Text message');
    // Their own details, from the roster: shown to them, and nowhere in the host's DOM.
    expect(h.hint('Text message')).to.equal('To +1 555 0199');
    expect(h.hint('Email')).to.equal('To sam@family.example.org');
    // Push is set up on the server, but this page named no service worker to show them.
    expect(h.hint('Notifications on this device')).to.equal('Not available at this school yet.');
    expect(h.element.outerHTML).not.to.contain('555');
    expect(h.field('Send nothing during these hours').checked).to.equal(true);
    expect(h.field('From').value).to.equal('21:00');
    expect(h.field('Until').value).to.equal('07:00');
    expect(h.hint('Send nothing during these hours')).to.contain('On your clock: Coordinated Universal Time');
    const delay = h.field<HTMLSelectElement>('Tell me when a message has waited unread for');
    expect(delay.selectedOptions[0]?.textContent?.trim()).to.equal("The school's choice (30 min)");
    await expect(h.element).to.be.accessible();
  });

  it('saves a new choice and tells the host what was chosen, never the address', async () => {
    const h = await mount('per_test_settings');
    await h.loaded();
    await h.choose('Email');
    await h.fill('Send nothing during these hours', 'off');
    expect(h.all('input[type=time]')).to.have.length(0);
    await h.fill('Tell me when a message has waited unread for', '15');
    const saved = oneEvent(
      h.element,
      'tandem-notification-settings-saved',
    ) as Promise<TandemNotificationSettingsSavedEvent>;
    await h.save();
    const event = await saved;
    expect(event.detail).to.deep.equal({ contactChannel: 'email', quietHours: null, notifyAfterMinutes: 15 });
    expect(event.bubbles && event.composed).to.equal(true);
    expect(h.notice).to.equal('Saved.');
    expect(h.problem).to.equal('');
    expect(await me.notificationSettings(await clientFor('per_test_settings'))).to.include({
      contactChannel: 'email',
      quietHours: null,
      notifyAfterMinutes: 15,
    });
  });

  it('says what to fix in the form and saves nothing', async () => {
    const h = await mount('per_test_refused');
    await h.loaded();
    await h.fill('Send nothing during these hours', 'on');
    await h.fill('From', '22:00');
    await h.fill('Until', '22:00');
    await h.save();
    expect(h.problem).to.equal('Quiet hours must start and end at different times.');
    expect(h.notice).to.equal('');
    expect((await me.notificationSettings(await clientFor('per_test_refused'))).quietHours).to.equal(null);
    await h.fill('Until', '06:00'); // changing the form clears what was wrong
    expect(h.problem).to.equal('');
    await expect(h.element).to.be.accessible();
  });

  it('says how texts start again after STOP', async () => {
    const h = await mount('per_test_stopped');
    await h.loaded();
    expect(h.chosen).to.equal('Email');
    expect(h.hint('Text message')).to.equal(
      'To +1 555 0198 You replied STOP, so we send no texts. Reply START to one of our texts to get them again.',
    );
    expect(h.channel('Text message').disabled).to.equal(false);
  });

  it('says why a channel cannot be chosen: no number on file', async () => {
    const h = await mount('per_test_push');
    await h.loaded();
    expect(h.channel('Text message').disabled).to.equal(true);
    expect(h.hint('Text message')).to.equal('The school has no mobile number for you. Ask them to add one.');
    await expect(h.element).to.be.accessible();
  });

  it('subscribes this browser when push is chosen, then offers it for another device', async () => {
    const push = localPush();
    const h = await mount('per_test_push', { push });
    await h.loaded();
    expect(h.hint('Notifications on this device')).to.equal('Your browser will ask you to allow them.');
    await h.choose('Notifications on this device');
    const saved = oneEvent(
      h.element,
      'tandem-notification-settings-saved',
    ) as Promise<TandemNotificationSettingsSavedEvent>;
    await h.save();
    expect((await saved).detail.contactChannel).to.equal('push');
    const stored = await me.notificationSettings(await clientFor('per_test_push'));
    expect(push.asked).to.deep.equal([stored.vapidPublicKey]);
    expect(stored).to.include({ contactChannel: 'push', pushSubscriptions: 1 });
    expect(h.hint('Notifications on this device')).to.equal('On 1 device so far.');
    expect(h.hasButton('Also on this device')).to.equal(true);
  });

  it('keeps the choice when the browser does not allow notifications, and says so', async () => {
    const refusing: PushPlatform = {
      support: () => 'available',
      subscribe: () => Promise.reject(new PushRefused('denied')),
    };
    const h = await mount('per_test_refused', { push: refusing });
    await h.loaded();
    await h.choose('Notifications on this device');
    await h.save();
    expect(h.problem).to.equal(
      'Notifications were not allowed, so nothing changed. Allow them, or choose another way.',
    );
    expect((await me.notificationSettings(await clientFor('per_test_refused'))).contactChannel).to.equal('email');
  });

  it('says it could not load offline, with a way to try again', async () => {
    const h = await mount('per_test_settings', { fetch: offlineFetch });
    await h.loaded('offline');
    expect(h.texts('.problem p')).to.deep.equal([
      "We couldn't load your settings. Check your connection and try again.",
    ]);
    expect(h.hasButton('Try again')).to.equal(true);
    await expect(h.element).to.be.accessible();
  });

  it('fits a 320 px phone without scrolling sideways', async () => {
    const h = await mount('per_test_stopped', { width: '320px' });
    await h.loaded();
    const base = h.get('.base');
    expect(base.scrollWidth).to.be.at.most(base.clientWidth);
    for (const target of h.all<HTMLElement>('button, .choice label')) {
      expect(target.getBoundingClientRect().height, target.textContent ?? '').to.be.at.least(44);
    }
  });
});

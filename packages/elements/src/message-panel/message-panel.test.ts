import { expect, fixture, html, oneEvent, waitUntil } from '@open-wc/testing';
import { createTandemClient, messages, type TandemClient } from '@tandem/client';
import { sendKeys } from '@web/test-runner-commands';
import { clientFor } from '../../test/helpers.js';
import { countingMessageClient, messageClient, messageFetch } from '../../test/message-fixtures.js';
import { startNoorThreads } from '../../test/message-seeds.js';
import type { TandemMessagePanel } from './message-panel.js';
import { MessagePanelHarness } from './internal/harness.js';
import './define.js';

/** A panel on the page, loaded (or in `state`), with its harness. */
const mount = async (client: TandemClient, studentId: string, threadId?: string, state = 'ready') => {
  const el = await fixture<TandemMessagePanel>(
    html`<tandem-message-panel
      .client=${client}
      student-id=${studentId}
      thread-id=${threadId ?? ''}
    ></tandem-message-panel>`,
  );
  const panel = new MessagePanelHarness(el);
  await panel.loaded(state);
  return panel;
};

/** Types into the composer with the keyboard and presses Enter, as a person does. */
async function typeAndSend(panel: MessagePanelHarness, text: string) {
  panel.draft.focus();
  await sendKeys({ type: text });
  await sendKeys({ press: 'Enter' });
}

/** The newest messages of a thread, straight from the server. */
async function serverBodies(client: TandemClient, threadId: string, limit = 20) {
  return (await messages.list(client, { threadId, limit })).items.map((m) => m.body);
}

beforeEach(() => {
  for (const key of Object.keys(localStorage)) if (key.startsWith('tandem.outbox.')) localStorage.removeItem(key);
});

describe('<tandem-message-panel>', () => {
  it('shows a family their conversation with their child’s teacher, newest at the bottom', async () => {
    const panel = await mount(await clientFor('per_garcia'), 'stu_mateo');
    expect(panel.title).to.equal('Ana Rivera');
    expect(panel.subtitle).to.equal('Teacher · About Mateo');
    expect(panel.hours[0]).to.match(/^Ana Rivera is off from 5:00 PM to 7:30 AM/);
    expect(panel.bodies().length).to.be.greaterThan(1);
    // Her initials beside her messages, hidden from screen readers (who hear her name).
    expect(panel.avatars()[0]).to.deep.equal({ initials: 'AR', hidden: true });
    // Her own message (the second of the seeded three) says its state in words: Ms. Rivera read it.
    expect(panel.mine()).to.deep.equal([
      '¡Qué bueno! En casa leemos juntos antes de dormir. ¿Qué libro le recomienda para el fin de semana?',
    ]);
    expect(panel.states()).to.deep.equal(['✓✓ Read']);
    expect(panel.quickReplies().map((b) => b.textContent?.trim())).to.include('Can we meet?');
    await expect(panel.element).to.be.accessible();
  });

  it('sends with Enter, adds a line with Shift+Enter, and shows the message at once, then sent', async () => {
    const client = await clientFor('per_ramirez');
    const panel = await mount(client, 'stu_lucia');
    const sent = oneEvent(panel.element, 'tandem-message-sent');
    panel.draft.focus();
    await sendKeys({ type: 'Lucy is sick today.' });
    await sendKeys({ down: 'Shift' });
    await sendKeys({ press: 'Enter' });
    await sendKeys({ up: 'Shift' });
    await sendKeys({ type: 'She will be back tomorrow.' });
    expect(panel.draft.value).to.equal('Lucy is sick today.\nShe will be back tomorrow.');
    await sendKeys({ press: 'Enter' });
    await panel.element.updateComplete;
    expect(panel.draft.value).to.equal('');
    expect(panel.bodies().at(-1)).to.equal('Lucy is sick today. She will be back tomorrow.');
    const event = await sent;
    expect(event.detail).to.have.keys(['studentId', 'threadId', 'messageId']);
    await panel.until(() => !!panel.states().at(-1)?.includes('Sent'), 'shows sent', 10_000);
    expect((await serverBodies(client, event.detail.threadId, 1))[0]).to.equal(
      'Lucy is sick today.\nShe will be back tomorrow.',
    );
    await expect(panel.element).to.be.accessible();
  });

  it('shows HTML and script as the text they are, never as markup', async () => {
    const panel = await mount(await clientFor('per_ramirez'), 'stu_lucia');
    const payload = '<img src=x onerror="window.__pwned=1"><script>window.__pwned=1</script><b>hi</b>';
    await typeAndSend(panel, payload);
    await panel.until(() => panel.bodies().at(-1) === payload, 'the payload shows literally', 10_000);
    expect(panel.all('.bubble img, .bubble script, .bubble b')).to.have.length(0);
    expect((window as { __pwned?: number }).__pwned).to.equal(undefined);
  });

  it('delivers live: the teacher’s open panel shows the family’s message and announces it, then read receipts', async () => {
    // Their direct thread, as the seed names it (thr_<student>_<guardian>_<educator>).
    const thread = 'thr_ava_thompson_okafor';
    const family = await mount(await clientFor('per_thompson'), 'stu_ava', thread);
    const teacher = await mount(await clientFor('per_okafor'), 'stu_ava', thread);
    await typeAndSend(family, 'Ava has a dentist visit at 2 pm.');
    await teacher.until(() => teacher.bodies().includes('Ava has a dentist visit at 2 pm.'), 'arrives live', 5000);
    await teacher.until(
      () => teacher.announced.some((text) => text.includes('New message from Dorothy')),
      'announced politely',
      10_000,
    );
    // The teacher's panel is on screen, at the bottom, and the page is visible: it marks the message read.
    teacher.element.scrollIntoView();
    await family.until(() => !!family.states().at(-1)?.includes('Read'), 'the family sees read', 5000);
  });

  it('sends no read receipt while the panel is off screen, and one once the family scrolls to it', async () => {
    const { client, asked } = countingMessageClient({ unread: 2 });
    const reads = () => asked.filter((url) => url.endsWith('/read'));
    // A school's long page: the panel is two screens down.
    window.scrollTo(0, 0);
    const page = await fixture<HTMLDivElement>(
      html`<div>
        <div style="block-size: 200vh"></div>
        <tandem-message-panel .client=${client} student-id="stu_story"></tandem-message-panel>
      </div>`,
    );
    const panel = new MessagePanelHarness(page.querySelector('tandem-message-panel')!);
    await panel.loaded();
    // Its own list is at the newest message, but nobody has seen it.
    await new Promise((resolve) => requestAnimationFrame(() => requestAnimationFrame(resolve)));
    expect(reads()).to.deep.equal([]);
    panel.element.scrollIntoView();
    await waitUntil(() => reads().length === 1, 'a receipt once on screen');
    expect(reads()).to.deep.equal(['https://tandem.example/api/v1/threads/thr_story/read']);
    await expect(panel.element).to.be.accessible();
  });

  it('keeps a message typed offline and sends exactly one copy when the connection returns', async () => {
    let online = false;
    const flaky: typeof fetch = (input, init) =>
      online || !String(input instanceof Request ? input.url : input).includes('/messages') || init?.method !== 'POST'
        ? fetch(input, init)
        : Promise.reject(new TypeError('Failed to fetch'));
    const client = await clientFor('per_patel', flaky);
    const panel = await mount(client, 'stu_arjun');
    window.dispatchEvent(new Event('offline'));
    const text = `Sent from the bus ${Date.now()}`;
    await typeAndSend(panel, text);
    await panel.element.updateComplete;
    expect(panel.pending().at(-1)?.state).to.match(/Waiting for a connection/);
    expect(panel.offline).to.equal(true);
    const sent = oneEvent(panel.element, 'tandem-message-sent');
    online = true;
    window.dispatchEvent(new Event('online'));
    await panel.until(() => panel.pending().length === 0, 'sent after reconnect', 8000);
    const onServer = await serverBodies(client, (await sent).detail.threadId);
    expect(onServer.filter((body) => body === text)).to.have.length(1);
    expect(panel.bodies().filter((body) => body === text)).to.have.length(1);
  });

  it('keeps a waiting message on the device under the person who wrote it, from the first load', async () => {
    // A shared tablet: the next person signed in must not find (and send) it as theirs.
    const panel = await mount(messageClient({ send: 'hang' }), 'stu_story');
    await typeAndSend(panel, 'Written on the family tablet');
    await panel.element.updateComplete;
    const stored = Object.keys(localStorage).filter((key) => key.startsWith('tandem.outbox.'));
    expect(stored).to.deep.equal(['tandem.outbox.per_parent']);
    expect(localStorage.getItem('tandem.outbox.per_parent')).to.include('Written on the family tablet');
  });

  it('shows a message left waiting before a reload with the conversation, and sends it', async () => {
    // Its outbox comes with the conversation view (a chunk of its own), not with the page.
    const left = {
      clientMessageId: 'cm_left_before_reload',
      threadId: 'thr_story',
      body: 'Typed before the page reloaded',
      createdAt: '2026-03-10T15:00:00.000Z',
      state: 'pending',
      attempts: 0,
    };
    localStorage.setItem('tandem.outbox.per_parent', JSON.stringify([left]));
    const sends: string[] = [];
    const answer = messageFetch({ send: 'hang' });
    const client = createTandemClient({
      baseUrl: 'https://tandem.example',
      tokenProvider: () => 'story-token',
      retry: 0,
      fetch: (input, init) => {
        if (init?.method === 'POST' && String(input instanceof Request ? input.url : input).endsWith('/messages'))
          sends.push(String(init.body));
        return answer(input, init);
      },
    });
    const panel = await mount(client, 'stu_story');
    expect(panel.pending().map((item) => item.body)).to.deep.equal(['Typed before the page reloaded']);
    await panel.until(() => sends.length === 1, 'the waiting message sent');
    expect(JSON.parse(sends[0]!)).to.include({ clientMessageId: 'cm_left_before_reload' });
    await expect(panel.element).to.be.accessible();
  });

  it('draws who the conversation is with, and the picker, only once the conversation is in', async () => {
    // Until then the header is the plain one: drawn from a half-read load, the picker named the
    // family too ("María García, Ms. Rivera") while who is signed in was still being read.
    let release = () => {};
    const meHeld = new Promise<void>((resolve) => (release = resolve));
    const answer = messageFetch({ secondThread: true });
    const asked: string[] = [];
    const client = createTandemClient({
      baseUrl: 'https://tandem.example',
      tokenProvider: () => 'story-token',
      retry: 0,
      fetch: async (input, init) => {
        const url = String(input instanceof Request ? input.url : input);
        asked.push(url);
        if (url.endsWith('/api/v1/me')) await meHeld;
        return answer(input, init);
      },
    });
    const el = await fixture<TandemMessagePanel>(
      html`<tandem-message-panel .client=${client} student-id="stu_story"></tandem-message-panel>`,
    );
    const panel = new MessagePanelHarness(el);
    try {
      // The conversations are read (the newest messages are asked for) and the view is in.
      await panel.until(
        () => asked.some((url) => url.includes('/threads/thr_story/messages')),
        'the messages asked for',
      );
      await import('./internal/conversation.js');
      el.theme = 'dark'; // any render while loading
      await el.updateComplete;
      expect(el.loadState).to.equal('loading');
      expect(panel.title).to.equal('Messages');
      expect(panel.threads()).to.deep.equal([]);
    } finally {
      release();
    }
    await panel.loaded();
    expect(panel.title).to.equal('Ms. Rivera');
    expect(panel.threads()).to.deep.equal(['Ms. Rivera', 'Mr. Okafor']);
    await expect(el).to.be.accessible();
  });

  it('marks a refused message not sent, offers retry, and gives the text back on remove', async () => {
    const panel = await mount(messageClient({ send: 'refused' }), 'stu_story');
    const failed = oneEvent(panel.element, 'tandem-message-failed');
    await typeAndSend(panel, 'Too long for the server');
    expect((await failed).detail.kind).to.equal('validation');
    await panel.element.updateComplete;
    expect(panel.pending()).to.deep.equal([
      { body: 'Too long for the server', state: '! Not sent.', failed: true, actions: ['Try again', 'Remove'] },
    ]);
    await expect(panel.element).to.be.accessible();
    await panel.click('Remove');
    expect(panel.pending()).to.have.length(0);
    expect(panel.draft.value).to.equal('Too long for the server');
  });

  it('shows translations in the viewer’s language with the original one tap away', async () => {
    const panel = await mount(messageClient({ translated: true, viewer: 'educator' }), 'stu_story');
    expect(panel.bodies()).to.include('We read Frog and Toad together every night.');
    expect(panel.theirMeta()[0]).to.include('Machine-translated from Spanish · Show original');
    const toggle = panel.all<HTMLButtonElement>('.theirs button')[0]!;
    expect(toggle.textContent?.trim()).to.equal('Show original');
    toggle.click();
    await panel.element.updateComplete;
    expect(panel.bodies()).to.include('Leemos Sapo y Sepo juntos cada noche.');
    expect(panel.theirLanguages()[0]).to.equal('es');
    expect(panel.button('Show translation')).to.equal(toggle);
    // The whole conversation in its original languages, and back.
    expect(panel.button('Translate messages').getAttribute('aria-pressed')).to.equal('true');
    await panel.click('Translate messages');
    expect(panel.button('Translate messages').getAttribute('aria-pressed')).to.equal('false');
    expect(panel.theirLanguages().every((lang) => lang === 'es')).to.equal(true);
    expect(panel.bodies()).to.not.include('We read Frog and Toad together every night.');
    await panel.click('Translate messages');
    expect(panel.bodies()).to.include('We read Frog and Toad together every night.');
    await expect(panel.element).to.be.accessible();
  });

  it('puts a divider before unread messages and tells a family writing in quiet hours when they will be read', async () => {
    const panel = await mount(messageClient({ unread: 2, quietNow: true }), 'stu_story');
    expect(panel.unreadDivider).to.equal('New');
    expect(panel.quietNotice).to.match(/^Ms\. Rivera is off until \d+:00 [AP]M\. You can write now/);
    await typeAndSend(panel, 'Is the field trip still on?');
    await panel.until(() => !!panel.states().at(-1)?.includes('It will reach them at'), 'held until morning', 10_000);
    await expect(panel.element).to.be.accessible();
  });

  it('virtualizes a long thread: few messages in the DOM, earlier pages load on scrolling up', async () => {
    // 100 messages: a page of the newest 50 first, then the first 50 — and then no more, so that
    // nothing is still loading when the test ends. (Removing the panel mid-load freezes the page;
    // see the skipped test below.)
    const pages: { cursor: string | null; limit: string | null }[] = [];
    const answers = messageFetch({ count: 100 });
    const watched: typeof fetch = (input, init) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      if (url.pathname.endsWith('/messages') && (init?.method ?? 'GET') === 'GET') {
        pages.push({ cursor: url.searchParams.get('cursor'), limit: url.searchParams.get('limit') });
      }
      return answers(input, init);
    };
    const client = createTandemClient({
      baseUrl: 'https://tandem.example',
      tokenProvider: () => 'story-token',
      fetch: watched,
      retry: 0,
    });
    const panel = await mount(client, 'stu_story');
    // One page of the newest 50, of which few are in the DOM.
    expect(pages).to.deep.equal([{ cursor: null, limit: '50' }]);
    expect(panel.rendered.messages).to.be.lessThan(30);
    expect(panel.rendered.elements).to.be.lessThan(300);
    expect(panel.bodies().at(-1)).to.match(/\(100\)$/);
    expect(panel.bodies().some((body) => body.endsWith('(51)'))).to.equal(false); // the oldest loaded is far up

    // Scrolled to the top, as a reader does, until the very first message shows.
    // Polled between renders (not each frame): a reader's scroll lands between the log's updates.
    await waitUntil(
      () => {
        panel.scrollToTop();
        return panel.bodies().some((body) => body.endsWith('(1)'));
      },
      'the first message shows at the top',
      { timeout: 10_000 },
    );
    // One more page was asked for, the one before the oldest loaded; the history ends there.
    expect(pages).to.deep.equal([
      { cursor: null, limit: '50' },
      { cursor: '51', limit: '50' },
    ]);
    expect(panel.hasOlder).to.equal(false);
    expect(panel.rendered.messages).to.be.lessThan(30);
  });

  // Removed from the page while an earlier page loaded, the panel used to load again and again,
  // for ever: the abort ended #loadOlder at once, the update that followed reported the detached
  // log's first row (scrollTop 0) as visible, and it asked again — all in microtasks. The client
  // below breaks such a loop after 200 requests.
  it('stays quiet once removed while an earlier page is loading', async () => {
    const answers = messageFetch({ count: 10_000 });
    let earlier = 0;
    // Like a browser's fetch, an aborted request rejects; the earlier page never comes otherwise.
    const browserLike: typeof fetch = (input, init) => {
      const url = new URL(String(input instanceof Request ? input.url : input));
      if (!url.pathname.endsWith('/messages') || !url.searchParams.get('cursor')) return answers(input, init);
      earlier += 1;
      return new Promise<Response>((_, reject) =>
        init?.signal?.addEventListener('abort', () => reject(new DOMException('Aborted', 'AbortError'))),
      );
    };
    const real = createTandemClient({
      baseUrl: 'https://tandem.example',
      tokenProvider: () => 'story-token',
      fetch: browserLike,
      retry: 0,
    });
    let requests = 0;
    const counting: TandemClient = {
      ...real,
      request: ((...args: Parameters<TandemClient['request']>) => {
        requests += 1;
        return requests > 200 ? new Promise(() => undefined) : real.request(...args);
      }) as TandemClient['request'],
    };
    const panel = await mount(counting, 'stu_story');
    await waitUntil(
      () => {
        panel.scrollToTop();
        return earlier > 0;
      },
      'an earlier page is asked for',
      { timeout: 10_000 },
    );
    const before = requests;
    panel.element.remove();
    // A task later: microtasks all ran (a loop of them never lets this arrive but for the breaker).
    await new Promise((resolve) => {
      const channel = new MessageChannel();
      channel.port1.onmessage = resolve;
      channel.port2.postMessage(null);
    });
    expect(requests - before).to.equal(0);
  });

  it('invites the first message in an empty conversation, and says when there is none', async () => {
    const empty = await mount(await clientFor('per_test_parent'), 'stu_empty');
    expect(empty.emptyText).to.equal('No messages yet. Say hello to Test Teacher.');
    await expect(empty.element).to.be.accessible();
    const none = await mount(messageClient({ behaviour: 'no-threads' }), 'stu_story', undefined, 'none');
    expect(none.emptyText).to.equal('No conversations about this student yet.');
    await expect(none.element).to.be.accessible();
  });

  it('offers a retry when loading fails, and loads nothing without a student', async () => {
    const broken = createTandemClient({ baseUrl: location.origin, tokenProvider: () => 'not-a-token', retry: 0 });
    const failed = await mount(broken, 'stu_mateo', undefined, 'error');
    expect(failed.problem).to.deep.equal({
      text: 'You are not allowed to see these messages. Try signing in again.',
      buttons: ['Try again'],
    });
    await expect(failed.element).to.be.accessible();
    const idle = await fixture<TandemMessagePanel>(html`<tandem-message-panel></tandem-message-panel>`);
    expect(idle.loadState).to.equal('waiting');
  });

  it('shows the teacher’s initials beside her messages and a day separator', async () => {
    const panel = await mount(messageClient({}), 'stu_story');
    // Six messages 47 minutes apart on one day, alternating senders: three from Ms. Rivera.
    expect(panel.avatars()).to.deep.equal(Array(3).fill({ initials: 'MR', hidden: true }));
    expect(panel.days()).to.have.length(1);
    expect(panel.days()[0]).to.match(/^Monday, November 2$/);
  });
});

describe('<tandem-message-panel> defects of issue #11', () => {
  it('keeps every conversation when the list refreshes on a new one, past the first page', async () => {
    // Mr. Haddad starts 26 group conversations about Noor with her two guardians: more than one
    // page (25) of the thread list.
    const client = await clientFor('per_haddad');
    await startNoorThreads(client, 26);
    const panel = await mount(client, 'stu_noor');
    const before = panel.threads().length;
    expect(before).to.be.greaterThan(25);
    // One more: the stream says thread.created, and the list refreshes.
    await startNoorThreads(client, 1, 26);
    await panel.until(() => panel.threads().length === before + 1, `has ${before + 1} conversations`);
    expect(panel.threads()).to.have.length(before + 1);
  });
});

// In the browser: the message panel and a bare <lit-virtualizer> list of the same 10,000
// messages, each measured from being put on the page to the frame after it shows messages.
import '@lit-labs/virtualizer';
import type { LitVirtualizer } from '@lit-labs/virtualizer';
import { flow } from '@lit-labs/virtualizer/layouts/flow.js';
import type { Message } from '../../packages/contract/src/index.js';
import { html, render } from 'lit';
import '../../packages/elements/src/message-panel/define.js';
import type { TandemMessagePanel } from '../../packages/elements/src/message-panel/message-panel.js';
import { me, messages as messageApi, students } from '../../packages/client/src/index.js';
import { conversation, messageClient } from '../../packages/elements/test/message-fixtures.js';

const COUNT = 10_000;

/** After the next frame has been produced. */
const frame = () => new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));

async function until(condition: () => boolean) {
  while (!condition()) await new Promise((resolve) => requestAnimationFrame(resolve));
}

/** Elements under a node, through shadow roots. */
function elements(root: Node): number {
  let count = 0;
  const walk = (node: Node) => {
    for (const child of node.childNodes) {
      if (child.nodeType === Node.ELEMENT_NODE) count++;
      walk(child);
    }
    if (node instanceof Element && node.shadowRoot) walk(node.shadowRoot);
  };
  walk(root);
  return count;
}

export interface Result {
  firstRenderMs: number;
  /** Of which: until the conversation's data was in (the panel's four API calls, answered from memory). */
  dataMs: number;
  domElements: number;
  /** With every message in memory: scrolled to the oldest, until it shows. */
  toOldestMs: number;
  domElementsAfter: number;
  messages: number;
}

async function panel(): Promise<Result> {
  const el = document.createElement('tandem-message-panel') as TandemMessagePanel;
  el.client = messageClient({ count: COUNT });
  el.studentId = 'stu_story';
  const start = performance.now();
  document.body.append(el);
  const root = el.shadowRoot!;
  await until(() => el.loadState === 'ready');
  const dataMs = performance.now() - start;
  await until(() => root.querySelectorAll('.bubble').length > 3);
  await el.updateComplete;
  await frame();
  const firstRenderMs = performance.now() - start;
  const domElements = elements(el);
  const loaded = await el.loadAll();
  await el.updateComplete;
  await frame();
  const log = root.querySelector<HTMLElement>('.log')!;
  const toOldest = performance.now();
  log.scrollTop = 0;
  await until(() => !!root.querySelector('.bubble .body')?.textContent?.endsWith('(1)'));
  await frame();
  const toOldestMs = performance.now() - toOldest;
  const result = {
    firstRenderMs,
    dataMs,
    domElements,
    toOldestMs,
    domElementsAfter: elements(el),
    messages: loaded,
  };
  el.remove();
  return result;
}

/** A bare <lit-virtualizer> of `messages`, opened at the newest; resolves once that shows. */
async function bareList(host: HTMLElement, messages: readonly Message[], locale: string) {
  const time = new Intl.DateTimeFormat(locale, { hour: 'numeric', minute: '2-digit' }); // the panel builds its own too
  render(
    html`<lit-virtualizer
      scroller
      style="height: 28rem"
      .layout=${flow()}
      .items=${messages}
      .renderItem=${(m: Message) =>
        html`<div>
          <p>${m.body}</p>
          <p>${time.format(new Date(m.sentAt))}</p>
        </div>`}
    ></lit-virtualizer>`,
    host,
  );
  const list = host.querySelector('lit-virtualizer') as LitVirtualizer;
  await list.updateComplete;
  await until(() => !!host.querySelector('p'));
  list.element(messages.length - 1)?.scrollIntoView({ block: 'end' }); // a chat opens at the newest
  await until(() => !!host.textContent?.includes('(10000)'));
  await list.layoutComplete;
  await frame();
  return list;
}

async function bareVirtualizer(): Promise<Result> {
  const { messages } = conversation({ count: COUNT });
  const host = document.createElement('div');
  const start = performance.now();
  document.body.append(host);
  const list = await bareList(host, messages, 'en');
  const firstRenderMs = performance.now() - start;
  const domElements = elements(host);
  const toOldest = performance.now();
  list.element(0)?.scrollIntoView({ block: 'start' });
  await until(() => host.querySelector('p')?.textContent?.endsWith('(1)') ?? false);
  await list.layoutComplete;
  await frame();
  const toOldestMs = performance.now() - toOldest;
  const result = {
    firstRenderMs,
    dataMs: 0,
    domElements,
    toOldestMs,
    domElementsAfter: elements(host),
    messages: COUNT,
  };
  host.remove();
  return result;
}

/**
 * The panel's data path and nothing else: the same four requests through the same client (every
 * answer validated), in the same order, then the bare list of the newest page in the viewer's
 * language. What any widget that shows this conversation must at least do.
 */
async function dataFloor(): Promise<Result> {
  const client = messageClient({ count: COUNT });
  const host = document.createElement('div');
  const start = performance.now();
  document.body.append(host);
  const studentId = 'stu_story';
  const [viewer, , threads] = await Promise.all([
    me.get(client),
    students.get(client, { studentId }),
    messageApi.listThreads(client, { studentId }),
  ]);
  const page = await messageApi.list(client, { threadId: threads.items[0]!.id, limit: 50 });
  const dataMs = performance.now() - start;
  const newest = [...page.items].reverse();
  await bareList(host, newest, viewer.person.preferredLanguage);
  const firstRenderMs = performance.now() - start;
  const result = {
    firstRenderMs,
    dataMs,
    domElements: elements(host),
    toOldestMs: Number.NaN,
    domElementsAfter: Number.NaN,
    messages: newest.length,
  };
  host.remove();
  return result;
}

Object.assign(window, { benchPanel: panel, benchVirtualizer: bareVirtualizer, benchFloor: dataFloor });

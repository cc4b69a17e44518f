// The size budgets (DESIGN.md §8 and issue #12): each widget's entry with lit, the client and
// the localization runtime, ≤ 35 kB min+gzip, on a page in one language, i.e. with that
// language's strings for the widget. Checked against the language whose strings weigh most
// (found here, after the build), so no language can push a widget over. Chunks the entry imports
// statically are built as static-*.js and counted: a page loads them up front.
//
// What a widget shows once its data is in (the goal cards, the conversation, the week and forms)
// is a chunk of its own, fetched as the widget connects, beside its first requests
// (base/lazy-part.ts). It is not in the 35 kB, which is what a page parses before the widget
// can start loading; it is counted in a second check per widget, the whole widget in use, so that
// weight moved out of the entry cannot grow unseen.
import { readdirSync, readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = 'packages/elements/dist';
const budget = '35 kB';
// The view part of each widget (and what else it loads once in use, such as the message panel's
// realtime reader), and what the whole widget in use measures today plus ~0.3 kB. Raised by
// 0.2–0.3 kB with errors that name their route and the CORS refusal check (issue #14); the picker's
// by 0.3 kB with `loading="lazy"` and its free times read on opening (issue #15); the panel's
// and the notification settings' by 0.1 kB (#15): every widget's strings are now asked for
// before Intl's first use (about 40 B each), and the panel draws its header once. Raised again
// (#15, the faults a review found): a widget's strings that fail to load no longer fail its load,
// a token read another call cancelled is asked again, a previous child's name is not kept
// (+0.1 kB each); the panel's by 0.4 kB more: subscribe()'s reconnect loop moved out of its entry
// into the event-stream chunk, which compresses apart from the entry, to keep the entry under 35 kB.
// The picker's by 0.1 kB more (#15, 2026-12-07): the language shown keeps its strings when
// another fails to load, and a widget's failed strings are asked for again at its next load.
// The panel's by 0.2 kB (#15, 2026-12-07): its outbox moved from the entry into the conversation
// chunk (−0.6 kB in the entry, +0.17 kB in use: it compresses apart), and subscribe() asks again for
// an event-stream chunk that failed to load (its one backoff wait, handed to that chunk's loop).
// The notification settings' by 0.1 kB (#15, 2026-12-07): a view part that failed to load is
// fetched again when the device is back online (about 25 B in each widget).
const parts = {
  'goal-tracker': { part: 'details', ceiling: '41.5 kB' },
  'message-panel': { part: 'conversation', also: ['event-stream'], ceiling: '43.3 kB' },
  'availability-picker': { part: 'views', ceiling: '38.6 kB' },
  'notification-settings': { part: 'views', ceiling: '30.8 kB' },
};
const widgets = Object.keys(parts);

function heaviestStrings(widget) {
  const dir = `${dist}/size/${widget}`;
  const chunks = readdirSync(dir).filter(
    // en-XA is the pseudo-locale, for development, not a page's language.
    (file) => file.endsWith('.js') && file.includes(`.${widget}-`) && !file.startsWith('en-XA.'),
  );
  if (chunks.length < 30) throw new Error(`${dir}: ${chunks.length} translations; build first (pnpm build)`);
  const weighed = chunks.map((file) => ({ file, size: gzipSync(readFileSync(`${dir}/${file}`)).length }));
  return weighed.sort((a, b) => b.size - a.size)[0].file;
}

function entryFiles(widget, strings) {
  return [
    `${dist}/size/${widget}/${widget}.js`,
    `${dist}/size/${widget}/static-*.js`,
    `${dist}/size/${widget}/${strings}`,
  ];
}

export default [
  ...widgets.map((widget) => {
    const strings = heaviestStrings(widget);
    return {
      name: `<tandem-${widget}> on a page in one language: ${widget}/define.ts with lit, the client, the contract and the localization runtime, plus its heaviest strings (${strings.split('.')[0]})`,
      path: entryFiles(widget, strings),
      limit: budget,
      gzip: true,
    };
  }),
  ...widgets.map((widget) => {
    const strings = heaviestStrings(widget);
    const { part, also = [], ceiling } = parts[widget];
    return {
      name: `<tandem-${widget}> in use: the above and its ${[part, ...also].join(' and ')} chunk${also.length ? 's' : ''}, fetched beside the data`,
      path: [...entryFiles(widget, strings), ...[part, ...also].map((chunk) => `${dist}/size/${widget}/${chunk}-*.js`)],
      limit: ceiling,
      gzip: true,
    };
  }),
  {
    name: 'CDN bundle of every widget (/cdn/tandem.js; each language’s strings and each view part are chunks beside it)',
    path: [`${dist}/cdn/tandem.js`, `${dist}/cdn/static-*.js`],
    // 50 → 52 kB with <tandem-notification-settings> (1.6 kB; its form is a chunk of its own);
    // → 53.5 kB with the CORS check and route-named errors (issue #14), whose realtime reader
    // shares schemas with the entry, so a few more static chunks. DESIGN.md §8 allows 70 kB.
    limit: '53.5 kB',
    gzip: true,
  },
];

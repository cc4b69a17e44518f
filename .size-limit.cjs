// The size budgets (DESIGN.md §8 and issue #12): each widget's entry with lit, the client and
// the localization runtime, ≤ 35 kB min+gzip, on a page in one language, i.e. with that
// language's strings for the widget. Checked against the language whose strings weigh most
// (found here, after the build), so no language can push a widget over.
const { readdirSync, readFileSync } = require('node:fs');
const { gzipSync } = require('node:zlib');

const dist = 'packages/elements/dist';
const widgets = ['goal-tracker', 'message-panel', 'availability-picker'];

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

module.exports = [
  ...widgets.map((widget) => {
    const strings = heaviestStrings(widget);
    return {
      name: `<tandem-${widget}> on a page in one language: ${widget}/define.ts with lit, the client, the contract and the localization runtime, plus its heaviest strings (${strings.split('.')[0]})`,
      path: [
        `${dist}/size/${widget}/${widget}.js`,
        `${dist}/size/${widget}/lit-localize-*.js`,
        // Vite's dynamic-import helper: its own chunk once base/calendar.ts shares it.
        `${dist}/size/${widget}/preload-helper-*.js`,
        `${dist}/size/${widget}/${strings}`,
      ],
      limit: '35 kB',
      gzip: true,
    };
  }),
  {
    name: 'CDN bundle of every widget (/cdn/tandem.js; each language’s strings are chunks beside it)',
    path: `${dist}/cdn/tandem.js`,
    limit: '60 kB',
    gzip: true,
  },
];

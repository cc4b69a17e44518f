// Every interface language, end to end: the demo site's three widgets for a family, in each
// locale, with not one of the interface's English strings left, the locale's direction, and a
// screenshot of the goal tracker per locale (test-results/locales/<locale>.png) to look at. The
// English interface strings are found, not listed: they are the texts that change when the
// page is in the pseudo-locale (the data — names, goals, numbers — does not).
import { mkdirSync, readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { strictPage, useDemo } from './support.js';

const run = useDemo();
const { targetLocales } = JSON.parse(
  readFileSync(new URL('../packages/elements/lit-localize.json', import.meta.url), 'utf8'),
) as { targetLocales: string[] };
const languages = targetLocales.filter((locale) => locale !== 'en-XA');
const rightToLeft = new Set(['ar', 'ur', 'fa', 'ps', 'prs']);
const shots = new URL('../test-results/locales/', import.meta.url);
mkdirSync(shots, { recursive: true });

const englishCalendar =
  /\b(January|February|March|April|June|July|August|September|October|November|December|Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|in \d+ days)\b/;
const widgets = [
  'tandem-goal-tracker',
  'tandem-message-panel',
  'tandem-availability-picker',
  'tandem-notification-settings',
];

async function goalsIn(locale: string): Promise<Page> {
  const page = await strictPage(run, { viewport: { width: 480, height: 900 } });
  await page.goto(`${run.server.url}/?as=per_garcia&student=stu_mateo&lang=${locale}`);
  for (const tag of widgets) {
    const widget = page.locator(tag);
    await widget.scrollIntoViewIfNeeded(); // those further down load as the reader scrolls to them
    await expect
      .poll(() => widget.evaluate((el) => (el as HTMLElement & { loadState: string }).loadState))
      .toBe('ready');
    await expect.poll(() => widget.evaluate((el) => (el as HTMLElement & { locale: string }).locale)).toBe(locale);
  }
  return page;
}

/** Every text the widgets show or name (text, labels, placeholders), trimmed, with a letter in it. */
async function texts(page: Page): Promise<string[]> {
  return (await Promise.all(widgets.map((tag) => textsOf(page, tag)))).flat();
}

function textsOf(page: Page, tag: string): Promise<string[]> {
  return page.locator(tag).evaluate((host) => {
    const found = new Set<string>();
    const visit = (node: Node) => {
      if (node.nodeType === Node.TEXT_NODE) found.add(node.textContent ?? '');
      if (node instanceof Element) {
        for (const name of ['aria-label', 'placeholder', 'title', 'aria-description']) {
          const value = node.getAttribute(name);
          if (value) found.add(value);
        }
        if (node.shadowRoot) node.shadowRoot.childNodes.forEach(visit);
      }
      node.childNodes.forEach(visit);
    };
    visit(host);
    return [...found].map((t) => t.replace(/\s+/g, ' ').trim()).filter((t) => /\p{L}{2}/u.test(t));
  });
}

describe('the goal tracker in every interface language', () => {
  let english: string[] = [];

  it('has interface strings to look for: those the pseudo-locale changes', async () => {
    const [inEnglish, inPseudo] = [await texts(await goalsIn('en')), await texts(await goalsIn('en-XA'))];
    english = inEnglish.filter((t) => !inPseudo.includes(t));
    // The headings, the buttons, the labels of cards, charts, messages and times: dozens.
    expect(english.length).toBeGreaterThan(40);
    expect(english).toEqual(
      expect.arrayContaining([
        'Suggest a goal',
        'Quick replies',
        'Times you can book',
        'How we tell you about new messages',
      ]),
    );
  });

  it.each(languages)('%s: every string translated, in the locale’s direction', async (locale) => {
    expect(english.length).toBeGreaterThan(40);
    const page = await goalsIn(locale);
    for (const tag of widgets) {
      const base = page.locator(`${tag} [part=base]`);
      expect(await base.getAttribute('lang')).toBe(locale);
      expect(await base.getAttribute('dir')).toBe(rightToLeft.has(locale) ? 'rtl' : 'ltr');
    }
    // A word the language shares with English ("No" in Spanish) is its own translation, not a leak.
    const own = new Set(
      [
        ...readFileSync(new URL(`../packages/elements/xliff/${locale}.xlf`, import.meta.url), 'utf8').matchAll(
          /<target[^>]*>([^<]*)<\/target>/g,
        ),
      ].map((m) => m[1]!.trim()),
    );
    const shown = await texts(page);
    expect(shown.filter((t) => english.includes(t) && !own.has(t))).toEqual([]);
    // Nor English dates where the browser's Intl lacks the language (the calendar words take over).
    expect(shown.filter((t) => englishCalendar.test(t))).toEqual([]);
    await page.locator('tandem-goal-tracker').screenshot({ path: new URL(`${locale}.png`, shots).pathname });
  });

  it.each([...rightToLeft])(
    '%s: mirrored — the heading at the right, and time running right to left',
    async (locale) => {
      const page = await goalsIn(locale);
      const tracker = page.locator('tandem-goal-tracker');
      const title = await tracker.locator('h2').boundingBox();
      const add = await tracker.locator('.header button').first().boundingBox();
      expect(title!.x).toBeGreaterThan(add!.x + add!.width);
      const chart = tracker.locator('[part~="chart"]').first();
      const xs = await chart.locator('.point').evaluateAll((points) => points.map((p) => p.getBoundingClientRect().x));
      expect(xs.length).toBeGreaterThan(2);
      expect(xs[0]).toBeGreaterThan(xs.at(-1)!);
      // Arrow keys follow what the eye sees: ArrowLeft goes to a later entry.
      const card = tracker.locator('article').first();
      await chart.focus();
      await page.keyboard.press('Home');
      const first = await card.locator('.selected').textContent();
      await page.keyboard.press('ArrowLeft');
      const next = await card.locator('.selected').textContent();
      expect(next).not.toBe(first);
      await page.keyboard.press('ArrowRight');
      expect(await card.locator('.selected').textContent()).toBe(first);
    },
  );
});

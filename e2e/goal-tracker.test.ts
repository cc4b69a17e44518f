// End to end: the real server in demo mode (embedded PGlite), the demo school site, the CDN
// bundle, and Debian's Chromium driven by playwright-core.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { strictPage, useDemo } from './support.js';

const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');
const run = useDemo();

async function open(path: string, options: { bypassCSP?: boolean } = {}): Promise<Page> {
  const page = await strictPage(run, { bypassCSP: options.bypassCSP ?? false });
  await page.goto(`${run.server.url}${path}`);
  return page;
}

const tracker = (page: Page) => page.locator('tandem-goal-tracker');
const title = async (page: Page) => (await tracker(page).getByRole('heading', { level: 2 }).textContent())?.trim();

describe('goal tracker in the demo school site', () => {
  it('a guardian records an entry in Spanish; the educator sees it marked as recorded at home', async () => {
    const family = await open('/?as=per_garcia&student=stu_mateo');
    await expect.poll(() => title(family)).toBe('Metas de Mateo');
    // Her son's goal as the server translated it for her (seeded), the original a tap away.
    const card = tracker(family).getByRole('article').first();
    await expect.poll(() => card.getByRole('heading', { level: 3 }).textContent()).toBe('Leer 20 minutos al día');
    await card.getByRole('button', { name: 'Ver original' }).click();
    await expect.poll(() => card.getByRole('heading', { level: 3 }).textContent()).toBe('Read for 20 minutes a day');
    await card.getByRole('button', { name: 'Ver traducción' }).click();
    await card.getByRole('button', { name: 'Anotar el progreso de hoy' }).click();
    await card.getByLabel('Resultado (minutos)').fill('17');
    await card.getByLabel('Nota (opcional)').fill('Leímos juntos en el autobús');
    await card.getByRole('button', { name: 'Guardar' }).click();
    await expect.poll(() => tracker(family).getByRole('status').first().textContent()).toContain('Guardado');

    const school = await open('/?as=per_rivera&student=stu_mateo');
    const schoolCard = tracker(school).getByRole('article').filter({ hasText: 'Read for 20 minutes a day' });
    await schoolCard.getByRole('button', { name: 'Show as table' }).click();
    const row = schoolCard.getByRole('row').filter({ hasText: 'Leímos juntos en el autobús' });
    await expect.poll(() => row.count()).toBe(1);
    // The day is the row's header; the cells are the result, where, and the note.
    expect(await row.getByRole('cell').nth(0).textContent()).toBe('17 minutes');
    expect(await row.getByRole('cell').nth(1).textContent()).toContain('At home');
  });

  it('reads right to left for the Arabic-speaking family, whatever the page says', async () => {
    // lang="ar" on a page that forgot dir="rtl": the widget sets its own direction.
    const page = await open('/minimal.html?as=per_alsayed_omar&lang=ar&student=stu_yusuf');
    expect(await page.evaluate(() => [document.documentElement.lang, document.documentElement.dir])).toEqual([
      'ar',
      '',
    ]);
    await expect.poll(() => title(page)).toBe('أهداف Yusuf');
    expect(
      await page
        .locator('tandem-goal-tracker')
        .evaluate((el) => el.shadowRoot?.querySelector('[part=base]')?.getAttribute('dir')),
    ).toBe('rtl');
  });

  it('a page with only the script tag, the provider and the tracker renders goals with no serious accessibility violations', async () => {
    const page = await open('/minimal.html', { bypassCSP: true }); // axe is injected inline
    await expect.poll(() => tracker(page).getByRole('article').count()).toBeGreaterThan(0);
    await page.addScriptTag({ content: axeSource });
    const violations = await page.evaluate(async () => {
      const axe = (
        window as unknown as {
          axe: {
            run: (context: unknown) => Promise<{ violations: { id: string; impact: string; nodes: unknown[] }[] }>;
          };
        }
      ).axe;
      const result = await axe.run(document);
      return result.violations.map((v) => ({ id: v.id, impact: v.impact, nodes: v.nodes.length }));
    });
    expect(violations.filter((v) => v.impact === 'serious' || v.impact === 'critical')).toEqual([]);
  });
});

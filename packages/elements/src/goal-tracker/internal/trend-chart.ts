import { msg, str } from '@lit/localize';
import { measureBounds, type Goal, type MeasureType } from '@tandem/contract';
import { html, nothing, svg, type SVGTemplateResult, type TemplateResult } from 'lit';
import { daysBetween, formatDay, formatNumber } from '../format.js';
import { houseIcon, schoolIcon } from '../icons.js';
import { formatValue, settingLabel } from '../labels.js';
import type { Entry } from './controller.js';

export interface ChartInput {
  goal: Goal;
  entries: readonly Entry[];
  locale: string;
  rtl: boolean;
  /** The chart's width in CSS pixels: drawn 1:1, so that its text stays readable on a phone. */
  width: number;
  focused: number | null;
  /** A dashboard's one-line trend: no axes, no labels. */
  spark?: boolean;
  onPoint?(index: number): void;
}

const HEIGHT = 200;
const SPARK_HEIGHT = 48;
// Room for the measure's labels at the start, the dates below, the unit above.
const PAD = { start: 52, end: 56, top: 28, bottom: 32 };
const SPARK_PAD = { start: 6, end: 6, top: 6, bottom: 6 };

/** The value axis: fixed for bounded measures, from 0 (or the bound) to the data otherwise. */
function valueRange(goal: Goal, values: number[], measure: MeasureType): [number, number] {
  if (measure === 'percent') return [0, 100];
  if (measure === 'yes_no') return [0, 1];
  if (measure === 'rating') return [1, 5];
  const low = Math.min(...values, measureBounds[measure].min, 0);
  const high = Math.max(...values, low + 1);
  const step = niceStep((high - low) / 4);
  return [low, Math.ceil(high / step) * step];
}

const niceStep = (raw: number) => {
  const power = 10 ** Math.floor(Math.log10(raw));
  return ([1, 2, 5, 10].find((m) => m * power >= raw) ?? 10) * power;
};

function valueTicks(low: number, high: number, measure: MeasureType): number[] {
  if (measure === 'yes_no') return [0, 1];
  if (measure === 'rating') return [1, 2, 3, 4, 5];
  const step = niceStep((high - low) / 4);
  const ticks: number[] = [];
  for (let v = low; v <= high + step / 1000; v += step) ticks.push(Math.round(v * 1000) / 1000);
  return ticks;
}

/**
 * A progress-monitoring graph of one goal: dates along (in reading direction: right to left in
 * a right-to-left locale), the measure with its unit up, the baseline and the target marked, the
 * aim line from the baseline at the start date to the target at the target date, the trend of
 * the entries through their points (home as circles, school as squares), and the entry being
 * read out ringed and labelled. A yes/no goal shows Yes and No on its axis and the aim at Yes.
 */
export function trendChart(input: ChartInput): SVGTemplateResult | typeof nothing {
  const { goal, entries, locale, rtl, focused, spark = false } = input;
  const measure = goal.measureType;
  if (!measure) return nothing;
  const width = Math.max(spark ? 120 : 260, Math.round(input.width));
  const height = spark ? SPARK_HEIGHT : HEIGHT;
  const pad = spark ? SPARK_PAD : PAD;
  const yesNo = measure === 'yes_no';
  const dates = entries.map((e) => e.date).sort();
  const from = dates[0] && dates[0] < goal.startDate ? dates[0] : goal.startDate;
  const lastEntry = dates.at(-1) ?? goal.startDate;
  const to = goal.targetDate && goal.targetDate > lastEntry ? goal.targetDate : lastEntry;
  const span = Math.max(7, daysBetween(from, to));
  const baseline = goal.baseline ?? (yesNo ? goal.target : null);
  const { target } = goal;
  const [low, high] = valueRange(goal, [...entries.map((e) => e.value), baseline ?? 0, target ?? 0], measure);

  const left = pad.start;
  const right = width - pad.end;
  const xAt = (days: number) => {
    const t = days / span;
    return rtl ? right - t * (right - left) : left + t * (right - left);
  };
  const x = (date: string) => xAt(daysBetween(from, date));
  const y = (value: number) =>
    height - pad.bottom - ((value - low) / (high - low || 1)) * (height - pad.top - pad.bottom);
  const bottom = height - pad.bottom;
  const value = (v: number) => formatValue(goal, v, locale);
  const axisValue = (v: number) => (yesNo ? value(v) : formatNumber(v, locale));
  // Text anchors are logical: "start" of the chart is right in right-to-left.
  const [startX, endX] = rtl ? [right, left] : [left, right];
  const anchor = (side: 'start' | 'end') => ((side === 'start') !== rtl ? 'start' : 'end');

  const aim =
    baseline !== null && target !== null
      ? svg`<line class="aim" x1=${x(goal.startDate)} y1=${y(baseline)} x2=${x(goal.targetDate ?? to)} y2=${y(target)}></line>`
      : nothing;

  const ordered = entries.map((e, i) => ({ e, i }));
  const trend =
    !yesNo && entries.length > 1
      ? svg`<polyline class="trend" points=${ordered.map(({ e }) => `${x(e.date)},${y(e.value)}`).join(' ')}></polyline>`
      : nothing;

  const marks = ordered.map(({ e, i }) => {
    const cx = x(e.date);
    const cy = y(e.value);
    const cls = `${e.setting} ${e.pending ? 'pending' : ''}`;
    const hover = () => input.onPoint?.(i);
    return e.setting === 'home'
      ? svg`<circle class="point ${cls}" cx=${cx} cy=${cy} r=${spark ? 3 : 5} @pointerenter=${hover} @click=${hover}></circle>`
      : svg`<rect class="point ${cls}" x=${cx - 4.5} y=${cy - 4.5} width="9" height="9" @pointerenter=${hover} @click=${hover}></rect>`;
  });

  if (spark) {
    return svg`<svg class="plot" viewBox="0 0 ${width} ${height}" width=${width} height=${height} aria-hidden="true" focusable="false">
      ${aim}${trend}${marks}
    </svg>`;
  }

  const ticks = valueTicks(low, high, measure);
  const dayTicks = [from, ...(span > 20 ? [addDays(from, Math.round(span / 2))] : []), to];
  const current = focused === null ? undefined : entries[focused];
  const guide = (v: number | null, cls: string, label: string) =>
    v === null
      ? nothing
      : svg`<line class=${cls} x1=${left} y1=${y(v)} x2=${right} y2=${y(v)}></line>
        <text class="guide-label ${cls}-label" x=${endX + (rtl ? -6 : 6)} y=${y(v) + 4} text-anchor=${anchor('start')}>${label}</text>`;

  return svg`<svg class="plot" viewBox="0 0 ${width} ${HEIGHT}" width=${width} height=${HEIGHT} aria-hidden="true" focusable="false">
    <text class="unit" x=${startX} y="14" text-anchor=${anchor('start')}>${yesNo ? msg('Done?', { id: 'gt.chartYesNoAxis' }) : (goal.unit ?? '')}</text>
    ${ticks.map(
      (t) => svg`<line class="grid" x1=${left} y1=${y(t)} x2=${right} y2=${y(t)}></line>
        <text class="tick" x=${startX + (rtl ? 6 : -6)} y=${y(t) + 4} text-anchor=${anchor('end')}>${axisValue(t)}</text>`,
    )}
    <line class="axis" x1=${left} y1=${bottom} x2=${right} y2=${bottom}></line>
    <line class="axis" x1=${startX} y1=${pad.top} x2=${startX} y2=${bottom}></line>
    ${dayTicks.map(
      (d, i) =>
        svg`<text class="tick" x=${x(d)} y=${bottom + 20} text-anchor=${i === 0 ? anchor('start') : i === dayTicks.length - 1 ? anchor('end') : 'middle'}>${formatDay(d, locale, 'short')}</text>`,
    )}
    ${yesNo ? nothing : guide(goal.baseline, 'baseline', msg(str`Start ${formatNumber(goal.baseline ?? 0, locale)}`, { id: 'gt.chartStart' }))}
    ${guide(target, 'target', msg(str`Goal ${axisValue(target ?? 0)}`, { id: 'gt.chartGoal' }))}
    ${aim}${trend}${marks}
    ${
      current
        ? svg`<circle class="focus-ring" cx=${x(current.date)} cy=${y(current.value)} r="10"></circle>
          <text class="readout-label" x=${x(current.date)} y=${Math.max(12, y(current.value) - 14)} text-anchor="middle">${value(current.value)}</text>`
        : nothing
    }
  </svg>`;
}

const addDays = (day: string, days: number) =>
  new Date(Date.parse(`${day}T12:00:00Z`) + days * 86_400_000).toISOString().slice(0, 10);

/** One entry read out: its value, day and where it was recorded. */
export const describeEntry = (goal: Goal, entry: Entry, locale: string): string =>
  `${formatValue(goal, entry.value, locale)} · ${formatDay(entry.date, locale)} · ${settingLabel(entry.setting)}`;

/**
 * The chart as a keyboard-reachable group (arrow keys, Home, End walk the entries; pointing at a
 * point reads it too), its legend, the read-out, and the toggle to the same data as a table.
 */
export function chartFigure(input: ChartInput & { tableOpen: boolean; onToggleTable(): void }): TemplateResult {
  const { goal, entries, rtl, focused, locale } = input;
  const current = focused === null ? undefined : entries[focused];
  const onKey = (event: KeyboardEvent) => {
    // Arrow keys follow what the eye sees: in right-to-left, later days are to the left.
    const step = { ArrowRight: rtl ? -1 : 1, ArrowLeft: rtl ? 1 : -1 }[event.key];
    let next: number | undefined;
    if (step !== undefined) next = Math.min(entries.length - 1, Math.max(0, (focused ?? entries.length) + step));
    if (event.key === 'Home') next = 0;
    if (event.key === 'End') next = entries.length - 1;
    if (next === undefined) return;
    event.preventDefault();
    input.onPoint?.(next);
  };
  const tableId = `table-${goal.id}`;
  return html`<figure class="figure">
    <div
      class="chart"
      part="chart"
      tabindex="0"
      role="group"
      aria-roledescription=${msg('chart', { id: 'gt.chartRole' })}
      aria-label=${msg('Progress over time. Use the arrow keys to go through the entries.', { id: 'gt.chartLabel' })}
      @keydown=${onKey}
    >
      ${trendChart(input)}
    </div>
    <figcaption class="legend">
      <span class="home">${houseIcon} ${settingLabel('home')}</span>
      <span class="school">${schoolIcon} ${settingLabel('school')}</span>
      <span class="aim-key"
        ><span class="aim-swatch"></span>${msg('Aim line: where we hope to be each day', { id: 'gt.aimKey' })}</span
      >
    </figcaption>
    <p class="selected" aria-live="polite">${current ? describeEntry(goal, current, locale) : ''}</p>
    <button
      part="button"
      class="link"
      type="button"
      aria-expanded=${input.tableOpen ? 'true' : 'false'}
      aria-controls=${tableId}
      @click=${input.onToggleTable}
    >
      ${input.tableOpen ? msg('Hide the table', { id: 'gt.hideTable' }) : msg('Show as table', { id: 'gt.showTable' })}
    </button>
  </figure>`;
}

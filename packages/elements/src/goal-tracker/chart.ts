import { measureBounds, type Goal } from '@tandem/contract';
import { svg, type SVGTemplateResult } from 'lit';
import { daysBetween } from './format.js';

export interface ChartPoint {
  id: string;
  date: string;
  value: number;
  setting: 'home' | 'school';
  pending?: boolean;
}

const WIDTH = 480;
const HEIGHT = 140;
const PAD = 16;

/**
 * The trend of a goal's entries against its aim line (baseline at the start date to target at
 * the target date). Home entries are circles, school entries squares. Time runs in reading
 * direction: right to left in a right-to-left locale.
 */
export function trendChart(goal: Goal, points: ChartPoint[], rtl: boolean, focused: number | null): SVGTemplateResult {
  const dates = points.map((p) => p.date).sort();
  const first = dates[0] && dates[0] < goal.startDate ? dates[0] : goal.startDate;
  const lastPoint = dates.at(-1) ?? goal.startDate;
  const span = Math.max(7, daysBetween(first, lastPoint));
  const bounds = measureBounds[goal.measureType];
  const values = [
    ...points.map((p) => p.value),
    ...(goal.baseline === null ? [] : [goal.baseline]),
    ...(goal.target === null ? [] : [goal.target]),
  ];
  let low = Math.min(...values, goal.measureType === 'count' || goal.measureType === 'duration' ? 0 : bounds.min);
  let high = Math.max(...values, low + 1);
  if (goal.measureType === 'percent') [low, high] = [0, 100];
  if (goal.measureType === 'yes_no') [low, high] = [0, 1];
  if (goal.measureType === 'rating') [low, high] = [1, 5];

  const xAtDay = (days: number) => {
    const t = days / span;
    return rtl ? WIDTH - PAD - t * (WIDTH - PAD * 2) : PAD + t * (WIDTH - PAD * 2);
  };
  const x = (date: string) => xAtDay(daysBetween(first, date));
  const y = (value: number) => HEIGHT - PAD - ((value - low) / (high - low || 1)) * (HEIGHT - PAD * 2);

  let aim: SVGTemplateResult | undefined;
  const { baseline, target, targetDate } = goal;
  if (baseline !== null && target !== null && targetDate) {
    // The aim line, from the baseline at the start to where it stands at the chart's edge.
    const edge = Math.min(span, daysBetween(first, targetDate));
    const total = Math.max(1, daysBetween(goal.startDate, targetDate));
    const since = (days: number) => days - daysBetween(first, goal.startDate);
    const aimAt = (days: number) => baseline + ((target - baseline) * since(days)) / total;
    aim = svg`<line class="aim" x1=${x(goal.startDate)} y1=${y(baseline)} x2=${xAtDay(edge)} y2=${y(aimAt(edge))}></line>`;
  }

  const marks = points.map((p, i) => {
    const cx = x(p.date);
    const cy = y(p.value);
    const ring = i === focused ? svg`<circle class="focus-ring" cx=${cx} cy=${cy} r="9"></circle>` : null;
    return p.setting === 'home'
      ? svg`${ring}<circle class="home ${p.pending ? 'pending' : ''}" cx=${cx} cy=${cy} r="5"></circle>`
      : svg`${ring}<rect class="school ${p.pending ? 'pending' : ''}" x=${cx - 4.5} y=${cy - 4.5} width="9" height="9"></rect>`;
  });

  return svg`<svg viewBox="0 0 ${WIDTH} ${HEIGHT}" preserveAspectRatio="xMidYMid meet" aria-hidden="true" focusable="false">
    <line class="axis" x1=${PAD} y1=${HEIGHT - PAD} x2=${WIDTH - PAD} y2=${HEIGHT - PAD}></line>
    ${aim}
    ${marks}
  </svg>`;
}

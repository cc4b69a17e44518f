// The goal cards and rows — with their chart, table of entries and forms — in a
// chunk of its own that the goal tracker fetches beside its data (base/lazy-part.ts).
export { goalCard, goalRow } from './goal-card.js';
export { chartFigure, trendChart } from './trend-chart.js';
export { progressTable } from './progress-table.js';
export { progressForm } from './progress-form.js';
export { acceptForm, editForm } from './accept-form.js';
export { suggestForm } from './suggest-form.js';

import type * as DetailsModule from './details.js';

export type Details = typeof DetailsModule;

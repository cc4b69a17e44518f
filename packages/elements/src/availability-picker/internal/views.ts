// What the picker shows once its data is in — the week, the forms, the bookings, for a family
// and for the school — in a chunk of its own that it fetches beside its data (base/lazy-part.ts).
export { renderFamilyView } from './family-view.js';
export { renderHeader } from './header.js';
export { renderSchoolView } from './school-view.js';

import type * as ViewsModule from './views.js';

export type Views = typeof ViewsModule;

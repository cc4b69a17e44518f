// The settings' view in a chunk of its own (base/lazy-part.ts), fetched as the widget connects,
// beside its data: the form, its words, the form-to-request rules and the browser's push.
export { renderSettings } from './view.js';
export { choiceFrom } from './form.js';
export { browserPush } from './push.js';

import type * as ViewsModule from './views.js';

export type Views = typeof ViewsModule;

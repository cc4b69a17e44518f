// What the panel shows once its data is in — who the conversation is with, the virtualized
// history, the composer — in a chunk of its own that it fetches beside its data
// (base/lazy-part.ts).
export { composer } from './composer.js';
export { header } from './header.js';
export { messageRow, pendingRow } from './message-row.js';
export { outboxFor } from './outboxes.js';
export { quietNotice } from './quiet-hours.js';
export { formatDayHeading } from '../time.js';
export { VirtualLog } from '../virtual-log.js';

import type * as ConversationModule from './conversation.js';

export type Conversation = typeof ConversationModule;

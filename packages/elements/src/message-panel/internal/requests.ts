import { SendMessageRequest, type MarkReadRequest, type Message, type Participant } from '@tandem/contract';

/** How many messages one request fetches. */
export const PAGE = 50;

/**
 * What the composer's text becomes: the body to queue (trimmed), or null when the contract's
 * rule for a message body refuses it (empty, only spaces, too long). The outbox adds the
 * clientMessageId when it sends.
 */
export function sendBody(draft: string): string | null {
  const body = draft.trim();
  const checked = SendMessageRequest.safeParse({ body, clientMessageId: 'draft' });
  return checked.success ? checked.data.body : null;
}

/** What marks read everything the viewer has seen, or null when nothing new is to be marked. */
export function markReadBody(newest: Message | undefined, viewer: Participant | undefined): MarkReadRequest | null {
  if (!newest || !viewer || newest.seq <= viewer.lastReadSeq) return null;
  return { seq: newest.seq };
}

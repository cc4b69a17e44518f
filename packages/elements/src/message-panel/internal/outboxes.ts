import { localStorageStorage, memoryStorage, Outbox, type TandemClient } from '@tandem/client';

// One outbox per client and person, shared by every panel of theirs on the page, so two
// panels never send (or store) the same waiting message twice.
const outboxes = new WeakMap<TandemClient, Map<string, Outbox>>();

export function outboxFor(client: TandemClient, personId: string): Outbox {
  let byPerson = outboxes.get(client);
  if (!byPerson) outboxes.set(client, (byPerson = new Map()));
  let outbox = byPerson.get(personId);
  if (!outbox) {
    const storage =
      typeof localStorage === 'undefined' ? memoryStorage() : localStorageStorage(`tandem.outbox.${personId}`);
    byPerson.set(personId, (outbox = new Outbox(client, { storage })));
  }
  return outbox;
}

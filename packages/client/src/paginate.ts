import type { Page } from '@tandem/contract';

/**
 * Walks every page of a list: `for await (const goal of paginate((cursor) => goals.list(client, { studentId, cursor })))`.
 * Stops early if the loop breaks; pages are fetched one at a time, as they are needed.
 */
export async function* paginate<T>(
  fetchPage: (cursor: string | undefined) => Promise<Page<T>>,
): AsyncGenerator<T, void, undefined> {
  let cursor: string | undefined;
  do {
    const page = await fetchPage(cursor);
    yield* page.items;
    cursor = page.nextCursor ?? undefined;
  } while (cursor !== undefined);
}

import { describe, expect, it, vi } from 'vitest';
import { NodeHost } from '../../test/node/server.js';
import { LazyPart } from './lazy-part.js';

/** A part whose fetches the test settles one by one, as a network would. */
function partOf() {
  const host = new NodeHost();
  const fetches: { resolve(value: { name: string }): void; reject(error: Error): void }[] = [];
  const part = new LazyPart<{ name: string }>(
    host,
    () => new Promise((resolve, reject) => fetches.push({ resolve, reject })),
  );
  return { host, part, fetches };
}

const settled = () => new Promise((resolve) => setImmediate(resolve));

describe('LazyPart', () => {
  it('fetches once as the widget connects, and is loading until the part is in', async () => {
    const { host, part, fetches } = partOf();
    expect(part.settle('ready')).toBe('loading'); // not fetched yet: the part is not in
    host.connect();
    host.connect(); // connecting again while a fetch is under way fetches nothing more
    expect(fetches).toHaveLength(1);
    expect(part.settle('ready')).toBe('loading');
    expect(part.settle('error')).toBe('error'); // the data's own state wins until it is ready
    fetches[0]?.resolve({ name: 'details' });
    await settled();
    expect(part.module).toEqual({ name: 'details' });
    expect(part.settle('ready')).toBe('ready');
    expect(host.updates).toBeGreaterThan(0);
    host.connect();
    expect(fetches).toHaveLength(1); // once in, never fetched again
  });

  it('says a failed fetch as offline and fetches again on retry', async () => {
    const { host, part, fetches } = partOf();
    host.connect();
    fetches[0]?.reject(new TypeError('Failed to fetch dynamically imported module'));
    await settled();
    expect(part.failed).toBe(true);
    expect(part.module).toBeUndefined();
    expect(part.settle('ready')).toBe('offline');
    expect(part.settle('loading')).toBe('loading');
    part.retry();
    expect(part.failed).toBe(false);
    expect(part.settle('ready')).toBe('loading');
    expect(fetches).toHaveLength(2);
    fetches[1]?.resolve({ name: 'views' });
    await settled();
    expect(part.settle('ready')).toBe('ready');
    expect(part.module?.name).toBe('views');
  });

  it('fetches a failed part again when the device is back online, and not once the widget has left', async () => {
    // A page opened on a bus: the data's loader retries once back online, and so must its part.
    const device = new EventTarget();
    vi.stubGlobal('addEventListener', device.addEventListener.bind(device));
    vi.stubGlobal('removeEventListener', device.removeEventListener.bind(device));
    try {
      const { host, part, fetches } = partOf();
      host.connect();
      fetches[0]?.reject(new TypeError('Failed to fetch dynamically imported module'));
      await settled();
      expect(part.settle('ready')).toBe('offline');
      device.dispatchEvent(new Event('online'));
      expect(fetches).toHaveLength(2);
      expect(part.settle('ready')).toBe('loading');
      fetches[1]?.resolve({ name: 'conversation' });
      await settled();
      expect(part.settle('ready')).toBe('ready');
      device.dispatchEvent(new Event('online'));
      expect(fetches).toHaveLength(2); // once in, never fetched again

      const gone = partOf();
      gone.host.connect();
      gone.fetches[0]?.reject(new TypeError('Failed to fetch dynamically imported module'));
      await settled();
      gone.host.disconnect();
      device.dispatchEvent(new Event('online'));
      expect(gone.fetches).toHaveLength(1); // a widget no longer on the page fetches nothing
    } finally {
      vi.unstubAllGlobals();
    }
  });
});

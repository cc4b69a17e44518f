// For the widgets' data controllers, tested in Node: a real Tandem server on a real socket (an
// in-memory PGlite with the demo district, seeded relative to the injected clock), and a real
// client per seeded person, as a widget would have it.
import { createTandemClient, type TandemClient } from '@tandem/client';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { openDatabase, seedDemo, startServer, type RunningServer, type ServerConfig } from '@tandem/server';
import { testConfig, tokenFor } from '../../../server/test/harness.js';

export interface ControllerServer {
  server: RunningServer;
  /** A client signed in as a seeded person of the demo district; `fetch` to watch or break its requests. */
  clientFor(personId: string, options?: { fetch?: typeof fetch }): TandemClient;
  /**
   * A client whose answers to `heldPath` are read in full, then held until `release()`: a slow
   * answer that a newer load overtakes. `answered` lists the paths whose answers are in, in order.
   */
  holdingClient(personId: string, heldPath: string): { client: TandemClient; answered: string[]; release(): void };
  close(): Promise<void>;
}

export async function startControllerServer(
  now: () => Date = () => new Date(),
  config: Partial<ServerConfig> = {},
): Promise<ControllerServer> {
  const database = await openDatabase({ memory: true });
  await seedDemo(database.db, now());
  const server = await startServer(testConfig(config), { database, clock: now });
  const clientFor: ControllerServer['clientFor'] = (personId, options = {}) =>
    createTandemClient({
      baseUrl: server.url,
      retry: 0,
      ...(options.fetch ? { fetch: options.fetch } : {}),
      // Issued on the server's clock, which may be an injected one far from the wall clock.
      tokenProvider: () => tokenFor({ id: personId, tenant: 'ten_riverside' }, { issuedAt: now() }),
    });
  return {
    server,
    clientFor,
    holdingClient: (personId, heldPath) => {
      let release = () => {};
      const held = new Promise<void>((resolve) => (release = resolve));
      const answered: string[] = [];
      const client = clientFor(personId, {
        fetch: async (input, init) => {
          const response = await fetch(input, init);
          const { pathname } = new URL(input instanceof Request ? input.url : String(input));
          answered.push(pathname);
          if (pathname !== heldPath) return response;
          // Read before holding: the load's cancellation must not be what ends it.
          const body = await response.text();
          await held;
          return new Response(body, { status: response.status, headers: response.headers });
        },
      });
      return { client, answered, release };
    },
    close: () => server.close(),
  };
}

/** A host for a reactive controller without a DOM: counts the updates the controller asks for. */
export class NodeHost implements ReactiveControllerHost {
  readonly controllers: ReactiveController[] = [];
  updates = 0;
  addController(controller: ReactiveController): void {
    this.controllers.push(controller);
  }
  removeController(controller: ReactiveController): void {
    this.controllers.splice(this.controllers.indexOf(controller), 1);
  }
  requestUpdate(): void {
    this.updates += 1;
  }
  get updateComplete(): Promise<boolean> {
    return Promise.resolve(true);
  }
  /** As an element does when it joins the page, then renders. */
  connect(): void {
    for (const controller of this.controllers) controller.hostConnected?.();
    this.update();
  }
  /** One render: what a controller does before it. */
  update(): void {
    for (const controller of this.controllers) controller.hostUpdate?.();
  }
  disconnect(): void {
    for (const controller of this.controllers) controller.hostDisconnected?.();
  }
}

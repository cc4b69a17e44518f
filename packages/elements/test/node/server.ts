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
  close(): Promise<void>;
}

export async function startControllerServer(
  now: () => Date = () => new Date(),
  config: Partial<ServerConfig> = {},
): Promise<ControllerServer> {
  const database = await openDatabase({ memory: true });
  await seedDemo(database.db, now());
  const server = await startServer(testConfig(config), { database, clock: now });
  return {
    server,
    clientFor: (personId, options = {}) =>
      createTandemClient({
        baseUrl: server.url,
        retry: 0,
        ...(options.fetch ? { fetch: options.fetch } : {}),
        // Issued on the server's clock, which may be an injected one far from the wall clock.
        tokenProvider: () => tokenFor({ id: personId, tenant: 'ten_riverside' }, { issuedAt: now() }),
      }),
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

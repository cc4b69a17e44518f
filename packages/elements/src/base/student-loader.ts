import { me, students, type TandemClient } from '@tandem/client';
import type { Me, Student } from '@tandem/contract';
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { adoptPersonLanguage } from './localization.js';
import { isAbort, kindOf } from './tandem-element.js';

/** waiting: no client or student yet. A widget may add final states of its own (`none`). */
export type LoadState = 'waiting' | 'loading' | 'ready' | 'error' | 'offline';

/** Who is looking, and at which student: read once per client and student, shared by every load. */
export interface StudentPeople {
  student: Student;
  viewer: Me;
}

/** What a widget's own load gets: the people come in parallel with whatever it fetches itself. */
export interface StudentLoad {
  client: TandemClient;
  studentId: string;
  signal: AbortSignal;
  people: Promise<StudentPeople>;
}

export interface StudentLoaderOptions<Final extends string> {
  /** The client in use, or null while there is none yet. */
  client(): TandemClient | null;
  /** The student the widget is about, or null while there is none yet. */
  studentId(): string | null;
  /** What else the widget shows: a change in any of these loads again (an educator, a thread). */
  dependsOn?(): readonly unknown[];
  /** The widget's own load; it may end in a final state of its own. Throwing fails the load. */
  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- a load that ends `ready` returns nothing
  load(input: StudentLoad): Promise<Final | void>;
  /** Told of every failed load (not of cancelled ones). */
  failed?(error: unknown): void;
  /** The device came back online (before a failed load is retried). */
  online?(): void;
}

/**
 * Loads a widget's student and what the widget shows about them: when the host connects, when
 * its client appears or changes, and when the student or a dependency changes; cancels what it
 * was loading when that happens again or when the host leaves the page; tracks online/offline
 * and retries a load that failed offline when the device is back.
 */
export class StudentLoader<Final extends string = never> implements ReactiveController {
  #state: LoadState | Final = 'waiting';
  #failure: string | undefined;
  #online = true;
  #abort: AbortController | undefined;
  #loadedFor: readonly unknown[] | undefined;
  #people: { key: readonly unknown[]; value: StudentPeople } | undefined;
  #student: Student | undefined;
  #viewer: Me | undefined;

  readonly #onOnline = () => {
    this.#online = true;
    this.options.online?.();
    this.host.requestUpdate();
    if (this.#state === 'offline') void this.reload();
  };
  readonly #onOffline = () => {
    this.#online = false;
    this.host.requestUpdate();
  };

  constructor(
    private readonly host: ReactiveControllerHost,
    private readonly options: StudentLoaderOptions<Final>,
  ) {
    host.addController(this);
  }

  /** `waiting`, `loading`, `ready`, `error`, `offline`, or the widget's own final state. */
  get state(): LoadState | Final {
    return this.#state;
  }
  /** The client's error kind of the last failed load (`network` when offline). */
  get failure(): string | undefined {
    return this.#state === 'offline' ? 'network' : this.#failure;
  }
  get online(): boolean {
    return this.#online;
  }
  /** The student, once loaded. */
  get student(): Student | undefined {
    return this.#student;
  }
  /** The signed-in person, once loaded. */
  get viewer(): Me | undefined {
    return this.#viewer;
  }
  /** The signal of the current load: later requests of the same view end with it. */
  get signal(): AbortSignal | undefined {
    return this.#abort?.signal;
  }

  hostConnected(): void {
    // globalThis, not window: controllers also run (and are tested) in Node.
    this.#online = (globalThis.navigator as Partial<Navigator> | undefined)?.onLine !== false;
    globalThis.addEventListener?.('online', this.#onOnline);
    globalThis.addEventListener?.('offline', this.#onOffline);
    this.#loadedFor = undefined; // back on the page: load again
    this.host.requestUpdate();
  }

  hostDisconnected(): void {
    globalThis.removeEventListener?.('online', this.#onOnline);
    globalThis.removeEventListener?.('offline', this.#onOffline);
    this.#abort?.abort(); // network work ends with the element
  }

  hostUpdate(): void {
    // Started here, the synchronous part (state → loading) lands in this same render.
    const key = this.#key();
    if (this.#loadedFor && sameItems(this.#loadedFor, key)) return;
    void this.reload();
  }

  /** Loads again, cancelling a load under way; `fresh` reads the student and viewer again too. */
  async reload({ fresh = false }: { fresh?: boolean } = {}): Promise<void> {
    const key = this.#key();
    this.#loadedFor = key;
    this.#abort?.abort();
    const client = this.options.client();
    const studentId = this.options.studentId();
    if (!client || !studentId) {
      this.#setState('waiting');
      return;
    }
    const controller = new AbortController();
    this.#abort = controller;
    const { signal } = controller;
    this.#setState('loading');
    const people = this.#peopleFor(client, studentId, signal, fresh);
    // The signed-in person's language, as soon as it is known: its strings load beside the data.
    const language = people.then(({ viewer }) =>
      signal.aborted ? undefined : adoptPersonLanguage(viewer.person.preferredLanguage),
    );
    language.catch(() => undefined); // a failure of `people` is reported below
    try {
      const [final, found] = await Promise.all([
        this.options.load({ client, studentId, signal, people }),
        people,
        language,
      ]);
      if (signal.aborted) return;
      this.#people = { key: [client, studentId], value: found };
      this.#student = found.student;
      this.#viewer = found.viewer;
      this.#setState(final ?? 'ready');
    } catch (error) {
      if (signal.aborted || isAbort(error)) return;
      this.#people = undefined; // *Try again* reads everything again
      const kind = kindOf(error);
      this.#failure = kind;
      this.#setState(kind === 'network' || !this.#online ? 'offline' : 'error');
      this.options.failed?.(error);
    }
  }

  #key(): readonly unknown[] {
    return [this.options.client(), this.options.studentId(), ...(this.options.dependsOn?.() ?? [])];
  }

  #peopleFor(client: TandemClient, studentId: string, signal: AbortSignal, fresh: boolean): Promise<StudentPeople> {
    // Only what a load finished with is kept: a cancelled read is not reused.
    const known = this.#people;
    if (!fresh && known && sameItems(known.key, [client, studentId])) return Promise.resolve(known.value);
    return Promise.all([students.get(client, { studentId }, { signal }), me.get(client, { signal })]).then(
      ([student, viewer]) => ({ student, viewer }),
    );
  }

  #setState(state: LoadState | Final): void {
    if (this.#state === state) return;
    this.#state = state;
    this.host.requestUpdate();
  }
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, index) => Object.is(item, b[index]));

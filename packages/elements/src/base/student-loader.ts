import { me, students, type TandemClient } from '@tandem/client';
import type { Me, Student } from '@tandem/contract';
import type { ReactiveControllerHost } from 'lit';
import { Loader, type LoadState } from './loader.js';
import { adoptPersonLanguage } from './localization.js';

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
 * Loads a widget's student and what the widget shows about them (base/loader.ts: when the host
 * connects, when its client appears or changes, when the student or a dependency changes;
 * cancelled with the next load or when the host leaves; retried when the device is back online).
 * The student and the signed-in person are read once per client and student.
 */
export class StudentLoader<Final extends string = never> {
  readonly #loader: Loader<Final>;
  #people: { key: readonly unknown[]; value: StudentPeople } | undefined;
  #student: Student | undefined;
  #viewer: Me | undefined;
  /** The client and student that `#student` and `#viewer` were read for. */
  #shownFor: readonly unknown[] | undefined;

  constructor(
    host: ReactiveControllerHost,
    private readonly options: StudentLoaderOptions<Final>,
  ) {
    this.#loader = new Loader<Final>(host, {
      key: () => [options.client(), options.studentId(), ...(options.dependsOn?.() ?? [])],
      ready: () => Boolean(options.client() && options.studentId()),
      load: (signal, fresh) => this.#load(signal, fresh),
      ...(options.failed ? { failed: options.failed } : {}),
      ...(options.online ? { online: options.online } : {}),
    });
  }

  /** `waiting`, `loading`, `ready`, `error`, `offline`, or the widget's own final state. */
  get state(): LoadState | Final {
    return this.#loader.state;
  }
  /** The client's error kind of the last failed load (`network` when offline). */
  get failure(): string | undefined {
    return this.#loader.failure;
  }
  get online(): boolean {
    return this.#loader.online;
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
    return this.#loader.signal;
  }

  /** Loads again, cancelling a load under way; `fresh` reads the student and viewer again too. */
  reload(options: { fresh?: boolean } = {}): Promise<void> {
    return this.#loader.reload(options);
  }

  // eslint-disable-next-line @typescript-eslint/no-invalid-void-type -- as the widget's own load
  async #load(signal: AbortSignal, fresh: boolean): Promise<Final | void> {
    const client = this.options.client();
    const studentId = this.options.studentId();
    if (!client || !studentId) return; // ready() said both are there
    // Another child or person: the last one's name must not show over this load or its failure.
    if (this.#shownFor && !sameItems(this.#shownFor, [client, studentId])) {
      this.#student = undefined;
      this.#viewer = undefined;
      this.#shownFor = undefined;
    }
    // Kept as soon as they are read, so that the widget's own load, going on after `people`,
    // finds them (whom to read a week for, whose outbox to open); a newer load keeps its own.
    const people = this.#peopleFor(client, studentId, signal, fresh).then((found) => {
      if (!signal.aborted) {
        ({ student: this.#student, viewer: this.#viewer } = found);
        this.#shownFor = [client, studentId];
      }
      return found;
    });
    // The signed-in person's language, as soon as it is known: its strings load beside the data.
    // Strings that fail to come never fail the load: the widget shows in the language it has.
    const language = people
      .then(({ viewer }) => (signal.aborted ? undefined : adoptPersonLanguage(viewer.person.preferredLanguage)))
      .catch(() => undefined); // a failure of `people` is reported by the loader
    try {
      const [final, found] = await Promise.all([
        this.options.load({ client, studentId, signal, people }),
        people,
        language,
      ]);
      if (!signal.aborted) this.#people = { key: [client, studentId], value: found };
      return final;
    } catch (error) {
      if (!signal.aborted) this.#people = undefined; // *Try again* reads everything again
      throw error;
    }
  }

  #peopleFor(client: TandemClient, studentId: string, signal: AbortSignal, fresh: boolean): Promise<StudentPeople> {
    // Only what a load finished with is kept: a cancelled read is not reused.
    const known = this.#people;
    if (!fresh && known && sameItems(known.key, [client, studentId])) return Promise.resolve(known.value);
    const student = shared(client, `student ${studentId}`, fresh, () => students.get(client, { studentId }));
    const viewer = sharedViewer(client, fresh);
    // Not cancelled with this load: another widget may wait for the same read.
    return Promise.all([student, viewer]).then(([student, viewer]) => ({ student, viewer }));
  }
}

/**
 * What every widget on the page reads alike, once per client (a provider's client is every
 * widget's): the signed-in person, and each student. A read in flight is shared, a failed one
 * forgotten, and `fresh` (*Try again*) reads again for whoever asks next.
 */
const readsByClient = new WeakMap<TandemClient, Map<string, Promise<unknown>>>();

/** The signed-in person, read once for every widget of this client (`fresh`: read again). */
export const sharedViewer = (client: TandemClient, fresh = false): Promise<Me> =>
  shared(client, 'me', fresh, () => me.get(client));

function shared<T>(client: TandemClient, key: string, fresh: boolean, read: () => Promise<T>): Promise<T> {
  let reads = readsByClient.get(client);
  if (!reads) readsByClient.set(client, (reads = new Map()));
  const known = reads.get(key) as Promise<T> | undefined;
  if (known && !fresh) return known;
  const reading = read();
  reads.set(key, reading);
  reading.catch(() => reads.get(key) === reading && reads.delete(key));
  return reading;
}

const sameItems = (a: readonly unknown[], b: readonly unknown[]) =>
  a.length === b.length && a.every((item, index) => Object.is(item, b[index]));

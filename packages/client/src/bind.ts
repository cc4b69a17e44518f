import type {
  RouteBody,
  RouteDefinition,
  RouteName,
  RouteParams,
  RouteQuery,
  RouteResponse,
  Routes,
} from '@tandem/contract';
import type { CallOptions, RouteInput, TandemClient } from './client.js';

/** The name of a route of the contract, from the route itself. */
export type RouteNameOf<R> = { [N in RouteName]: Routes[N] extends R ? N : never }[RouteName];

type None = Record<string, never>;
type Part<T> = [T] extends [None] ? unknown : T;
type Present<T> = [T] extends [None] ? false : true;

/** A route's path parameters and query in one object, as the contract types them. */
export type BoundInput<N extends RouteName> = Part<RouteParams<N>> & Part<RouteQuery<N>>;

/** Omitted when the route takes nothing; optional when everything in it is. */
type InputArgs<N extends RouteName> =
  Present<RouteParams<N>> extends true
    ? [input: BoundInput<N>]
    : Present<RouteQuery<N>> extends true
      ? RouteBody<N> extends undefined
        ? [input?: BoundInput<N>]
        : [input: BoundInput<N>]
      : [];
type BodyArgs<N extends RouteName> =
  RouteBody<N> extends undefined ? [] : object extends RouteBody<N> ? [body?: RouteBody<N>] : [body: RouteBody<N>];

/**
 * One route of the contract as a function: `(client, paramsAndQuery, body, options)`, each part
 * present only when the route has it (`me.get(client)`, `goals.get(client, { goalId })`,
 * `goals.create(client, { studentId }, body)`), answering the route's response schema.
 */
export type BoundRoute<N extends RouteName> = (
  client: TandemClient,
  ...args: [...InputArgs<N>, ...BodyArgs<N>, options?: CallOptions]
) => Promise<RouteResponse<N>>;

/**
 * Binds a route of the contract (the route itself, not its name, so that a bundle keeps only
 * the routes it calls) to a typed function. The path's `{name}`s are taken from the input, the
 * rest of the input is the query; a route with a body sends `{}` when none is given.
 */
/* @__NO_SIDE_EFFECTS__ */
export function bind<R extends RouteDefinition>(route: R): BoundRoute<RouteNameOf<R>> {
  const pathNames = new Set([...route.path.matchAll(/\{(\w+)\}/g)].map((match) => match[1]));
  const takesInput = Boolean(route.params || route.query);
  const takesBody = Boolean(route.body || route.upload);
  const call = (client: TandemClient, ...args: unknown[]) => {
    const input = ((takesInput ? args.shift() : undefined) ?? {}) as Record<string, unknown>;
    const body = takesBody ? (args.shift() ?? {}) : undefined;
    const options = args.shift() as CallOptions | undefined;
    const params: Record<string, string> = {};
    const query: Record<string, string | number | undefined> = {};
    for (const [name, value] of Object.entries(input)) {
      if (pathNames.has(name)) params[name] = String(value);
      else query[name] = value as string | number | undefined;
    }
    const request: RouteInput = { params, query, ...(takesBody ? { body } : {}) };
    return client.request(route, request, options);
  };
  // The tuple of arguments is the route's, computed from the same definition as the checks above.
  return call as unknown as BoundRoute<RouteNameOf<R>>;
}

// The plain-language hint's timing, in the widgets' lazily loaded hint chunks (never an entry):
// worked out a moment after typing stops, never on each key, never in the way of sending.
const timers = new WeakMap<object, ReturnType<typeof setTimeout>>();

/** Calls `done(hint(text))` once `owner`'s field has been still for `wait` ms (the last text wins). */
export function later(
  owner: object,
  text: string,
  hint: (text: string) => string,
  done: (hint: string) => void,
  wait = 500,
): void {
  clearTimeout(timers.get(owner));
  timers.set(
    owner,
    setTimeout(() => done(text.trim() ? hint(text) : ''), wait),
  );
}

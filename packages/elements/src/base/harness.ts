/**
 * What a widget's test harness builds on (after Material Web's harnesses): tests and host apps
 * drive a widget through what a person sees and does — a button's name, a field's label, the
 * key pressed, what is announced — never through its private state. Each widget's
 * `internal/harness.ts` adds the steps of its own flows.
 */
export class Harness<E extends HTMLElement & { loadState: string; updateComplete: Promise<boolean> }> {
  constructor(readonly element: E) {}

  get root(): ShadowRoot {
    const root = this.element.shadowRoot;
    if (!root) throw new Error(`<${this.element.localName}> has not rendered`);
    return root;
  }

  /** Resolves when the widget's load has reached `state` and the render after it is done. */
  async loaded(state = 'ready', timeout = 8000): Promise<void> {
    await this.until(
      () => this.element.loadState === state,
      `never reached "${state}" (is "${this.element.loadState}")`,
      timeout,
    );
  }

  /** Resolves when `condition` holds after one of the widget's renders (or the next frame). */
  async until(condition: () => boolean, what: string, timeout = 8000): Promise<void> {
    const deadline = performance.now() + timeout;
    for (;;) {
      await this.element.updateComplete;
      if (condition()) return;
      if (performance.now() > deadline) throw new Error(`<${this.element.localName}> ${what}`);
      // The next frame: a render, a response or an event may have changed what holds.
      await new Promise((resolve) => requestAnimationFrame(resolve));
    }
  }

  /** The first element matching `selector` in the shadow root; throws when there is none. */
  get<T extends Element = HTMLElement>(selector: string): T {
    const found = this.root.querySelector<T>(selector);
    if (!found) throw new Error(`<${this.element.localName}> has no ${selector}`);
    return found;
  }

  all<T extends Element = HTMLElement>(selector: string): T[] {
    return [...this.root.querySelectorAll<T>(selector)];
  }

  /** The visible text of what matches `selector`, whitespace collapsed, one entry per match. */
  texts(selector: string): string[] {
    return this.all(selector).map((node) => (node.textContent ?? '').replace(/\s+/g, ' ').trim());
  }

  /** The button whose accessible name (its label or text) is `name`; throws when there is none. */
  button(name: string | RegExp): HTMLButtonElement {
    const found = this.all<HTMLButtonElement>('button').find((button) => matches(accessibleName(button), name));
    if (!found) {
      const names = this.all<HTMLButtonElement>('button').map(accessibleName);
      throw new Error(`<${this.element.localName}> has no button "${String(name)}" (has: ${names.join(' | ')})`);
    }
    return found;
  }

  hasButton(name: string | RegExp): boolean {
    return this.all<HTMLButtonElement>('button').some((button) => matches(accessibleName(button), name));
  }

  async click(name: string | RegExp): Promise<void> {
    this.button(name).click();
    await this.element.updateComplete;
  }

  /** The form field labelled `label` (by `<label>` or `aria-label`). */
  field<T extends HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement = HTMLInputElement>(
    label: string | RegExp,
  ): T {
    const fields = this.all<T>('input, select, textarea');
    const found = fields.find((field) => matches(fieldLabel(field), label));
    if (!found)
      throw new Error(
        `<${this.element.localName}> has no field "${String(label)}" (has: ${fields.map(fieldLabel).join(' | ')})`,
      );
    return found;
  }

  /** Types into (or chooses in) the field labelled `label`, as a person does: input and change events. */
  async fill(label: string | RegExp, value: string): Promise<void> {
    const field = this.field(label);
    if (field instanceof HTMLInputElement && (field.type === 'checkbox' || field.type === 'radio')) {
      if (field.checked !== (value === 'on')) field.click();
    } else {
      field.value = value;
      field.dispatchEvent(new Event('input', { bubbles: true, composed: true }));
      field.dispatchEvent(new Event('change', { bubbles: true, composed: true }));
    }
    await this.element.updateComplete;
  }

  /** What has focus inside the widget (through nested shadow roots), or null. */
  get focused(): Element | null {
    let active: Element | null = this.root.activeElement;
    while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
    return active;
  }

  /** The *Read aloud* / *Stop reading* buttons (in `scope`, or all), in document order. */
  readAloudButtons(scope: ParentNode = this.root): HTMLButtonElement[] {
    return [...scope.querySelectorAll<HTMLButtonElement>('button.read-aloud')];
  }

  /** The voice-input button (its name says whether it listens), or null where there is no recognition. */
  get mic(): HTMLButtonElement | null {
    return this.root.querySelector<HTMLButtonElement>('button.mic');
  }

  /** What the plain-language hint says now ('' when nothing), or null where there is none (families, other languages). */
  get plainHint(): string | null {
    const hint = this.root.querySelector('.plain-hint');
    return hint ? (hint.textContent ?? '').replace(/\s+/g, ' ').trim() : null;
  }

  /** What the widget's live regions say now, in document order. */
  get announced(): string[] {
    return this.texts('[role="status"], [role="alert"], [aria-live]').filter(Boolean);
  }
}

const matches = (text: string, wanted: string | RegExp) =>
  typeof wanted === 'string' ? text === wanted : wanted.test(text);

function accessibleName(element: Element): string {
  const label = element.getAttribute('aria-label');
  if (label) return label.trim();
  const labelledBy = element.getAttribute('aria-labelledby');
  if (labelledBy) {
    const root = element.getRootNode() as ShadowRoot | Document;
    return labelledBy
      .split(/\s+/)
      .map((id) => root.getElementById(id)?.textContent ?? '')
      .join(' ')
      .replace(/\s+/g, ' ')
      .trim();
  }
  return (element.textContent ?? '').replace(/\s+/g, ' ').trim();
}

function fieldLabel(field: HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement): string {
  const own = field.getAttribute('aria-label');
  if (own) return own.trim();
  const byLabel = [...(field.labels ?? [])].map((label) => label.textContent ?? '').join(' ');
  return byLabel.replace(/\s+/g, ' ').trim() || accessibleName(field);
}

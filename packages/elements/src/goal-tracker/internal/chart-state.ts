import type { ReactiveControllerHost } from 'lit';

/** Which entry of each goal's chart is read out, and whose table is open: view state, not data. */
export class ChartState {
  #focused = new Map<string, number>();
  #tables = new Set<string>();
  constructor(private readonly host: ReactiveControllerHost) {}
  focused(goalId: string): number | null {
    return this.#focused.get(goalId) ?? null;
  }
  focus(goalId: string, index: number): void {
    this.#focused.set(goalId, index);
    this.host.requestUpdate();
  }
  tableOpen(goalId: string): boolean {
    return this.#tables.has(goalId);
  }
  toggleTable(goalId: string): void {
    if (!this.#tables.delete(goalId)) this.#tables.add(goalId);
    this.host.requestUpdate();
  }
}

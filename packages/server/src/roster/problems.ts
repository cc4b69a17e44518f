import type { RosterProblem } from '@tandem/contract';

/** Problems found in a bundle: all counted, the first few hundred kept with where and why. */
export class Problems {
  static readonly KEPT = 500;
  readonly list: RosterProblem[] = [];
  errors = 0;
  warnings = 0;

  error(file: string, row: number | null, column: string | null, value: string | null, message: string): void {
    this.errors++;
    this.#keep({ severity: 'error', file, row, column, value, message });
  }

  warning(file: string, row: number | null, column: string | null, value: string | null, message: string): void {
    this.warnings++;
    this.#keep({ severity: 'warning', file, row, column, value, message });
  }

  get truncated(): boolean {
    return this.errors + this.warnings > this.list.length;
  }

  #keep(problem: RosterProblem) {
    // Errors first: a long list of warnings must not hide the one error that refused the import.
    if (this.list.length < Problems.KEPT) {
      this.list.push({ ...problem, value: problem.value === null ? null : problem.value.slice(0, 200) });
    } else if (problem.severity === 'error') {
      const warning = this.list.findLastIndex((p) => p.severity === 'warning');
      if (warning >= 0) this.list[warning] = problem;
    }
  }
}

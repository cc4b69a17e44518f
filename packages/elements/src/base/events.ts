/** Base of every Tandem event: bubbles and crosses shadow roots, so a host page hears it anywhere. */
export class TandemEvent<Detail> extends Event {
  readonly detail: Detail;
  constructor(type: string, detail: Detail) {
    super(type, { bubbles: true, composed: true });
    this.detail = detail;
  }
}

/** Ids only: events never carry personal data. */
export class TandemProgressRecordedEvent extends TandemEvent<{ studentId: string; goalId: string; entryId: string }> {
  static readonly type = 'tandem-progress-recorded';
  constructor(detail: { studentId: string; goalId: string; entryId: string }) {
    super(TandemProgressRecordedEvent.type, detail);
  }
}

export class TandemGoalProposedEvent extends TandemEvent<{ studentId: string; goalId: string }> {
  static readonly type = 'tandem-goal-proposed';
  constructor(detail: { studentId: string; goalId: string }) {
    super(TandemGoalProposedEvent.type, detail);
  }
}

/** `kind` is the client's error kind (`network`, `not-found`, …); `operation` what was being done. */
export class TandemErrorEvent extends TandemEvent<{ kind: string; operation: string; requestId?: string }> {
  static readonly type = 'tandem-error';
  constructor(detail: { kind: string; operation: string; requestId?: string }) {
    super(TandemErrorEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tandem-progress-recorded': TandemProgressRecordedEvent;
    'tandem-goal-proposed': TandemGoalProposedEvent;
    'tandem-error': TandemErrorEvent;
  }
}

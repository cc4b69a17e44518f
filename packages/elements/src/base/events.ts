import type { NotificationSettings } from '@tandem/contract';

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

/** A message reached the server (after any retries). Ids only. */
export class TandemMessageSentEvent extends TandemEvent<{ studentId: string; threadId: string; messageId: string }> {
  static readonly type = 'tandem-message-sent';
  constructor(detail: { studentId: string; threadId: string; messageId: string }) {
    super(TandemMessageSentEvent.type, detail);
  }
}

/**
 * The server refused a message (it stays in the panel, marked not sent, to retry or remove).
 * Network trouble is not a failure: the message waits and sends on reconnect.
 */
export class TandemMessageFailedEvent extends TandemEvent<{
  studentId: string;
  threadId: string;
  clientMessageId: string;
  kind: string;
}> {
  static readonly type = 'tandem-message-failed';
  constructor(detail: { studentId: string; threadId: string; clientMessageId: string; kind: string }) {
    super(TandemMessageFailedEvent.type, detail);
  }
}

/** A family booked a meeting. Ids only. */
export class TandemBookingCreatedEvent extends TandemEvent<{ studentId: string; bookingId: string; slotId: string }> {
  static readonly type = 'tandem-booking-created';
  constructor(detail: { studentId: string; bookingId: string; slotId: string }) {
    super(TandemBookingCreatedEvent.type, detail);
  }
}

export class TandemBookingCancelledEvent extends TandemEvent<{ studentId: string; bookingId: string }> {
  static readonly type = 'tandem-booking-cancelled';
  constructor(detail: { studentId: string; bookingId: string }) {
    super(TandemBookingCancelledEvent.type, detail);
  }
}

/** What a person chose for hearing of unread messages: never their address or number. */
export type NotificationChoice = Pick<NotificationSettings, 'contactChannel' | 'quietHours' | 'notifyAfterMinutes'>;

/** A person saved how they hear of what they have not read. No address, no number. */
export class TandemNotificationSettingsSavedEvent extends TandemEvent<NotificationChoice> {
  static readonly type = 'tandem-notification-settings-saved';
  constructor(detail: NotificationChoice) {
    super(TandemNotificationSettingsSavedEvent.type, detail);
  }
}

declare global {
  interface GlobalEventHandlersEventMap {
    'tandem-progress-recorded': TandemProgressRecordedEvent;
    'tandem-goal-proposed': TandemGoalProposedEvent;
    'tandem-error': TandemErrorEvent;
    'tandem-message-sent': TandemMessageSentEvent;
    'tandem-message-failed': TandemMessageFailedEvent;
    'tandem-booking-created': TandemBookingCreatedEvent;
    'tandem-booking-cancelled': TandemBookingCancelledEvent;
    'tandem-notification-settings-saved': TandemNotificationSettingsSavedEvent;
  }
}

/** @jsxImportSource preact */
// Preact: every tag and event typed from one import.
import type {} from '@tandem/elements/jsx/preact';

/** Stands for the application using a value. */
declare function use(...values: unknown[]): void;

export function SchoolPage({ studentId }: { studentId: string }) {
  return (
    <tandem-provider base-url="https://tandem.example">
      <tandem-goal-tracker
        student-id={studentId}
        ontandem-progress-recorded={(event) => use(event.detail.entryId)}
        ontandem-goal-proposed={(event) => use(event.detail.goalId)}
        ontandem-error={(event) => use(event.detail.kind)}
      />
      <tandem-message-panel
        studentId={studentId}
        ontandem-message-sent={(event) => use(event.detail.messageId)}
        ontandem-message-failed={(event) => use(event.detail.kind)}
      />
      <tandem-availability-picker
        ontandem-booking-created={(event) => use(event.detail.slotId)}
        ontandem-booking-cancelled={(event) => use(event.detail.bookingId)}
      />
      <tandem-notification-settings
        ontandem-notification-settings-saved={(event) => use(event.detail.notifyAfterMinutes)}
      />
      {/* @ts-expect-error: not a property of the message panel */}
      <tandem-message-panel threadIdentifier="x" />
    </tandem-provider>
  );
}

/** @jsxImportSource solid-js */
// Solid: properties as `prop:`, events as `on:` with their own names.
import type {} from '@tandem/elements/jsx/solid';

/** Stands for the application using a value. */
declare function use(...values: unknown[]): void;

export function SchoolPage(props: { studentId: string }) {
  return (
    <tandem-provider base-url="https://tandem.example">
      <tandem-goal-tracker
        prop:studentId={props.studentId}
        on:tandem-progress-recorded={(event) => use(event.detail.entryId)}
        on:tandem-goal-proposed={(event) => use(event.detail.goalId)}
        on:tandem-error={(event) => use(event.detail.kind)}
      />
      <tandem-message-panel
        student-id={props.studentId}
        on:tandem-message-sent={(event) => use(event.detail.messageId)}
        on:tandem-message-failed={(event) => use(event.detail.kind)}
      />
      <tandem-availability-picker
        on:tandem-booking-created={(event) => use(event.detail.slotId)}
        on:tandem-booking-cancelled={(event) => use(event.detail.bookingId)}
      />
      <tandem-notification-settings
        on:tandem-notification-settings-saved={(event) => use(event.detail.contactChannel)}
      />
      {/* @ts-expect-error: a booking event has no goalId */}
      <tandem-availability-picker on:tandem-booking-created={(event) => use(event.detail.goalId)} />
    </tandem-provider>
  );
}

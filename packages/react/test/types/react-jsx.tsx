// React 19 with the elements themselves: every tag and every event, typed from one import.
import type {} from '@tandem/elements/jsx/react';
import type { TandemGoalTracker } from '@tandem/elements';
import { useRef } from 'react';

/** Stands for the application using a value. */
declare function use(...values: unknown[]): void;

export function SchoolPage({ studentId }: { studentId: string }) {
  const tracker = useRef<TandemGoalTracker>(null);
  return (
    <tandem-provider base-url="https://tandem.example" locale="es">
      <tandem-goal-tracker
        ref={tracker}
        student-id={studentId}
        theme="auto"
        compact
        className="goals"
        ontandem-progress-recorded={(event) => use(event.detail.entryId)}
        ontandem-goal-proposed={(event) => use(event.detail.goalId)}
        ontandem-error={(event) => use(event.detail.kind, event.detail.operation)}
      />
      <tandem-message-panel
        studentId={studentId}
        ontandem-message-sent={(event) => use(event.detail.messageId)}
        ontandem-message-failed={(event) => use(event.detail.clientMessageId)}
      />
      <tandem-availability-picker
        student-id={studentId}
        name="slot"
        ontandem-booking-created={(event) => use(event.detail.slotId)}
        ontandem-booking-cancelled={(event) => use(event.detail.bookingId)}
      />
      <tandem-notification-settings
        push-worker="/push-worker.js"
        ontandem-notification-settings-saved={(event) => use(event.detail.contactChannel)}
      />
      {/* @ts-expect-error: not a property of the goal tracker */}
      <tandem-goal-tracker studentIdentifier={studentId} />
      {/* @ts-expect-error: theme is light, dark or auto */}
      <tandem-goal-tracker theme="blue" />
      <tandem-goal-tracker
        // @ts-expect-error: a progress entry has no messageId
        ontandem-progress-recorded={(event) => use(event.detail.messageId)}
      />
    </tandem-provider>
  );
}

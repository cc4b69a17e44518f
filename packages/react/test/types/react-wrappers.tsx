// @tandem/react: the @lit/react wrappers, with camel-cased typed event props.
import { AvailabilityPicker, GoalTracker, MessagePanel, NotificationSettings, Provider } from '@tandem/react';
import type { TandemGoalTracker } from '@tandem/elements';
import { useRef } from 'react';

/** Stands for the application using a value. */
declare function use(...values: unknown[]): void;

export function LmsPage({ studentId }: { studentId: string }) {
  const tracker = useRef<TandemGoalTracker>(null);
  return (
    <Provider baseUrl="https://tandem.example" tokenProvider={async () => 'token'}>
      <GoalTracker
        ref={tracker}
        studentId={studentId}
        readonly={false}
        onProgressRecorded={(event) => use(event.detail.entryId)}
        onGoalProposed={(event) => use(event.detail.goalId)}
        onError={(event) => use(event.detail.kind)}
      />
      <MessagePanel
        studentId={studentId}
        onMessageSent={(event) => use(event.detail.threadId)}
        onMessageFailed={(event) => use(event.detail.kind)}
      />
      <AvailabilityPicker
        studentId={studentId}
        onBookingCreated={(event) => use(event.detail.bookingId)}
        onBookingCancelled={(event) => use(event.detail.studentId)}
      />
      <NotificationSettings onNotificationSettingsSaved={(event) => use(event.detail.quietHours)} />
      {/* @ts-expect-error: studentId is a string */}
      <GoalTracker studentId={7} />
      {/* @ts-expect-error: a booking event has no goalId */}
      <AvailabilityPicker onBookingCreated={(event) => use(event.detail.goalId)} />
    </Provider>
  );
}

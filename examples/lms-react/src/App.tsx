import { GoalTracker, MessagePanel, Provider, type TandemProgressRecordedEvent } from '@tandem/react';
import { useMemo, useState } from 'react';
import { tokenProvider } from './token.js';

interface AppProps {
  api: string;
  educatorId: string;
  studentId: string;
}

/** A student's page in an LMS: the goals shared with the family, and the conversation with them. */
export function App({ api, educatorId, studentId }: AppProps) {
  const tokens = useMemo(() => tokenProvider(api, educatorId), [api, educatorId]);
  const [lastEntry, setLastEntry] = useState<string | null>(null);
  const [lastMessage, setLastMessage] = useState<string | null>(null);
  const [problem, setProblem] = useState<string | null>(null);

  // Typed: event.detail is { studentId, goalId, entryId }.
  const onProgressRecorded = (event: TandemProgressRecordedEvent) => {
    setLastEntry(`${event.detail.goalId}: ${event.detail.entryId}`);
  };

  return (
    <main>
      <h1>Mateo García · Grade 3</h1>
      <Provider baseUrl={api} tokenProvider={tokens}>
        <section aria-labelledby="goals">
          <h2 id="goals">Goals with the family</h2>
          <GoalTracker
            studentId={studentId}
            onProgressRecorded={onProgressRecorded}
            onError={(event) => setProblem(`${event.detail.operation}: ${event.detail.kind}`)}
          />
          {lastEntry && <p role="status">Recorded {lastEntry}</p>}
        </section>
        <section aria-labelledby="messages">
          <h2 id="messages">Messages</h2>
          <MessagePanel
            studentId={studentId}
            onMessageSent={(event) => setLastMessage(event.detail.messageId)}
            onError={(event) => setProblem(`${event.detail.operation}: ${event.detail.kind}`)}
          />
          {lastMessage && <p role="status">Sent {lastMessage}</p>}
        </section>
      </Provider>
      {problem && (
        <p role="alert" data-testid="problem">
          Tandem: {problem}
        </p>
      )}
    </main>
  );
}

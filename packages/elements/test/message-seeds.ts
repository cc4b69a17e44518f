// Conversations created through the real API for the message panel's tests (Node and Chromium).
import { messages, type TandemClient, type Thread } from '@tandem/client';

/**
 * Mr. Haddad (the client's person) starts a group conversation about Noor with her two
 * guardians; `count` of them, one after another: 26 are more than one page (25) of threads.
 */
export async function startNoorThreads(haddad: TandemClient, count = 1, from = 0): Promise<Thread[]> {
  const started: Thread[] = [];
  for (let i = from; i < from + count; i++) {
    started.push(
      await messages.startThread(
        haddad,
        { studentId: 'stu_noor' },
        { participantIds: ['per_alsayed_omar', 'per_alsayed_huda'], subject: `Topic ${i}` },
      ),
    );
  }
  return started;
}

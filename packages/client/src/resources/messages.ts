import {
  editMessage as editMessageRoute,
  reportMessage as reportMessageRoute,
  setMessageInterpreterReview as setMessageInterpreterReviewRoute,
  listMessages as listMessagesRoute,
  listThreads as listThreadsRoute,
  markThreadRead as markThreadReadRoute,
  sendMessage as sendMessageRoute,
  startThread as startThreadRoute,
} from '@tandem/contract';
import { bind } from '../bind.js';

/** The viewer's conversations about a student, most recent activity first. */
export const listThreads = bind(listThreadsRoute);

/** Starts a conversation about a student with some of their guardians and educators. */
export const startThread = bind(startThreadRoute);

/** Newest first. */
export const list = bind(listMessagesRoute);

/** Reuse `clientMessageId` when sending the same message again: the server keeps one. */
export const send = bind(sendMessageRoute);

/** Marks the thread read up to `seq` for the viewer (never backwards). */
export const markRead = bind(markThreadReadRoute);

/** The sender may change a message for 15 minutes; the earlier text is kept. */
export const edit = bind(editMessageRoute);

/** Reports a message to the school (abuse, a safety concern). */
export const report = bind(reportMessageRoute);

/** Educators in the thread ask for (`needed`) or record (`reviewed`) a human interpreter's review; null clears it. */
export const setInterpreterReview = bind(setMessageInterpreterReviewRoute);

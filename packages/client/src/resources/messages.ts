import {
  editMessage as editMessageRoute,
  reportMessage as reportMessageRoute,
  listMessages as listMessagesRoute,
  listThreads as listThreadsRoute,
  markThreadRead as markThreadReadRoute,
  sendMessage as sendMessageRoute,
  startThread as startThreadRoute,
} from '@tandem/contract';
import type {
  EditMessageRequest,
  Message,
  MessageReport,
  Page,
  PageQuery,
  ReadState,
  ReportMessageRequest,
  SendMessageRequest,
  StartThreadRequest,
  Thread,
} from '@tandem/contract';
import type { CallOptions, TandemClient } from '../client.js';

/** The viewer's conversations about a student, most recent activity first. */
export const listThreads = (
  client: TandemClient,
  input: { studentId: string } & PageQuery,
  options?: CallOptions,
): Promise<Page<Thread>> =>
  client.request(
    listThreadsRoute,
    { params: { studentId: input.studentId }, query: { limit: input.limit, cursor: input.cursor } },
    options,
  );

export const startThread = (
  client: TandemClient,
  params: { studentId: string },
  body: StartThreadRequest,
  options?: CallOptions,
): Promise<Thread> => client.request(startThreadRoute, { params, body }, options);

/** Newest first. */
export const list = (
  client: TandemClient,
  input: { threadId: string } & PageQuery,
  options?: CallOptions,
): Promise<Page<Message>> =>
  client.request(
    listMessagesRoute,
    { params: { threadId: input.threadId }, query: { limit: input.limit, cursor: input.cursor } },
    options,
  );

/** Reuse `clientMessageId` when sending the same message again: the server keeps one. */
export const send = (
  client: TandemClient,
  params: { threadId: string },
  body: SendMessageRequest,
  options?: CallOptions,
): Promise<Message> => client.request(sendMessageRoute, { params, body }, options);

export const markRead = (
  client: TandemClient,
  params: { threadId: string },
  body: { seq: number },
  options?: CallOptions,
): Promise<ReadState> => client.request(markThreadReadRoute, { params, body }, options);

/** The sender may change a message for 15 minutes; the earlier text is kept. */
export const edit = (
  client: TandemClient,
  params: { messageId: string },
  body: EditMessageRequest,
  options?: CallOptions,
): Promise<Message> => client.request(editMessageRoute, { params, body }, options);

export const report = (
  client: TandemClient,
  params: { messageId: string },
  body: ReportMessageRequest,
  options?: CallOptions,
): Promise<MessageReport> => client.request(reportMessageRoute, { params, body }, options);

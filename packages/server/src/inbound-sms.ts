// Texts from families (the SMS provider's webhook): carrier keywords first — STOP ends texts
// to the number, START resumes them, HELP says who is texting — recorded and answered; any
// other text is a message. It goes into the thread of the last notification texted to that
// number; else the number's only conversation; else the family is asked which (a numbered
// list) and the text waits for the answer. One transaction per text, and each provider id
// (MessageSid) is taken once: a webhook sent again changes nothing.
import { and, desc, eq, gt, inArray, isNull, sql } from 'drizzle-orm';
import { audit } from './audit.js';
import { loadActor } from './auth.js';
import { writeTransaction, type Db } from './db/database.js';
import {
  notifications,
  people,
  smsChoices,
  smsReceived,
  students,
  tenants,
  threadParticipants,
  threads,
} from './db/schema.js';
import { newId } from './ids.js';
import { copyFor, fillCopy } from './notification-copy.js';
import type { NotificationQueue } from './notifications.js';
import { ApiError } from './problem.js';
import { postMessage } from './routes/messages.js';
import { smsKeyword } from './sms-text.js';
import type { Translators } from './translator.js';

export interface InboundSmsDeps {
  db: Db;
  clock: () => Date;
  translators: Translators;
  notifications: NotificationQueue | null;
}

export interface InboundText {
  messageSid: string;
  from: string;
  body: string;
}

/** How long a question "which conversation?" waits for its answer. */
const CHOICE_HOURS = 24;
/** Conversations offered at most: one digit each. */
const MAX_CHOICES = 9;

type Person = typeof people.$inferSelect;

/** Digits only: a roster may write `+1 (512) 555-0142`, the provider sends `+15125550142`. */
const digits = (phone: string) => phone.replace(/\D/g, '');

/** Takes one text; what to text back (null: nothing). */
export async function acceptText(deps: InboundSmsDeps, text: InboundText): Promise<string | null> {
  return writeTransaction(
    deps.db,
    async (tx, afterCommit) => {
      const now = deps.clock();
      const [fresh] = await tx
        .insert(smsReceived)
        .values({ messageSid: text.messageSid, receivedAt: now })
        .onConflictDoNothing()
        .returning({ sid: smsReceived.messageSid });
      if (!fresh) return null; // the provider sent this one before
      const number = digits(text.from);
      // A number may be a whole household's (or, in two districts, two records of one person).
      const owners = number
        ? await tx
            .select({ person: people, district: tenants.name })
            .from(people)
            .innerJoin(tenants, eq(tenants.id, people.tenantId))
            .where(
              and(
                isNull(people.deactivatedAt),
                sql`regexp_replace(${people.phone}, '[^0-9]', '', 'g') in (${number}, ${number.replace(/^1/, '')})`,
              ),
            )
            .orderBy(people.id)
        : [];
      const first = owners[0];
      const { copy } = copyFor(first?.person.preferredLanguage ?? 'en');
      const district = first?.district ?? '';
      const keyword = smsKeyword(text.body);
      const stopped = owners.some(({ person }) => person.smsStoppedAt);
      if (keyword === 'stop' || keyword === 'start' || keyword === 'help') {
        if (keyword === 'help') return fillCopy(copy.smsHelp, { district });
        // START matters only for a number that had stopped; from anyone else it is an answer.
        if (keyword === 'stop' || stopped) {
          for (const { person } of owners) {
            await tx
              .update(people)
              .set({ smsStoppedAt: keyword === 'stop' ? now : null })
              .where(eq(people.id, person.id));
            await audit(
              tx,
              { id: person.id, tenantId: person.tenantId },
              {
                action: 'update',
                resourceType: keyword === 'stop' ? 'sms_opt_out' : 'sms_opt_in',
                resourceId: person.id,
                studentId: null,
              },
              undefined,
              now,
            );
          }
          return fillCopy(keyword === 'stop' ? copy.smsStopped : copy.smsStarted, { district });
        }
      }
      if (!first) return copy.smsNoThread;
      const post = async (person: Person, threadId: string, body: string) => {
        const actor = await loadActor(tx, { personId: person.id, tenantId: person.tenantId });
        return postMessage(
          {
            db: tx,
            now,
            requestId: undefined,
            afterCommit,
            translators: deps.translators,
            notifications: deps.notifications,
          },
          actor,
          { threadId, body, clientMessageId: `sms:${text.messageSid}`, via: 'sms' },
        );
      };
      const ownerIds = owners.map(({ person }) => person.id);
      const byId = new Map(owners.map(({ person }) => [person.id, person]));

      // An answer to "which conversation?".
      const [choice] = await tx
        .select()
        .from(smsChoices)
        .where(
          and(
            eq(smsChoices.phone, number),
            isNull(smsChoices.resolvedAt),
            gt(smsChoices.createdAt, new Date(now.getTime() - CHOICE_HOURS * 3600_000)),
          ),
        )
        .orderBy(desc(smsChoices.createdAt))
        .limit(1);
      if (choice) {
        const picked = /^\s*(\d)\s*[.)]?\s*$/.exec(text.body)?.[1];
        const threadId = picked ? choice.threadIds[Number(picked) - 1] : undefined;
        const chooser = byId.get(choice.personId);
        if (!threadId || !chooser) {
          // Not one of the numbers: what they wrote joins the waiting text, and the question stands.
          await tx
            .update(smsChoices)
            .set({ body: `${choice.body}\n${text.body}` })
            .where(eq(smsChoices.id, choice.id));
          return `${copy.smsChooserAgain}\n${await choiceLines(tx, choice.threadIds, chooser ?? first.person)}`;
        }
        await tx.update(smsChoices).set({ resolvedAt: now }).where(eq(smsChoices.id, choice.id));
        await post(chooser, threadId, choice.body);
        return fillCopy(copy.smsPosted, { person: await othersIn(tx, threadId, chooser.id) });
      }

      // The conversation the last text to this number was about.
      const [last] = await tx
        .select({ threadId: notifications.threadId, recipientId: notifications.recipientId })
        .from(notifications)
        .where(
          and(
            eq(notifications.channel, 'sms'),
            eq(notifications.status, 'sent'),
            sql`regexp_replace(${notifications.address}, '[^0-9]', '', 'g') in (${number}, ${number.replace(/^1/, '')})`,
          ),
        )
        .orderBy(desc(notifications.sentAt))
        .limit(1);
      const lastPerson = last && byId.get(last.recipientId);
      if (last?.threadId && lastPerson) {
        try {
          await post(lastPerson, last.threadId, text.body);
          return null;
        } catch (error) {
          if (!(error instanceof ApiError && error.status === 404)) throw error;
          // No longer theirs to answer: fall through to the conversations they still have.
        }
      }

      const open = await tx
        .select({ threadId: threads.id, personId: threadParticipants.personId })
        .from(threadParticipants)
        .innerJoin(threads, eq(threads.id, threadParticipants.threadId))
        .innerJoin(students, eq(students.id, threads.studentId))
        .where(and(inArray(threadParticipants.personId, ownerIds), isNull(students.deactivatedAt)))
        .orderBy(desc(sql`coalesce(${threads.lastMessageAt}, ${threads.createdAt})`), threads.id)
        .limit(MAX_CHOICES);
      const only = open.length === 1 ? open[0] : undefined;
      const onlyPerson = only && byId.get(only.personId);
      if (only && onlyPerson) {
        await post(onlyPerson, only.threadId, text.body);
        return null;
      }
      const newest = open[0];
      if (!newest) return copy.smsNoThread;
      const asker = byId.get(newest.personId) ?? first.person;
      const threadIds = open.map((o) => o.threadId);
      await tx.insert(smsChoices).values({
        id: newId('smc'),
        phone: number,
        personId: asker.id,
        body: text.body,
        threadIds,
        createdAt: now,
      });
      return `${copy.smsChooser}\n${await choiceLines(tx, threadIds, asker)}`;
    },
    `sms ${text.messageSid}`,
  );
}

/** The educators (or other people) of a thread besides one person, by name. */
async function othersIn(tx: Db, threadId: string, personId: string): Promise<string> {
  const rows = await tx
    .select({ name: people.displayName, kind: people.kind, id: people.id })
    .from(threadParticipants)
    .innerJoin(people, eq(people.id, threadParticipants.personId))
    .where(eq(threadParticipants.threadId, threadId))
    .orderBy(people.displayName);
  const others = rows.filter((r) => r.id !== personId);
  const staff = others.filter((r) => r.kind !== 'guardian');
  return (staff.length ? staff : others).map((r) => r.name).join(', ');
}

/** "1. Mateo with Ms. Rivera", one line per offered conversation, in the person's language. */
async function choiceLines(tx: Db, threadIds: string[], person: Person): Promise<string> {
  const { copy } = copyFor(person.preferredLanguage);
  const rows = await tx
    .select({ id: threads.id, given: students.givenName, preferred: students.preferredName })
    .from(threads)
    .innerJoin(students, eq(students.id, threads.studentId))
    .where(inArray(threads.id, threadIds));
  const lines: string[] = [];
  for (const [index, threadId] of threadIds.entries()) {
    const row = rows.find((r) => r.id === threadId);
    if (!row) continue;
    lines.push(
      fillCopy(copy.smsChooserLine, {
        number: index + 1,
        student: row.preferred ?? row.given,
        person: await othersIn(tx, threadId, person.id),
      }),
    );
  }
  return lines.join('\n');
}

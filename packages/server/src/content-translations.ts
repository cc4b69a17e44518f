// Translations of shared content (goals, action steps, progress notes, offers, bookings) for
// the people who read it, made like messages' after the write commits, through the district's
// translation service. The write queues its subject in its own transaction; the pass after
// commit (and the retry loop, when the service was down) makes whatever is missing and takes
// the subject off the queue once nothing is.
import type { ContentTranslation, TranslatedField } from '@tandem/contract';
import { and, asc, eq, gt, inArray, isNotNull, lt, or, sql } from 'drizzle-orm';
import { allOf, prepared, type Db } from './db/database.js';
import {
  assignments,
  availabilityOffers,
  bookings,
  contentTranslationQueue,
  contentTranslations,
  goals,
  guardianships,
  people,
  progressEntries,
  tenants,
} from './db/schema.js';
import { baseLanguage, TranslationError, type Translators } from './translator.js';

export type SubjectType = (typeof contentTranslationQueue.$inferSelect)['subjectType'];

/** Stored translations of these subjects (goal, step, entry, offer or booking ids), by subject id. */
/** A district's translation setting, as `Translators.for()` takes it (messages read it too). */
export const translationSettingColumns = {
  mode: tenants.translationMode,
  url: tenants.translationUrl,
  apiKey: tenants.translationApiKey,
  protocol: tenants.translationProtocol,
};

export async function contentTranslationsOf(db: Db, subjectIds: string[]): Promise<Map<string, ContentTranslation[]>> {
  const map = new Map<string, ContentTranslation[]>();
  const ids = [...new Set(subjectIds)];
  if (!ids.length) return map;
  const rows = await translationsOfSubjects(db).execute({ ids });
  for (const row of rows) {
    const translation = { field: row.field, language: row.language, text: row.text, machine: row.machine };
    map.set(row.subjectId, [...(map.get(row.subjectId) ?? []), translation]);
  }
  return map;
}

const translationsOfSubjects = prepared((db) =>
  db
    .select()
    .from(contentTranslations)
    // One array parameter, so the statement is the same for any number of subjects.
    .where(sql`${contentTranslations.subjectId} = any(${sql.placeholder('ids')}::text[])`)
    .orderBy(asc(contentTranslations.field), asc(contentTranslations.language))
    .prepare('translations_of_subjects'),
);

/** One subject's translations from a map, optionally only some fields. */
export const translationsIn = (
  map: Map<string, ContentTranslation[]>,
  subjectId: string,
  fields?: readonly TranslatedField[],
): ContentTranslation[] => (map.get(subjectId) ?? []).filter((t) => !fields || fields.includes(t.field));

/**
 * In the write's transaction: drops the translations of texts that changed (`stale`: subject
 * id → fields) and queues the subject, so the pass after commit makes the new ones.
 */
export async function queueTranslation(
  db: Db,
  subject: { type: SubjectType; id: string; tenantId: string },
  now: Date,
  stale: [subjectId: string, fields: TranslatedField[]][] = [],
): Promise<void> {
  for (const [subjectId, fields] of stale) {
    if (!fields.length) continue;
    await db
      .delete(contentTranslations)
      .where(and(eq(contentTranslations.subjectId, subjectId), inArray(contentTranslations.field, fields)));
  }
  await db
    .insert(contentTranslationQueue)
    .values({ subjectType: subject.type, subjectId: subject.id, tenantId: subject.tenantId, queuedAt: now })
    .onConflictDoUpdate({ target: contentTranslationQueue.subjectId, set: { queuedAt: now } });
}

/** The fields of `next` whose text differs from `previous`. */
export function changedFields<F extends TranslatedField>(
  previous: Partial<Record<F, string | null>>,
  next: Partial<Record<F, string | null>>,
  fields: readonly F[],
): F[] {
  return fields.filter((f) => (previous[f] ?? null) !== (next[f] ?? null));
}

interface Text {
  type: 'goal' | 'step' | 'progress' | 'offer' | 'booking';
  subjectId: string;
  field: TranslatedField;
  text: string | null;
  language: string;
}

/** Languages of a student's guardians who see their records, and of their educators. */
async function studentReaders(db: Db, studentId: string): Promise<string[]> {
  const [family, staff] = await allOf(db, [
    db
      .select({ language: people.preferredLanguage })
      .from(guardianships)
      .innerJoin(people, eq(people.id, guardianships.personId))
      .where(and(eq(guardianships.studentId, studentId), eq(guardianships.mayViewRecords, true))),
    db
      .select({ language: people.preferredLanguage })
      .from(assignments)
      .innerJoin(people, eq(people.id, assignments.educatorId))
      .where(eq(assignments.studentId, studentId)),
  ]);
  return [...family, ...staff].map((p) => p.language);
}

/** A subject's current texts, its district, and the languages of those who read it; null if gone. */
async function textsOf(
  db: Db,
  type: SubjectType,
  id: string,
): Promise<{ tenantId: string; texts: Text[]; readers: string[] } | null> {
  switch (type) {
    case 'goal': {
      const [goal] = await db.select().from(goals).where(eq(goals.id, id));
      if (!goal) return null;
      const texts: Text[] = [
        { type, subjectId: id, field: 'statement', text: goal.statement, language: goal.language },
        { type, subjectId: id, field: 'unit', text: goal.unit, language: goal.language },
        ...goal.actionSteps.flatMap((step): Text[] => [
          {
            type: 'step',
            subjectId: step.id,
            field: 'description',
            text: step.description,
            language: step.language ?? goal.language,
          },
          {
            type: 'step',
            subjectId: step.id,
            field: 'frequency',
            text: step.frequency,
            language: step.language ?? goal.language,
          },
        ]),
      ];
      return { tenantId: goal.tenantId, texts, readers: await studentReaders(db, goal.studentId) };
    }
    case 'progress': {
      const [entry] = await db.select().from(progressEntries).where(eq(progressEntries.id, id));
      if (!entry) return null;
      return {
        tenantId: entry.tenantId,
        texts: [{ type, subjectId: id, field: 'note', text: entry.note, language: entry.language }],
        readers: await studentReaders(db, entry.studentId),
      };
    }
    case 'offer': {
      const [offer] = await db.select().from(availabilityOffers).where(eq(availabilityOffers.id, id));
      if (!offer) return null;
      // The families of the educator's students are the ones who read where to meet.
      const families = await db
        .selectDistinct({ language: people.preferredLanguage })
        .from(assignments)
        .innerJoin(guardianships, eq(guardianships.studentId, assignments.studentId))
        .innerJoin(people, eq(people.id, guardianships.personId))
        .where(eq(assignments.educatorId, offer.educatorId));
      return {
        tenantId: offer.tenantId,
        texts: [{ type, subjectId: id, field: 'location', text: offer.location, language: offer.language }],
        readers: families.map((f) => f.language),
      };
    }
    case 'booking': {
      const [booking] = await db.select().from(bookings).where(eq(bookings.id, id));
      if (!booking) return null;
      // The note is for the household who booked and the school (like the booking's `needs`).
      const [booker] = await db
        .select({ language: people.preferredLanguage })
        .from(people)
        .where(eq(people.id, booking.bookedBy));
      const staff = await db
        .select({ language: people.preferredLanguage })
        .from(assignments)
        .innerJoin(people, eq(people.id, assignments.educatorId))
        .where(eq(assignments.studentId, booking.studentId));
      return {
        tenantId: booking.tenantId,
        texts: [
          {
            type,
            subjectId: id,
            field: 'accessibilityNote',
            text: booking.accessibilityNote,
            language: booking.language,
          },
        ],
        readers: [...(booker ? [booker.language] : []), ...staff.map((s) => s.language)],
      };
    }
  }
}

/**
 * Makes the missing translations of one subject: each of its non-empty texts into each reader's
 * language that differs from the text's, replacing any made of an earlier text. Off the queue
 * when nothing is missing any more (and the subject was not queued again meanwhile). A failing
 * service leaves it queued for `retryContentTranslations`. Returns how many it made.
 */
export async function translateContent(
  db: Db,
  translators: Translators,
  type: SubjectType,
  id: string,
): Promise<number> {
  const [queued] = await db.select().from(contentTranslationQueue).where(eq(contentTranslationQueue.subjectId, id));
  // The district's service first (a queued subject names its district): without one, nothing to read.
  let found = queued ? undefined : await textsOf(db, type, id);
  const tenantId = queued?.tenantId ?? found?.tenantId;
  if (!tenantId) return 0;
  const [setting] = await db.select(translationSettingColumns).from(tenants).where(eq(tenants.id, tenantId));
  const translator = setting ? translators.for(setting) : null;
  if (!translator) return 0; // stays queued: the district may set a service within the day
  // Taken off only if not queued again meanwhile (an edit's newer text needs its own pass).
  const dequeue = async () => {
    if (!queued) return;
    await db
      .delete(contentTranslationQueue)
      .where(and(eq(contentTranslationQueue.subjectId, id), eq(contentTranslationQueue.queuedAt, queued.queuedAt)));
  };
  found ??= await textsOf(db, type, id);
  if (!found) {
    await dequeue();
    return 0;
  }
  const readers = [...new Set(found.readers.map(baseLanguage))];
  const stored = await db
    .select({
      subjectId: contentTranslations.subjectId,
      field: contentTranslations.field,
      language: contentTranslations.language,
      source: contentTranslations.source,
    })
    .from(contentTranslations)
    .where(inArray(contentTranslations.subjectId, [...new Set(found.texts.map((t) => t.subjectId))]));
  const current = new Set(stored.map((s) => `${s.subjectId} ${s.field} ${s.language} ${s.source}`));
  let made = 0;
  let missing = false;
  for (const text of found.texts) {
    if (!text.text?.trim()) continue;
    const from = baseLanguage(text.language);
    for (const to of readers) {
      if (to === from || current.has(`${text.subjectId} ${text.field} ${to} ${text.text}`)) continue;
      try {
        const translated = await translator.translate(text.text, from, to);
        const row = {
          tenantId: found.tenantId,
          subjectType: text.type,
          subjectId: text.subjectId,
          field: text.field,
          language: to,
          text: translated,
          source: text.text,
          machine: true,
          createdAt: new Date(),
        };
        await db
          .insert(contentTranslations)
          .values(row)
          .onConflictDoUpdate({
            target: [contentTranslations.subjectId, contentTranslations.field, contentTranslations.language],
            set: { text: row.text, source: row.source, machine: true, createdAt: row.createdAt },
          });
        made++;
      } catch (error) {
        if (!(error instanceof TranslationError)) throw error;
        console.warn(`Translation of ${text.subjectId} ${text.field} to ${to} failed: ${error.message}`);
        missing = true;
      }
    }
  }
  if (!missing) await dequeue();
  return made;
}

/** How long queued content is retried: after a day the service's gap is reported, not hidden. */
const RETRY_WINDOW_MS = 24 * 3600 * 1000;

/**
 * Works through queued content in districts that have a service now, oldest first (what the
 * service left out when it failed); forgets entries older than a day. Returns how many it tried.
 */
export async function retryContentTranslations(
  db: Db,
  translators: Translators,
  now: Date,
  batch = 50,
): Promise<number> {
  const since = new Date(now.getTime() - RETRY_WINDOW_MS);
  await db.delete(contentTranslationQueue).where(lt(contentTranslationQueue.queuedAt, since));
  const served = or(
    and(eq(tenants.translationMode, 'custom'), isNotNull(tenants.translationUrl)),
    translators.server ? eq(tenants.translationMode, 'server') : undefined,
  );
  const due = await db
    .select({ type: contentTranslationQueue.subjectType, id: contentTranslationQueue.subjectId })
    .from(contentTranslationQueue)
    .innerJoin(tenants, eq(tenants.id, contentTranslationQueue.tenantId))
    .where(and(served, gt(contentTranslationQueue.queuedAt, since)))
    .orderBy(asc(contentTranslationQueue.queuedAt), asc(contentTranslationQueue.subjectId))
    .limit(batch);
  for (const { type, id } of due) await translateContent(db, translators, type, id);
  return due.length;
}

/** A person's preferred language: what they write in. */
export async function languageOf(db: Db, personId: string): Promise<string> {
  const [person] = await db.select({ language: people.preferredLanguage }).from(people).where(eq(people.id, personId));
  return person?.language ?? 'en';
}

/** For `afterCommit`: the subject's translations, made once the write is in. */
export const translateLater =
  (translators: Translators, type: SubjectType, id: string) =>
  async (pool: Db): Promise<void> => {
    await translateContent(pool, translators, type, id);
  };

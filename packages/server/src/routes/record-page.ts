// The student's record as a page a person reads or prints. Every value from the database goes
// through Hono's `html` template, which escapes it: a message that says `<script>` shows as
// those characters. No script, no external resource; styles are inline (see RECORD_PAGE_CSP).
import type {
  RecordAuditEntry,
  RecordMessage,
  RecordThread,
  RecordWaitlistEntry,
  StudentRecord,
} from '@tandem/contract';
import { html, raw } from 'hono/html';

/** Nothing loads or runs: the page is text and its own inline styles. */
export const RECORD_PAGE_CSP = "default-src 'none'; style-src 'unsafe-inline'";

type Fragment = ReturnType<typeof html>;

const labels = {
  domain: {
    academic: 'Academic',
    behavior: 'Behavior',
    social_emotional: 'Social-emotional',
    attendance: 'Attendance',
    iep: 'IEP',
  },
  measure: { count: 'Count', percent: 'Percent', duration: 'Duration', rating: 'Rating (1–5)', yes_no: 'Yes or no' },
  status: { proposed: 'Proposed', active: 'Active', met: 'Met', discontinued: 'Discontinued' },
  modality: { in_person: 'In person', phone: 'By phone', video: 'By video' },
  booking: { booked: 'Booked', cancelled: 'Cancelled' },
  scheduling: { booked: 'Booked', cancelled: 'Cancelled', rescheduled: 'Moved to another time' },
  waitlist: { waiting: 'Waiting', booked: 'Booked from the waiting list', expired: 'Expired' },
  kind: { guardian: 'guardian', educator: 'educator', admin: 'administrator' },
  reason: {
    inappropriate: 'inappropriate',
    harassment: 'harassment',
    spam: 'spam',
    privacy: 'privacy',
    other: 'other reason',
  } as Record<string, string>,
  educatorRole: {
    teacher: 'teacher',
    counselor: 'counselor',
    school_psychologist: 'school psychologist',
    special_educator: 'special educator',
    administrator: 'administrator',
  },
  action: { read: 'Viewed', create: 'Added', update: 'Changed' } as Record<string, string>,
  view: {
    district:
      "This is the district's copy: every conversation about the student, every booking note and every entry of the access log.",
    educator: 'This is an educator’s copy: the conversations you take part in, and your own entries in the access log.',
    family:
      'This is a family copy: your own conversations and booking notes, and the access log of your own and the school’s actions on what you can see. Another household’s conversations and notes are not part of it.',
  },
} as const;

/** The page's own styles: a constant, inlined (the policy allows inline styles and nothing else). */
const STYLES = `
:root { color-scheme: light; font: 11pt/1.45 system-ui, -apple-system, "Segoe UI", sans-serif; color: #111; background: #fff; }
body { max-width: 56rem; margin: 2rem auto; padding: 0 1rem; }
h1 { font-size: 1.6rem; margin-block-end: 0.25rem; }
h2 { font-size: 1.25rem; border-block-end: 1px solid #888; margin-block-start: 2rem; }
h3 { font-size: 1.05rem; margin-block: 1.25rem 0.25rem; }
dl { display: grid; grid-template-columns: max-content 1fr; gap: 0.15rem 1rem; }
dt { font-weight: 600; }
dd { margin: 0; }
table { border-collapse: collapse; inline-size: 100%; margin-block: 0.5rem 1rem; }
caption { text-align: start; font-weight: 600; padding-block-end: 0.25rem; }
th, td { border: 1px solid #aaa; padding: 0.2rem 0.4rem; text-align: start; vertical-align: top; }
thead th { background: #eee; }
ol.messages { list-style: none; padding: 0; }
.message { border-inline-start: 3px solid #888; padding-inline-start: 0.6rem; margin-block: 0.75rem; }
.meta, .aside, .none, .note { color: #333; }
.aside { margin-inline-start: 1rem; font-size: 0.95em; }
.text { white-space: pre-wrap; overflow-wrap: anywhere; }
@media print {
  :root { font-size: 10pt; }
  body { margin: 0; max-inline-size: none; }
  h2, h3 { break-after: avoid; }
  tr, .message, dl { break-inside: avoid; }
  thead { display: table-header-group; }
  @page { margin: 1.5cm; }
}
`;

type Needs = StudentRecord['bookings'][number]['needs'];

/** How the page says things: names for ids, dates on the school's clock. */
function wordsFor(record: StudentRecord) {
  const zone = record.school.timeZone;
  const instant = new Intl.DateTimeFormat('en-US', {
    timeZone: zone,
    year: 'numeric',
    month: 'short',
    day: 'numeric',
    hour: 'numeric',
    minute: '2-digit',
    timeZoneName: 'short',
  });
  const calendar = new Intl.DateTimeFormat('en-US', { timeZone: 'UTC', dateStyle: 'medium' });
  const people = new Map(record.people.map((p) => [p.id, p]));
  const relationOf = new Map(record.guardians.map((g) => [g.personId, g.relationshipLabel]));
  const name = (id: string) => people.get(id)?.displayName ?? id;
  return {
    zone,
    /** An instant, on the school's clock. */
    when: (at: string | null): Fragment | string =>
      at === null ? '—' : html`<time datetime="${at}">${instant.format(new Date(at))}</time>`,
    plainWhen: (at: string) => instant.format(new Date(at)),
    /** A calendar date as stored: a day on the school's calendar, with no time to convert. */
    day: (date: string | null): Fragment | string =>
      date === null ? '—' : html`<time datetime="${date}">${calendar.format(new Date(`${date}T12:00:00Z`))}</time>`,
    name,
    /** A person's name and what they are to the student; the id only where Tandem has no name. */
    who: (id: string | null): string => {
      if (id === null) return 'Tandem (automatically)';
      const person = people.get(id);
      if (!person) return id;
      const role = person.educatorRole
        ? labels.educatorRole[person.educatorRole]
        : (relationOf.get(id) ?? labels.kind[person.kind]);
      return `${person.displayName} (${role})`;
    },
    threadTitle: (thread: RecordThread) =>
      thread.subject ??
      `Conversation with ${
        thread.participants
          .filter((p) => p.personId !== record.viewer.id)
          .map((p) => name(p.personId))
          .join(', ') || 'no one else'
      }`,
    needs: (needs: Needs): string => {
      if (needs === null) return 'Not shown in this copy (another household’s notes)';
      const asked = [
        needs.interpreterLanguage && `interpreter (${needs.interpreterLanguage})`,
        needs.childCare && 'child care',
        needs.transport && 'help with transport',
        needs.accessibilityNote && `note: ${needs.accessibilityNote}`,
      ].filter(Boolean);
      return asked.length ? asked.join('; ') : 'None';
    },
  };
}
type Words = ReturnType<typeof wordsFor>;

const none = html`<p class="none">None.</p>`;
const yesNo = (value: boolean) => (value ? 'yes' : 'no');

function studentSection(record: StudentRecord, w: Words) {
  const { student } = record;
  return html`<section aria-labelledby="student">
    <h2 id="student">Student</h2>
    <dl>
      <dt>Name</dt>
      <dd>${student.givenName} ${student.familyName}</dd>
      ${
        student.preferredName
          ? html`<dt>Preferred name</dt>
              <dd>${student.preferredName}</dd>`
          : ''
      }
      <dt>Grade</dt>
      <dd>${student.gradeLevel}</dd>
      <dt>School</dt>
      <dd>${record.school.name}</dd>
      <dt>District</dt>
      <dd>${record.district.name}</dd>
      <dt>Tandem id</dt>
      <dd>${student.id}</dd>
      ${
        student.sourcedId
          ? html`<dt>Student information system id</dt>
              <dd>${student.sourcedId}</dd>`
          : ''
      }
      ${
        student.deactivatedAt
          ? html`<dt>Left the roster</dt>
              <dd>${w.when(student.deactivatedAt)}</dd>`
          : ''
      }
    </dl>
  </section>`;
}

function peopleSection(record: StudentRecord, w: Words) {
  const guardianRow = (g: StudentRecord['guardians'][number]) =>
    html`<tr>
      <td>${w.name(g.personId)}</td>
      <td>${g.relationshipLabel}</td>
      <td>${yesNo(g.mayViewRecords)}</td>
      <td>${yesNo(g.mayMessage)}</td>
      <td>${yesNo(g.mayBook)}</td>
      <td>${g.custodyNote ?? '—'}</td>
    </tr>`;
  const guardians = record.guardians.length
    ? html`<table>
        <caption>
          Family${record.view === 'family' ? ' (your own account)' : ''}
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Relationship</th>
            <th scope="col">Sees records</th>
            <th scope="col">Messages</th>
            <th scope="col">Books meetings</th>
            <th scope="col">Custody note</th>
          </tr>
        </thead>
        <tbody>
          ${record.guardians.map(guardianRow)}
        </tbody>
      </table>`
    : none;
  const educators = record.educators.length
    ? html`<table>
        <caption>
          Educators
        </caption>
        <thead>
          <tr>
            <th scope="col">Name</th>
            <th scope="col">Role</th>
          </tr>
        </thead>
        <tbody>
          ${record.educators.map(
            (e) =>
              html`<tr>
                <td>${w.name(e.personId)}</td>
                <td>${labels.educatorRole[e.role]}</td>
              </tr>`,
          )}
        </tbody>
      </table>`
    : '';
  return html`<section aria-labelledby="people">
    <h2 id="people">Family and educators</h2>
    ${guardians} ${educators}
  </section>`;
}

function goalArticle(goal: StudentRecord['goals'][number], w: Words) {
  const steps = goal.actionSteps.length
    ? html`<p>Action steps:</p>
        <ul>
          ${goal.actionSteps.map((step) => html`<li>${step.owner === 'home' ? 'At home' : 'At school'}: ${step.description}${step.frequency ? ` (${step.frequency})` : ''}</li>`)}
        </ul>`
    : '';
  const entry = (p: StudentRecord['goals'][number]['progress'][number]) =>
    html`<tr>
      <td>${w.day(p.date)}</td>
      <td>${p.value} ${goal.unit ?? ''}</td>
      <td>${w.who(p.recordedBy)}</td>
      <td>${p.setting === 'home' ? 'Home' : 'School'}</td>
      <td class="text">${p.note ?? '—'}</td>
      <td>${w.when(p.createdAt)}</td>
    </tr>`;
  const progress = goal.progress.length
    ? html`<table>
        <caption>
          Progress (${goal.progress.length} ${goal.progress.length === 1 ? 'entry' : 'entries'})
        </caption>
        <thead>
          <tr>
            <th scope="col">Date</th>
            <th scope="col">Value</th>
            <th scope="col">Recorded by</th>
            <th scope="col">Where</th>
            <th scope="col">Note</th>
            <th scope="col">Recorded at</th>
          </tr>
        </thead>
        <tbody>
          ${goal.progress.map(entry)}
        </tbody>
      </table>`
    : html`<p class="none">No progress recorded.</p>`;
  return html`<article aria-labelledby="${goal.id}">
    <h3 id="${goal.id}">${goal.statement}</h3>
    <dl>
      <dt>Area</dt>
      <dd>${goal.domain ? labels.domain[goal.domain] : 'Not set yet'}</dd>
      <dt>Status</dt>
      <dd>${labels.status[goal.status]}</dd>
      <dt>Measure</dt>
      <dd>${goal.measureType ? `${labels.measure[goal.measureType]}, in ${goal.unit ?? '—'}` : 'Not set yet'}</dd>
      <dt>Baseline</dt>
      <dd>${goal.baseline ?? '—'}</dd>
      <dt>Target</dt>
      <dd>${goal.target ?? '—'}</dd>
      <dt>From</dt>
      <dd>${w.day(goal.startDate)} to ${w.day(goal.targetDate)}</dd>
      <dt>${goal.status === 'proposed' ? 'Proposed by' : 'Created by'}</dt>
      <dd>${w.who(goal.createdBy)}, ${w.when(goal.createdAt)}</dd>
      <dt>Last changed</dt>
      <dd>${w.when(goal.updatedAt)} (version ${goal.version})</dd>
    </dl>
    ${steps} ${progress}
  </article>`;
}

function messageItem(m: RecordMessage, w: Words) {
  const translation = (t: RecordMessage['translations'][number]) =>
    html`<p class="aside">
      Machine translation (${t.language}): <span class="text" lang="${t.language}" dir="auto">${t.body}</span>
    </p>`;
  const edit = (e: RecordMessage['edits'][number]) =>
    html`<p class="aside">
      Earlier text, replaced ${w.when(e.editedAt)}:
      <span class="text" lang="${m.language}" dir="auto">${e.previousBody}</span>
    </p>`;
  const report = (r: RecordMessage['reports'][number]) =>
    html`<p class="aside">
      Reported to the school by ${w.who(r.reportedBy)}, ${w.when(r.createdAt)}:
      ${labels.reason[r.reason] ?? r.reason}${r.note ? html` — <span class="text" dir="auto">${r.note}</span>` : ''}
    </p>`;
  return html`<li class="message" id="${m.id}">
    <p class="meta">
      <strong>${w.who(m.senderId)}</strong>, ${w.when(m.sentAt)} · language
      ${m.language}${m.deliverAfter ? html` · held for quiet hours until ${w.when(m.deliverAfter)}` : ''}${m.editedAt ? html` · changed ${w.when(m.editedAt)}` : ''}
    </p>
    <p class="text" lang="${m.language}" dir="auto">${m.body}</p>
    ${m.translations.map(translation)} ${m.edits.map(edit)} ${m.reports.map(report)}
  </li>`;
}

function threadArticle(thread: RecordThread, w: Words) {
  const taking = thread.participants.map(
    (p, i) => html`${i ? '; ' : ''}${w.who(p.personId)}, read up to message ${p.lastReadSeq}`,
  );
  return html`<article aria-labelledby="${thread.id}">
    <h3 id="${thread.id}">${w.threadTitle(thread)}</h3>
    <p>Started by ${w.who(thread.createdBy)}, ${w.when(thread.createdAt)}. Taking part: ${taking}.</p>
    ${
      thread.messages.length
        ? html`<ol class="messages">
            ${thread.messages.map((m) => messageItem(m, w))}
          </ol>`
        : html`<p class="none">No messages.</p>`
    }
  </article>`;
}

function meetingsSection(record: StudentRecord, w: Words) {
  const bookingsById = new Map(record.bookings.map((b) => [b.id, b]));
  const booking = (b: StudentRecord['bookings'][number]) =>
    html`<tr>
      <td>${w.when(b.start)} to ${w.when(b.end)}</td>
      <td>${w.who(b.educatorId)}</td>
      <td>${w.who(b.bookedBy)}, ${w.when(b.createdAt)}</td>
      <td>${labels.modality[b.modality]}${b.location ? html`, ${b.location}` : ''}</td>
      <td class="text">${w.needs(b.needs)}</td>
      <td>${labels.booking[b.status]}${b.cancelledAt ? html`, ${w.when(b.cancelledAt)}` : ''}</td>
    </tr>`;
  const event = (e: StudentRecord['schedulingEvents'][number]) => {
    const meeting = e.bookingId ? bookingsById.get(e.bookingId) : undefined;
    return html`<tr>
      <td>${w.when(e.at)}</td>
      <td>${labels.scheduling[e.kind]}</td>
      <td>${w.who(e.actorId)}</td>
      <td>${meeting ? w.when(meeting.start) : (e.bookingId ?? '—')}</td>
      <td class="text">${e.detail ?? '—'}</td>
    </tr>`;
  };
  const waiting = (e: RecordWaitlistEntry) =>
    html`<tr>
      <td>${w.when(e.createdAt)}</td>
      <td>${w.when(e.start)}</td>
      <td>${w.who(e.educatorId)}</td>
      <td>${w.who(e.personId)}</td>
      <td>${labels.modality[e.modality]}</td>
      <td class="text">${w.needs(e.needs)}</td>
      <td>${labels.waitlist[e.status]}</td>
    </tr>`;
  return html`<section aria-labelledby="meetings">
    <h2 id="meetings">Meetings</h2>
    ${
      record.bookings.length
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">With</th>
                <th scope="col">Booked by</th>
                <th scope="col">How and where</th>
                <th scope="col">Needs</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              ${record.bookings.map(booking)}
            </tbody>
          </table>`
        : none
    }
    <h3>Record of attempts to meet</h3>
    ${
      record.schedulingEvents.length
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">What</th>
                <th scope="col">Who</th>
                <th scope="col">Meeting</th>
                <th scope="col">Detail</th>
              </tr>
            </thead>
            <tbody>
              ${record.schedulingEvents.map(event)}
            </tbody>
          </table>`
        : none
    }
    <h3>Waiting lists</h3>
    ${
      record.waitlist.length
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">Joined</th>
                <th scope="col">For the time</th>
                <th scope="col">With</th>
                <th scope="col">Who waits</th>
                <th scope="col">How</th>
                <th scope="col">Needs</th>
                <th scope="col">Status</th>
              </tr>
            </thead>
            <tbody>
              ${record.waitlist.map(waiting)}
            </tbody>
          </table>`
        : none
    }
  </section>`;
}

function accessSection(record: StudentRecord, w: Words) {
  const goals = new Map(record.goals.map((g) => [g.id, g]));
  const threads = new Map(record.threads.map((t) => [t.id, t]));
  const bookings = new Map(record.bookings.map((b) => [b.id, b]));
  /** What an entry was about, in words, where the record has it. */
  const about = (row: RecordAuditEntry): string => {
    const goal = goals.get(row.resourceId);
    const thread = threads.get(row.resourceId);
    const booking = bookings.get(row.resourceId);
    switch (row.resourceType) {
      case 'student':
        return 'the student’s profile';
      case 'student_record':
        return 'the whole record (an export like this one)';
      case 'goals':
        return 'the list of goals';
      case 'goal':
        return goal ? `goal “${goal.statement}”` : 'a goal';
      case 'progress':
        return goal ? `progress on “${goal.statement}”` : 'a progress entry';
      case 'thread':
        return thread ? `conversation “${w.threadTitle(thread)}”` : 'a conversation';
      case 'messages':
        return thread ? `messages of “${w.threadTitle(thread)}”` : 'the messages of a conversation';
      case 'message':
        return 'a message';
      case 'message-report':
        return 'a report of a message';
      case 'booking':
        return booking ? `the meeting of ${w.plainWhen(booking.start)}` : 'a meeting';
      case 'waitlist':
        return 'a place on a waiting list';
      default:
        return `${row.resourceType} ${row.resourceId}`;
    }
  };
  const entry = (row: RecordAuditEntry) =>
    html`<tr>
      <td>${w.when(row.at)}</td>
      <td>${w.who(row.actorId)}</td>
      <td>${labels.action[row.action] ?? row.action}</td>
      <td>${about(row)}</td>
    </tr>`;
  return html`<section aria-labelledby="access">
    <h2 id="access">Access log</h2>
    <p>Who looked at or changed this record in Tandem, and when. This export is recorded there too.</p>
    ${
      record.audit.length
        ? html`<table>
            <thead>
              <tr>
                <th scope="col">When</th>
                <th scope="col">Who</th>
                <th scope="col">Did</th>
                <th scope="col">What</th>
              </tr>
            </thead>
            <tbody>
              ${record.audit.map(entry)}
            </tbody>
          </table>`
        : none
    }
  </section>`;
}

/** Renders the record as a complete HTML document. */
export function renderRecordPage(record: StudentRecord): string {
  const w = wordsFor(record);
  const { student } = record;
  const fullName = `${student.givenName} ${student.familyName}`;
  const page = html`<!doctype html>
    <html lang="en">
      <head>
        <meta charset="utf-8" />
        <meta name="viewport" content="width=device-width, initial-scale=1" />
        <meta http-equiv="Content-Security-Policy" content="${RECORD_PAGE_CSP}" />
        <meta name="robots" content="noindex, nofollow" />
        <title>Student record: ${fullName}</title>
        <style>
          ${raw(STYLES)}
        </style>
      </head>
      <body>
        <header>
          <h1>Student record: ${fullName}</h1>
          <p>${record.school.name}, ${record.district.name}.</p>
          <p>
            Produced ${w.when(record.generatedAt)} for ${w.who(record.viewer.id)}, from what Tandem holds about
            ${student.preferredName ?? student.givenName}. Times are shown in the school’s time zone (${w.zone}).
          </p>
          <p class="note">${labels.view[record.view]}</p>
        </header>
        <main>
          ${studentSection(record, w)} ${peopleSection(record, w)}
          <section aria-labelledby="goals">
            <h2 id="goals">Goals and progress</h2>
            ${record.goals.length ? record.goals.map((goal) => goalArticle(goal, w)) : none}
          </section>
          <section aria-labelledby="conversations">
            <h2 id="conversations">Conversations</h2>
            ${record.threads.length ? record.threads.map((thread) => threadArticle(thread, w)) : none}
          </section>
          ${meetingsSection(record, w)} ${accessSection(record, w)}
        </main>
        <footer>
          <p class="note">
            Produced by Tandem from ${record.district.name}’s records (${record.view} copy). Ask the school to correct
            anything here that is wrong.
          </p>
        </footer>
      </body>
    </html> `;
  if (page instanceof Promise) throw new Error('the record page has no asynchronous parts');
  return page.toString();
}

// Deterministic meeting times for the availability picker's stories: a fetch that answers like
// the Tandem server, from memory (the client validates every answer against the contract).
import { createTandemClient, type TandemClient } from '@tandem/client';
import type { Booking, Slot } from '@tandem/contract';

export type AvailabilityScenario = {
  viewer?: 'guardian' | 'educator';
  /** none: an educator with no times this week; full: every slot taken. */
  slots?: 'some' | 'none' | 'full';
  /** What booking does: succeed, find the slot just taken, or find the household at its limit. */
  book?: 'ok' | 'taken' | 'limit';
  behaviour?: 'ok' | 'error' | 'offline' | 'hang';
  booked?: boolean;
};

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status >= 400 ? 'application/problem+json' : 'application/json' },
  });

/** Tomorrow onwards, at 15:00, 15:40, 16:20 in the viewer's own time, for five days. */
function slotsFor(scenario: AvailabilityScenario): Slot[] {
  if (scenario.slots === 'none') return [];
  const today = new Date();
  const slots: Slot[] = [];
  for (let day = 1; day <= 5; day++) {
    for (const [h, m] of [
      [15, 0],
      [15, 40],
      [16, 20],
    ] as const) {
      const start = new Date(today.getFullYear(), today.getMonth(), today.getDate() + day, h, m);
      const end = new Date(start.getTime() + 30 * 60_000);
      const taken =
        scenario.slots === 'full' ||
        (day === 2 && h === 15 && m === 40) ||
        (!!scenario.booked && day === 2 && h === 15 && m === 0);
      // The first day's first time is inside the offer's cut-off: closed for booking, nobody took it.
      const closed = !taken && day === 1 && h === 15 && m === 0;
      slots.push({
        id: `slot_off_story_${start.toISOString().replace(/[-:]/g, '').slice(0, 13)}Z`,
        offerId: 'off_story',
        educatorId: 'per_teacher',
        start: start.toISOString(),
        end: end.toISOString(),
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        modalities: ['in_person', 'phone', 'video'],
        modality: 'in_person',
        location: 'Room 12',
        language: 'en',
        // As the server translates the offer's place for the families (María reads Spanish).
        translations: [{ field: 'location', language: 'es', text: 'Salón 12', machine: true }],
        capacity: 1,
        booked: taken ? 1 : 0,
        available: !taken && !closed,
        status: taken ? 'full' : closed ? 'closed' : 'open',
      });
    }
  }
  return slots;
}

function bookingOf(slot: Slot, body: Record<string, unknown>): Booking {
  const needs = (body.needs ?? {}) as Record<string, unknown>;
  return {
    id: 'bkg_story',
    slotId: slot.id,
    studentId: 'stu_story',
    educatorId: 'per_teacher',
    bookedBy: 'per_parent',
    bookedByName: 'María García',
    start: slot.start,
    end: slot.end,
    timeZone: slot.timeZone,
    modality: (body.modality as Booking['modality']) ?? 'phone',
    location: slot.location,
    language: 'es',
    translations: slot.translations,
    needs: {
      interpreterLanguage: (needs.interpreterLanguage as string) ?? null,
      childCare: !!needs.childCare,
      transport: !!needs.transport,
      accessibilityNote: (needs.accessibilityNote as string) ?? null,
    },
    status: 'booked',
    createdAt: new Date().toISOString(),
    cancelledAt: null,
  };
}

export function availabilityClient(scenario: AvailabilityScenario = {}): TandemClient {
  const viewer = scenario.viewer ?? 'guardian';
  const slots = slotsFor(scenario);
  // Two meetings, latest first, as the server lists them.
  const bookings: Booking[] =
    scenario.booked && slots[3] && slots[7]
      ? [
          { ...bookingOf(slots[7], { modality: 'phone' }), id: 'bkg_story_later' },
          bookingOf(slots[3], { modality: 'video', needs: { interpreterLanguage: 'es', childCare: true } }),
        ]
      : [];
  const fetch: typeof globalThis.fetch = async (input, init) => {
    const url = new URL(String(input instanceof Request ? input.url : input));
    const method = init?.method ?? 'GET';
    const path = url.pathname;
    const behaviour = scenario.behaviour ?? 'ok';
    if (behaviour === 'hang') return new Promise<Response>(() => undefined);
    if (behaviour === 'offline') throw new TypeError('Failed to fetch');
    if (behaviour === 'error')
      return json(500, { type: 'urn:tandem:problem:server-error', title: 'Error', status: 500 });
    const id = viewer === 'guardian' ? 'per_parent' : 'per_teacher';
    if (path === '/api/v1/me') {
      return json(200, {
        person: {
          id,
          kind: viewer,
          displayName: viewer === 'guardian' ? 'María García' : 'Ms. Rivera',
          preferredLanguage: viewer === 'guardian' ? 'es' : 'en',
          timeZone: 'America/Chicago',
          contactChannel: 'app',
          quietHours: null,
          educatorRole: viewer === 'educator' ? 'teacher' : null,
        },
        tenant: { id: 'ten_story', name: 'Story District' },
      });
    }
    if (path === '/api/v1/students/stu_story') {
      return json(200, {
        id: 'stu_story',
        schoolId: 'sch_story',
        givenName: 'Mateo',
        familyName: 'García',
        preferredName: null,
        gradeLevel: '3',
        sourcedId: null,
        relationship: { role: viewer, mayViewRecords: true, mayMessage: true, mayBook: viewer === 'guardian' },
      });
    }
    if (path === '/api/v1/students/stu_story/educators') {
      return json(200, {
        items: [{ id: 'per_teacher', displayName: 'Ms. Rivera', role: 'teacher', timeZone: 'America/Chicago' }],
      });
    }
    if (path === '/api/v1/educators/per_teacher/slots') return json(200, { items: slots, nextCursor: null });
    if (path === '/api/v1/students/stu_story/bookings') return json(200, { items: bookings, nextCursor: null });
    if (path === '/api/v1/me/availability-windows') {
      return json(200, {
        timeZone: 'America/Chicago',
        windows: [{ weekday: 2, startTime: '18:00', endTime: '20:00' }],
      });
    }
    if (path === '/api/v1/students/stu_story/family-windows') {
      return json(200, {
        items: [
          {
            personId: 'per_parent',
            displayName: 'María García',
            timeZone: 'America/Chicago',
            windows: [{ weekday: 2, startTime: '15:00', endTime: '17:00' }],
            matchingSlotIds: slots.slice(0, 2).map((s) => s.id),
          },
        ],
      });
    }
    const booking = /^\/api\/v1\/slots\/([\w-]+)\/bookings$/.exec(path);
    if (booking && method === 'POST') {
      if (scenario.book === 'limit') {
        return json(409, {
          type: 'urn:tandem:problem:booking-limit',
          title: 'Booking limit reached',
          status: 409,
          detail: 'This family already has 1 meeting of these times booked, the most allowed.',
        });
      }
      if (scenario.book === 'taken') {
        return json(409, { type: 'urn:tandem:problem:conflict', title: 'Conflict', status: 409 });
      }
      const slot = slots.find((s) => s.id === booking[1]);
      if (!slot) return json(404, { type: 'urn:tandem:problem:not-found', title: 'Not found', status: 404 });
      const made = bookingOf(slot, JSON.parse(String(init?.body)) as Record<string, unknown>);
      bookings.push(made);
      return json(201, made);
    }
    return json(404, { type: 'urn:tandem:problem:not-found', title: 'Not found', status: 404 });
  };
  return createTandemClient({ baseUrl: 'https://tandem.example', tokenProvider: () => 'story-token', fetch, retry: 0 });
}

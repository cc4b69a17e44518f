import { availability, type TandemClient } from '@tandem/client';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { NodeHost, startControllerServer, type ControllerServer } from '../../../test/node/server.js';
import { PickerController, type Operation } from './controller.js';
import { offerRequest, waitlistRequest, windowsRequest } from './requests.js';
import { addDays, localDate, startOfDay } from './week.js';

// One instant for the whole run, the server's clock and the controller's: the demo district is
// seeded relative to it (tokens are minted on the real clock, so it is the real now, held still).
const NOW = new Date();
const clock = () => NOW;

let server: ControllerServer;
beforeAll(async () => {
  server = await startControllerServer(clock);
});
afterAll(() => server?.close());

function pickerFor(personId: string, studentId: string, educatorId: string | null = null) {
  const host = new NodeHost();
  const client: TandemClient = server.clientFor(personId);
  const failures: { error: unknown; operation: Operation }[] = [];
  const booked: string[] = [];
  const picker = new PickerController(host, {
    client: () => client,
    studentId: () => studentId,
    educatorId: () => educatorId,
    now: clock,
    booked: (b) => booked.push(b.id),
    failed: (error, operation) => {
      failures.push({ error, operation });
    },
  });
  return { host, client, picker, failures, booked };
}

async function ready(picker: PickerController) {
  await expect.poll(() => picker.loader.state).not.toBe('loading');
  expect(picker.loader.state).toBe('ready');
}

const fields = (entries: [string, string][]) => {
  const data = new FormData();
  for (const [name, value] of entries) data.append(name, value);
  return data;
};

describe('PickerController against the real server', () => {
  it('loads the educators, a week of their times with why each is not bookable, and the family’s free times', async () => {
    const t = pickerFor('per_garcia', 'stu_mateo');
    // A time two days ahead that stops taking bookings 30 days before it starts.
    const closed = await availability.createOffer(
      server.clientFor('per_rivera'),
      { educatorId: 'per_rivera' },
      {
        recurrence: 'once',
        startDate: localDate(addDays(NOW, 2)),
        startTime: '10:00',
        endTime: '10:30',
        timeZone: Intl.DateTimeFormat().resolvedOptions().timeZone,
        durationMinutes: 30,
        modalities: ['video'],
        cutoffHours: 720,
      },
    );
    t.host.connect();
    await ready(t.picker);
    expect(t.picker.isFamily).toBe(true);
    expect(t.picker.educator?.id).toBe('per_rivera');
    // Nobody took it: closed for booking, not full (no waiting list).
    expect(t.picker.slots.filter((s) => s.offerId === closed.id).map((s) => [s.status, s.booked, s.available])).toEqual(
      [['closed', 0, false]],
    );
    expect(t.picker.slots.filter((s) => s.status === 'open').length).toBeGreaterThan(2);
    // The family's free times wait until they open that form.
    expect(t.picker.windows).toBeNull();
    await t.picker.openWindows();
    expect(t.picker.windows).toMatchObject({ windows: expect.any(Array) });
    t.host.disconnect();
  });

  it('shows an educator their own week from the first load, whichever of the student’s educators they are', async () => {
    // Yusuf has two educators, Mr. Chen and Ms. Rivera; each, looking, sees and offers their own times.
    for (const educatorId of ['per_chen', 'per_rivera']) {
      const t = pickerFor(educatorId, 'stu_yusuf');
      t.host.connect();
      await ready(t.picker);
      expect(t.picker.educators.map((e) => e.id).sort()).toEqual(['per_chen', 'per_rivera']);
      expect(t.picker.educator?.id).toBe(educatorId);
      expect(t.picker.ownsTimes).toBe(true);
      expect(t.picker.slots.filter((slot) => slot.educatorId !== educatorId)).toEqual([]);
      if (educatorId === 'per_rivera') expect(t.picker.slots.length).toBeGreaterThan(0); // her seeded offers
      t.host.disconnect();
    }
  });

  it('when the student changes while the first one’s record is slow, shows the second one’s educators', async () => {
    // María's two children; Mateo's record is held until Sofía's load has ended.
    const { client, answered, release } = server.holdingClient('per_garcia', '/api/v1/students/stu_mateo');
    const educatorsOf = async (studentId: string) =>
      (await availability.educators(server.clientFor('per_garcia'), { studentId })).items.map((e) => e.id);
    const [mateos, sofias] = [await educatorsOf('stu_mateo'), await educatorsOf('stu_sofia')];
    expect(mateos).not.toEqual(sofias);

    let studentId = 'stu_mateo';
    const host = new NodeHost();
    const picker = new PickerController(host, {
      client: () => client,
      studentId: () => studentId,
      educatorId: () => null,
      now: clock,
    });
    host.connect();
    const first = picker.loader.reload(); // Mateo's load again, to know when it has ended
    await expect.poll(() => answered.filter((path) => path === '/api/v1/students/stu_mateo/educators')).toHaveLength(1);
    studentId = 'stu_sofia';
    host.update();
    await ready(picker);
    expect(picker.loader.student?.id).toBe('stu_sofia');
    release();
    await first; // Mateo's load resumes after Sofía's
    expect(picker.educators.map((e) => e.id)).toEqual(sofias);
    expect(picker.loader.state).toBe('ready');
    host.disconnect();
  });

  it('books, refuses a second meeting of the same times with booking-limit, and cancels', async () => {
    const t = pickerFor('per_garcia', 'stu_mateo');
    t.host.connect();
    await ready(t.picker);
    const [first, second] = t.picker.slots.filter((s) => s.status === 'open');
    const booking = await t.picker.book(first!, { studentId: 'stu_mateo', modality: 'phone' });
    expect(booking).toMatchObject({ slotId: first!.id, status: 'booked' });
    expect(t.picker.confirmed?.id).toBe(booking!.id);
    expect(t.picker.notice).toBe('booked');
    expect(t.booked).toEqual([booking!.id]);
    expect(t.picker.bookings.map((b) => b.id)).toContain(booking!.id);
    // The family's own time reads as theirs (the view shows "Your meeting"), full to others.
    expect(t.picker.slots.find((s) => s.id === first!.id)?.status).toBe('full');

    expect(await t.picker.book(second!, { studentId: 'stu_mateo', modality: 'phone' })).toBeUndefined();
    expect(t.picker.problem).toEqual({ kind: 'booking-limit' });
    expect(t.failures.map((f) => f.operation)).toEqual(['book']);

    await t.picker.cancel(t.picker.bookings.find((b) => b.id === booking!.id)!);
    expect(t.picker.notice).toBe('cancelled');
    expect(t.picker.confirmed).toBeNull();
    expect(t.picker.bookings.map((b) => b.id)).not.toContain(booking!.id);
    t.host.disconnect();
  });

  it('when someone else took the time first, says so and reads the week again', async () => {
    const t = pickerFor('per_nguyen', 'stu_emma');
    t.host.connect();
    await ready(t.picker);
    const wanted = t.picker.slots.find((s) => s.status === 'open')!;
    await availability.book(
      server.clientFor('per_johnson'),
      { slotId: wanted.id },
      { studentId: 'stu_jaylen', modality: 'phone' },
    );
    expect(await t.picker.book(wanted, { studentId: 'stu_emma', modality: 'phone' })).toBeUndefined();
    expect(t.picker.problem).toEqual({ kind: 'taken' });
    expect(t.picker.slots.find((s) => s.id === wanted.id)?.status).toBe('full');

    // The full time can be waited for, once.
    t.picker.consider(t.picker.slots.find((s) => s.id === wanted.id)!);
    expect(t.picker.waitFor?.id).toBe(wanted.id);
    await t.picker.joinWaitlist(wanted, waitlistRequest(wanted, 'stu_emma', 'vi'));
    expect(t.picker.notice).toBe('waiting');
    expect(t.picker.waitFor).toBeNull();
    await t.picker.joinWaitlist(wanted, waitlistRequest(wanted, 'stu_emma', 'vi'));
    expect(t.picker.problem).toEqual({ kind: 'waitlist-conflict' });
    t.host.disconnect();
  });

  it('lists a family’s meetings soonest first, with who booked for the educator', async () => {
    // Two more offers of Ms. Rivera's, so a household may hold a meeting of each: 20-minute times
    // three days ahead and 25-minute ones two days ahead (not the seeded afternoons, which the
    // 24-hour cutoff may close, depending on the day and hour the test runs).
    const rivera = pickerFor('per_rivera', 'stu_mateo');
    rivera.host.connect();
    await ready(rivera.picker);
    expect(rivera.picker.ownsTimes).toBe(true);
    const offerOn = async (daysAhead: number, start: string, end: string, duration: number) => {
      await rivera.picker.offer(
        offerRequest(
          fields([
            ['day', String(((addDays(NOW, daysAhead).getDay() + 6) % 7) + 1)],
            ['start', start],
            ['end', end],
            ['duration', String(duration)],
            ['perFamily', '1'],
          ]),
          NOW,
        ),
      );
      expect(rivera.picker.notice).toBe('offered');
      const slot = rivera.picker.slots.find((s) => Date.parse(s.end) - Date.parse(s.start) === duration * 60_000);
      expect(slot?.status).toBe('open');
      return slot!;
    };
    const friday = await offerOn(3, '09:00', '10:00', 20);
    const earlier = await offerOn(2, '12:00', '13:00', 25);
    expect(earlier.start < friday.start).toBe(true);

    const t = pickerFor('per_alsayed_omar', 'stu_yusuf');
    t.host.connect();
    await ready(t.picker);
    const later = await t.picker.book(
      t.picker.slots.find((s) => s.id === friday.id)!,
      {
        studentId: 'stu_yusuf',
        modality: 'phone',
      },
    );
    const sooner = await t.picker.book(
      t.picker.slots.find((s) => s.id === earlier.id)!,
      {
        studentId: 'stu_yusuf',
        modality: 'video',
      },
    );
    expect(t.picker.bookings.map((b) => b.id)).toEqual([sooner!.id, later!.id]);

    const school = pickerFor('per_rivera', 'stu_yusuf');
    school.host.connect();
    await ready(school.picker);
    expect(school.picker.isFamily).toBe(false);
    expect(school.picker.bookings.map((b) => [b.id, b.bookedByName])).toEqual([
      [sooner!.id, t.picker.loader.viewer!.person.displayName],
      [later!.id, t.picker.loader.viewer!.person.displayName],
    ]);
    for (const host of [rivera, t, school]) host.host.disconnect();
  });

  it('saves a family’s usual free times, and says so when the end is before the start', async () => {
    const t = pickerFor('per_ramirez', 'stu_lucia');
    t.host.connect();
    await ready(t.picker);
    await t.picker.saveWindows(
      windowsRequest(
        fields([
          ['start', '19:00'],
          ['end', '18:00'],
          ['day', '1'],
        ]),
      ),
    );
    expect(t.picker.problem).toEqual({ kind: 'windows-order' });
    await t.picker.saveWindows(
      windowsRequest(
        fields([
          ['day', '1'],
          ['day', '3'],
          ['start', '18:00'],
          ['end', '20:00'],
        ]),
      ),
    );
    expect(t.picker.problem).toBeNull();
    expect(t.picker.notice).toBe('windows-saved');
    expect(t.picker.windows?.windows.map((w) => w.weekday)).toEqual([1, 3]);
    t.host.disconnect();
    // Another page: read back when the form opens.
    const again = pickerFor('per_ramirez', 'stu_lucia');
    again.host.connect();
    await ready(again.picker);
    expect(again.picker.windows).toBeNull();
    await again.picker.openWindows();
    expect(again.picker.windows?.windows.map((w) => w.weekday)).toEqual([1, 3]);
    again.host.disconnect();
  });

  it('moves week by week, never before this one, and a later move cancels an earlier one', async () => {
    const t = pickerFor('per_garcia', 'stu_mateo');
    t.host.connect();
    await ready(t.picker);
    expect(t.picker.canGoBack).toBe(false);
    await t.picker.moveWeek(-1);
    expect(t.picker.from.getTime()).toBe(startOfDay(NOW).getTime());
    const first = t.picker.moveWeek(1);
    const second = t.picker.moveWeek(1);
    await Promise.all([first, second]);
    const inTwoWeeks = addDays(startOfDay(NOW), 14).getTime();
    expect(t.picker.from.getTime()).toBe(inTwoWeeks);
    expect(t.picker.slots.length).toBeGreaterThan(0);
    expect(t.picker.slots.every((s) => Date.parse(s.start) >= inTwoWeeks)).toBe(true);
    expect(t.failures).toEqual([]);
    t.host.disconnect();
  });

  it('a failed command takes the one error path: the problem in words and the host told', async () => {
    const t = pickerFor('per_garcia', 'stu_mateo');
    t.host.connect();
    await ready(t.picker);
    // Emma is not María's child: the server does not even say Emma exists, and nothing else changes.
    const slot = t.picker.slots.find((s) => s.status === 'open')!;
    expect(await t.picker.book(slot, { studentId: 'stu_emma', modality: 'phone' })).toBeUndefined();
    expect(t.picker.problem).toEqual({ kind: 'failed', failure: 'not-found', saving: true });
    expect(t.failures.map((f) => f.operation)).toEqual(['book']);
    expect(t.picker.busy).toBeNull();
    t.host.disconnect();
  });
});

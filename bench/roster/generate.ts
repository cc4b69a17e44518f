// Writes a OneRoster 1.1 CSV bundle (bulk) for a large district: the input of the roster-import benchmark.
// Run: node --import tsx bench/roster/generate.ts --out <dir> [--students 50000] [--guardians 80000]
//        [--educators 4000] [--enrollments 300000] [--schools 60] [--seed 1] [--json]
//      node --import tsx bench/roster/generate.ts --out <dir> --change-of <base dir> [--change 0.01] (same sizes, seed)
// In process: `await generateBundle({ out, students: 5000, ... })` returns the same summary the CLI prints.
//
// Deterministic: every record is drawn from a mulberry32 stream seeded by (seed, kind of record, index), so a
// record never depends on the order it is written in, and the same options give byte-identical files. Families
// (which students share which guardians) are the one sequential draw; they are drawn again, from the start, by
// every pass that needs them. Rows are streamed to the files with backpressure: what stays in memory is
// per-school tables (a few counters per grade and course), never a file or a list of rows.
//
// The district: schools of three levels (elementary KG–05, middle 06–08, high 09–12; 3 : 1 : 1), sizes weighted
// 1 : 1.6 : 2.4 with ±20 % jitter. Students belong to one school, in one grade; each has a homeroom (one per
// teacher, a teacher's homeroom has one grade) and takes the school's four core courses plus sometimes an
// elective, one section each; sections are made for ~25 students. The number of scheduled courses per student is
// set so that the enrollments file hits the --enrollments target: with the default sizes that is ~5.7 classes per
// student, ~23 students per class and ~3.6 classes per teacher (the sizes do not allow 6 classes per teacher at
// 25 students a class: 3,600 teachers × 6 × 25 would be 540,000 seats for 300,000 enrollments).
//
// Change mode writes the bundle of the next night: the same base, with ~0.3 × rate of the students gone (row,
// enrollments and guardian links; a guardian left with no student goes too), ~0.3 × rate new students (new ids,
// enrollments, and either new guardians or the guardians of an existing family, whose rows then list them),
// ~0.2 × rate of the guardians' phone, email or language edited and ~0.2 × rate of the students' enrollments moved
// to another section of the same course (or another homeroom of the grade) in the same school. The decisions come
// from a second set of streams; the base folder is only read for its bench-meta.json, to check the sizes and seed.
import { once } from 'node:events';
import { createWriteStream, type WriteStream } from 'node:fs';
import { mkdir, readFile, writeFile } from 'node:fs/promises';
import { join, resolve } from 'node:path';
import { finished } from 'node:stream/promises';
import { pathToFileURL } from 'node:url';
import { parseArgs } from 'node:util';

export interface GenerateOptions {
  /** The folder to write; created when missing, its bundle files overwritten. */
  out: string;
  students?: number;
  guardians?: number;
  /** Teachers (90 %) and aides (10 %); the schools' and the district's administrators come on top. */
  educators?: number;
  /** The target row count of enrollments.csv (hit within ±2 % for realistic sizes). */
  enrollments?: number;
  schools?: number;
  seed?: number;
  /** A bundle generated with the same sizes and seed: write the next night's bundle instead of the base. */
  changeOf?: string;
  /** The share of records changed in change mode (default 0.01). */
  change?: number;
}

export interface FileSummary {
  file: string;
  /** Data rows, header not counted. */
  rows: number;
  bytes: number;
}

export interface Summary {
  out: string;
  mode: 'base' | 'change';
  options: Sizes;
  files: FileSummary[];
  totalBytes: number;
  counts: {
    schools: number;
    courses: number;
    classes: number;
    students: number;
    guardians: number;
    teachers: number;
    aides: number;
    administrators: number;
    users: number;
    enrollments: number;
  };
  changes?: {
    rate: number;
    studentsLeft: number;
    studentsArrived: number;
    guardiansRemoved: number;
    guardiansAdded: number;
    guardiansEdited: number;
    enrollmentsRemoved: number;
    enrollmentsAdded: number;
    enrollmentsMoved: number;
  };
  elapsedMs: number;
  /** The process's peak resident set size so far (ru_maxrss), in bytes. */
  maxRssBytes: number;
}

interface Sizes {
  students: number;
  guardians: number;
  educators: number;
  enrollments: number;
  schools: number;
  seed: number;
}

const DEFAULTS: Sizes = {
  students: 50_000,
  guardians: 80_000,
  educators: 4_000,
  enrollments: 300_000,
  schools: 60,
  seed: 1,
};
const DEFAULT_CHANGE = 0.01;
/** Bumped whenever the same options would give different files. */
const FORMAT = 1;
const META_FILE = 'bench-meta.json';

// ---------------------------------------------------------------------------------------------------------------
// Deterministic randomness

function mix32(x: number): number {
  x = Math.imul(x ^ (x >>> 16), 0x7feb352d);
  x = Math.imul(x ^ (x >>> 15), 0x846ca68b);
  return (x ^ (x >>> 16)) >>> 0;
}

function hash3(a: number, b: number, c: number): number {
  return mix32(mix32(mix32(a + 0x9e3779b9) ^ Math.imul(b, 0x85ebca6b)) + c);
}

/** mulberry32: a small, fast 32-bit PRNG; returns floats in [0, 1). */
function mulberry32(state: number): () => number {
  let a = state | 0;
  return () => {
    a = (a + 0x6d2b79f5) | 0;
    let t = Math.imul(a ^ (a >>> 15), 1 | a);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

type Rng = () => number;

/** The kinds of record, each with its own streams; the 100s are the change decisions (the second PRNG). */
const SALT = {
  school: 1,
  student: 2,
  studentName: 3,
  families: 4,
  familyTraits: 5,
  guardian: 6,
  teacher: 7,
  aide: 8,
  admin: 9,
  leave: 101,
  arrive: 102,
  newFamily: 103,
  newGuardian: 104,
  edit: 105,
  move: 106,
} as const;

const streamOf = (seed: number, salt: number, index: number): Rng => mulberry32(hash3(seed, salt, index));
const unitOf = (seed: number, salt: number, index: number): number => hash3(seed, salt, index) / 4294967296;

const pick = <T>(items: readonly T[], r: number): T => items[Math.min(items.length - 1, Math.floor(r * items.length))]!;

function weighted<T>(items: readonly (readonly [T, number])[], r: number): T {
  let acc = 0;
  for (const [item, weight] of items) {
    acc += weight;
    if (r < acc) return item;
  }
  return items[items.length - 1]![0];
}

// ---------------------------------------------------------------------------------------------------------------
// The district's fixed parts

const YEAR = { id: 'sy-2030', title: '2030-2031', start: '2030-08-15', end: '2031-06-10', schoolYear: '2031' };
const TERMS = [
  { id: 'trm-2030-1', title: 'Fall 2030', start: '2030-08-15', end: '2031-01-16' },
  { id: 'trm-2030-2', title: 'Spring 2031', start: '2031-01-20', end: '2031-06-10' },
] as const;
const BOTH_TERMS = TERMS.map((t) => t.id).join(',');
/** The night of the change bundle: the begin date of moved and new enrollments. */
const CHANGE_DATE = '2030-10-05';
const DISTRICT = {
  id: 'dst-001',
  name: 'Tandem Bench Unified School District',
  identifier: 'BENCH-USD',
  timeZone: 'America/Chicago',
};
const DISTRICT_ADMINS = 5;

const ZONES = [
  { timeZone: 'America/New_York', areas: ['212', '718', '917'] },
  { timeZone: 'America/Chicago', areas: ['312', '773'] },
  { timeZone: 'America/Denver', areas: ['303', '720'] },
  { timeZone: 'America/Los_Angeles', areas: ['213', '310', '818'] },
] as const;

interface CourseDef {
  readonly title: string;
  readonly code: string;
  readonly subject: string;
  readonly sced: string;
  readonly elective: boolean;
}

interface Level {
  readonly label: string;
  readonly code: string;
  readonly grades: readonly string[];
  readonly weight: number;
  /** [0] is the homeroom course; then the core courses (every student), then the electives. */
  readonly courses: readonly CourseDef[];
}

const HOMEROOM: CourseDef = { title: 'Homeroom', code: 'HR', subject: '', sced: '', elective: false };
const CORE_COURSES = 4;
const course = (title: string, code: string, subject: string, sced: string, elective = false): CourseDef => ({
  title,
  code,
  subject,
  sced,
  elective,
});

const LEVELS: readonly Level[] = [
  {
    label: 'Elementary School',
    code: 'E',
    grades: ['KG', '01', '02', '03', '04', '05'],
    weight: 1,
    courses: [
      HOMEROOM,
      course('English Language Arts', 'ELA', 'English Language Arts', '51035'),
      course('Mathematics', 'MATH', 'Mathematics', '52031'),
      course('Science', 'SCI', 'Life and Physical Sciences', '53231'),
      course('Social Studies', 'SS', 'Social Sciences and History', '54431'),
      course('Art', 'ART', 'Fine and Performing Arts', '55131', true),
      course('Music', 'MUS', 'Fine and Performing Arts', '55111', true),
      course('Physical Education', 'PE', 'Physical, Health, and Safety Education', '58031', true),
    ],
  },
  {
    label: 'Middle School',
    code: 'M',
    grades: ['06', '07', '08'],
    weight: 1.6,
    courses: [
      HOMEROOM,
      course('English Language Arts', 'ELA', 'English Language and Literature', '51036'),
      course('Mathematics', 'MATH', 'Mathematics', '52036'),
      course('Science', 'SCI', 'Life and Physical Sciences', '53236'),
      course('Social Studies', 'SS', 'Social Sciences and History', '54436'),
      course('Spanish', 'SPAN', 'World Languages', '56101', true),
      course('Art', 'ART', 'Fine and Performing Arts', '55136', true),
      course('Physical Education', 'PE', 'Physical, Health, and Safety Education', '58036', true),
      course('Computer Science', 'CS', 'Computer and Information Sciences', '60031', true),
    ],
  },
  {
    label: 'High School',
    code: 'H',
    grades: ['09', '10', '11', '12'],
    weight: 2.4,
    courses: [
      HOMEROOM,
      course('English', 'ENG', 'English Language and Literature', '01001'),
      course('Algebra and Geometry', 'MATH', 'Mathematics', '02052'),
      course('Biology and Chemistry', 'SCI', 'Life and Physical Sciences', '03051'),
      course('U.S. and World History', 'HIST', 'Social Sciences and History', '04101'),
      course('Spanish', 'SPAN', 'World Languages', '06101', true),
      course('Visual Arts', 'ART', 'Fine and Performing Arts', '05154', true),
      course('Physical Education', 'PE', 'Physical, Health, and Safety Education', '08001', true),
      course('Computer Science', 'CS', 'Computer and Information Sciences', '10011', true),
      course('Band', 'MUS', 'Fine and Performing Arts', '05101', true),
    ],
  },
];
/** Three elementary schools to one middle and one high school. */
const LEVEL_PATTERN = [0, 0, 1, 0, 2] as const;

const SCHOOL_NAMES =
  'Lincoln|Washington|Roosevelt|Jefferson|César Chávez|Harriet Tubman|Sor Juana Inés de la Cruz|Martin Luther King Jr.|Maya Angelou|Sequoyah|Dolores Huerta|Frederick Douglass|Sally Ride|Thurgood Marshall|Oak Grove|Riverside|Lakeview|Hillcrest|Maple Ridge|Cedar Park|Willow Creek|Sunnyside|Pine Valley|Eastgate|Westwood|North Star|Southridge|Meadowbrook|Fairview|Highland|Garfield|Ellen Ochoa'.split(
    '|',
  );
const CAMPUSES = ['North Campus', 'South Campus', 'East Campus', 'West Campus'];

// ---------------------------------------------------------------------------------------------------------------
// People: names and languages

type Lang = 'en' | 'es' | 'vi' | 'zh-Hans' | 'ar' | 'so' | 'ht' | 'ru' | 'pt' | 'ko' | 'tl';

/** Households' languages, roughly a large US district's spread. */
const HOUSEHOLD_LANGUAGES: readonly (readonly [Lang, number])[] = [
  ['en', 0.68],
  ['es', 0.21],
  ['vi', 0.025],
  ['zh-Hans', 0.02],
  ['ar', 0.015],
  ['so', 0.01],
  ['ht', 0.01],
  ['ru', 0.008],
  ['pt', 0.008],
  ['ko', 0.007],
  ['tl', 0.007],
];
/** Where the staff's names come from. */
const STAFF_ORIGINS: readonly (readonly [Lang, number])[] = [
  ['en', 0.76],
  ['es', 0.13],
  ['vi', 0.02],
  ['zh-Hans', 0.02],
  ['tl', 0.02],
  ['ko', 0.015],
  ['ar', 0.01],
  ['ht', 0.01],
  ['pt', 0.005],
  ['ru', 0.005],
  ['so', 0.005],
];

const NAMES: Record<Lang, { family: readonly string[]; given: readonly string[]; middle: boolean }> = {
  en: {
    family:
      "Smith|Johnson|Williams|Brown|Jones|Miller|Davis|Wilson|Anderson|Taylor|Thomas|Moore|Jackson|White|Harris|Clark|Lewis|Walker|Young|O'Brien|Murphy|Kowalski|Okafor|Øyelaran|Smith, Jr.|Washington|Bell-Ramírez|Müller".split(
        '|',
      ),
    given:
      'James|Mary|Olivia|Liam|Emma|Noah|Ava|Elijah|Sophia|Lucas|Mia|Amelia|Zoë|Aaliyah|Jayden|Harper|Mason|Ethan|Abigail|Chinonso|Renée|Robert "Bobby"|Grace|Henry|Nora|Caleb|Madison|Isaiah'.split(
        '|',
      ),
    middle: true,
  },
  es: {
    family:
      'García|Rodríguez|Martínez|Hernández|López|González|Pérez|Sánchez|Ramírez|Torres|Flores|Rivera|Gómez|Díaz|Cruz|Morales|Ortiz|Gutiérrez|Chávez|Peña|de la Cruz|Núñez'.split(
        '|',
      ),
    given:
      'José|María|Sofía|Mateo|Santiago|Valentina|Camila|Diego|Lucía|Ximena|Juan Pablo|Ana|Luis|Martín|Isabella|Gael|Renata|Andrés|Guadalupe|Jesús'.split(
        '|',
      ),
    middle: true,
  },
  vi: {
    family: 'Nguyễn|Trần|Lê|Phạm|Hoàng|Vũ|Đặng|Bùi'.split('|'),
    given: 'Minh|Anh|Linh|Huy|Thảo|Khoa|Ngọc|Bảo|Quân|Trang'.split('|'),
    middle: false,
  },
  'zh-Hans': {
    family: '王|李|张|刘|陈|Wang|Li|Zhang|Chen|Liu'.split('|'),
    given: '伟|芳|子涵|Wei|Mei|Jia|Hao|Xinyi|Yichen'.split('|'),
    middle: false,
  },
  ar: {
    family: 'Haddad|Al-Sayed|Khalil|Nasser|Hussein|Mansour|حداد|Abboud'.split('|'),
    given: 'Omar|Fatima|Layla|Yusuf|Mariam|Ahmed|Noor|Karim'.split('|'),
    middle: true,
  },
  so: {
    family: 'Abdi|Warsame|Mohamed|Hassan|Farah|Ali|Jama|Osman'.split('|'),
    given: 'Hodan|Abdirahman|Ayaan|Faisal|Sahra|Ilhan|Hamza|Idil'.split('|'),
    middle: true,
  },
  ht: {
    family: 'Jean-Baptiste|Pierre|Joseph|Louis|Charles|Désir|Toussaint|Étienne'.split('|'),
    given: 'Widlene|Jean|Marie|Stéphanie|Ricardo|Fabienne|Wilner|Guerline'.split('|'),
    middle: true,
  },
  ru: {
    family: 'Ivanova|Smirnov|Kuznetsova|Popov|Sokolov|Петров|Volkova'.split('|'),
    given: 'Anastasia|Dmitri|Nikolai|Yelena|Artyom|Sofia|Алексей'.split('|'),
    middle: true,
  },
  pt: {
    family: 'Silva|Santos|Oliveira|Souza|Costa|Conceição|Gonçalves|Araújo'.split('|'),
    given: 'João|Gabriel|Beatriz|Letícia|Thiago|Júlia|Caio|Lívia'.split('|'),
    middle: true,
  },
  ko: {
    family: 'Kim|Lee|Park|Choi|Jung|박|Kang'.split('|'),
    given: 'Min-jun|Seo-yeon|Ji-ho|Ha-eun|Joon|서연|Yuna'.split('|'),
    middle: false,
  },
  tl: {
    family: 'Santos|Reyes|Cruz|Bautista|Dela Cruz|Mendoza|Villanueva|Garcia'.split('|'),
    given: 'Mark Anthony|Maricel|Jericho|Rowena|Angelica|Jomar|Kristine|Paolo'.split('|'),
    middle: true,
  },
};
const LANGS = HOUSEHOLD_LANGUAGES.map(([lang]) => lang);

/** Names in scripts that NFD cannot fold, for usernames and email addresses. */
const ROMANIZED: Record<string, string> = {
  王: 'wang',
  李: 'li',
  张: 'zhang',
  刘: 'liu',
  陈: 'chen',
  伟: 'wei',
  芳: 'fang',
  子涵: 'zihan',
  حداد: 'haddad',
  Петров: 'petrov',
  Алексей: 'aleksei',
  박: 'park',
  서연: 'seoyeon',
};

/** Names fold to the same few hundred strings: remembered. */
const folded = new Map<string, string>();
function ascii(name: string): string {
  let result = folded.get(name);
  if (result === undefined) {
    result =
      (ROMANIZED[name] ?? name)
        .normalize('NFD')
        .replace(/[\u0300-\u036f]/g, '')
        .replace(/[øØ]/g, 'o')
        .replace(/[đĐ]/g, 'd')
        .toLowerCase()
        .replace(/[^a-z0-9]/g, '') || 'x';
    folded.set(name, result);
  }
  return result;
}

const pad = (n: number, width: number): string => String(n).padStart(width, '0');
const digits = (n: number): number => String(Math.max(0, Math.floor(n))).length;
const phone = (area: string, r: number): string => `+1${area}555${pad(Math.floor(r * 10_000), 4)}`;

/** A household: its language and surname, the same for every pass that asks. */
function familyTraits(seed: number, salt: number, index: number): { lang: Lang; surname: string } {
  const r = streamOf(seed, salt, index);
  const lang = weighted(HOUSEHOLD_LANGUAGES, r());
  return { lang, surname: pick(NAMES[lang].family, r()) };
}

// ---------------------------------------------------------------------------------------------------------------
// Families: which students share which guardians

interface Family {
  index: number;
  studentStart: number;
  studentCount: number;
  guardianStart: number;
  guardianCount: number;
}

/**
 * Families in order, students and guardians each numbered contiguously, so a family is four numbers and both
 * sides of every link follow from it. 1–3 students (75 / 20 / 5 %) and 1–3 guardians per family; the guardians'
 * odds follow the guardians still to place per student still to place, and the last families are bounded so
 * that both totals come out exact.
 */
class FamilyStream {
  private readonly random: Rng;
  private students = 0;
  private guardians = 0;
  private index = 0;

  constructor(
    seed: number,
    private readonly totalStudents: number,
    private readonly totalGuardians: number,
  ) {
    this.random = streamOf(seed, SALT.families, 0);
  }

  next(): Family | undefined {
    const leftS = this.totalStudents - this.students;
    const leftG = this.totalGuardians - this.guardians;
    if (leftS <= 0) return undefined;
    const r1 = this.random();
    const r2 = this.random();
    const r3 = this.random();
    const drawnS = r1 < 0.75 ? 1 : r1 < 0.95 ? 2 : 3;
    const t = Math.min(1, Math.max(0, ((leftG / leftS) * 1.3 - 1) / 2));
    const drawnG = 1 + (r2 < t ? 1 : 0) + (r3 < t ? 1 : 0);
    for (const s of [drawnS, 1, 2, 3]) {
      if (s > leftS) continue;
      const restS = leftS - s;
      // What is left must still be families of 1–3 students with 1–3 guardians each.
      const lo = restS === 0 ? leftG : Math.max(1, leftG - 3 * restS);
      const hi = restS === 0 ? leftG : Math.min(3, leftG - Math.ceil(restS / 3));
      if (lo > hi || lo < 1 || hi > 3) continue;
      const g = Math.min(hi, Math.max(lo, drawnG));
      const family = {
        index: this.index++,
        studentStart: this.students,
        studentCount: s,
        guardianStart: this.guardians,
        guardianCount: g,
      };
      this.students += s;
      this.guardians += g;
      return family;
    }
    throw new Error(`no family fits ${leftS} students and ${leftG} guardians`);
  }
}

// ---------------------------------------------------------------------------------------------------------------
// The plan: schools, their sections and classes, all derived from the sizes and the seed

interface School {
  index: number;
  id: string;
  name: string;
  identifier: string;
  level: Level;
  timeZone: string;
  area: string;
  studentStart: number;
  studentCount: number;
  teacherStart: number;
  teacherCount: number;
  aideStart: number;
  aideCount: number;
  /** The global number of the school's first class; its homerooms come first, one per teacher. */
  classStart: number;
  classCount: number;
  /** Sections per grade × course (course 0, the homeroom, unused). */
  sections: Int32Array;
  /** Where a grade × course's sections start among the school's scheduled classes. */
  sectionBase: Int32Array;
}

interface Plan {
  sizes: Sizes;
  schools: School[];
  teachers: number;
  aides: number;
  /** Scheduled courses per student, on average (the homeroom not counted). */
  coursesPerStudent: number;
  classes: number;
  width: { student: number; guardian: number; teacher: number; class: number; enrollment: number };
}

const SEATS_PER_SECTION = 25;
const CLASSES_PER_AIDE = 3;

/** Integers proportional to the weights, each at least `min` (when the total allows), summing to the total. */
function apportion(total: number, weights: readonly number[], min: number): number[] {
  const base = Math.min(min, Math.floor(total / weights.length));
  const rest = total - base * weights.length;
  const sum = weights.reduce((a, b) => a + b, 0);
  const counts: number[] = [];
  let acc = 0;
  let previous = 0;
  for (const weight of weights) {
    acc += weight;
    const cut = Math.round((rest * acc) / sum);
    counts.push(base + cut - previous);
    previous = cut;
  }
  return counts;
}

interface StudentDraw {
  grade: number;
  /** Course indices into the level's courses, homeroom not included. */
  courses: number[];
}

/** A student's grade and courses: the core ones in order, then electives from a random start. */
function drawStudent(
  random: Rng,
  level: Level,
  perStudent: number,
  offered?: (grade: number, course: number) => boolean,
) {
  const grade = Math.floor(random() * level.grades.length);
  const k = Math.floor(perStudent) + (random() < perStudent - Math.floor(perStudent) ? 1 : 0);
  const electives = level.courses.length - 1 - CORE_COURSES;
  const start = Math.floor(random() * electives);
  const courses: number[] = [];
  const take = (c: number) => {
    if (courses.length < k && (!offered || offered(grade, c))) courses.push(c);
  };
  for (let c = 1; c <= CORE_COURSES; c++) take(c);
  for (let e = 0; e < electives; e++) take(1 + CORE_COURSES + ((start + e) % electives));
  return { grade, courses } satisfies StudentDraw;
}

function makePlan(sizes: Sizes): Plan {
  const { seed } = sizes;
  const aides = Math.round(sizes.educators * 0.1);
  const teachers = sizes.educators - aides;
  const levels = Array.from({ length: sizes.schools }, (_, k) => LEVELS[LEVEL_PATTERN[k % LEVEL_PATTERN.length]!]!);
  const weights = levels.map((level, k) => level.weight * (0.8 + 0.4 * streamOf(seed, SALT.school, k)()));
  const studentCounts = apportion(sizes.students, weights, 1);
  const teacherCounts = apportion(teachers, studentCounts, 1);
  const aideCounts = apportion(aides, studentCounts, 0);

  // Enrollments = students × (1 homeroom + k courses) + one teacher per class + aides' classes, where classes =
  // homerooms (one per teacher) + seats / 25. Solved for k, the scheduled courses per student.
  const seatsOverhead = 1 + 1 / SEATS_PER_SECTION;
  const coursesPerStudent = Math.max(
    0,
    (sizes.enrollments - sizes.students - teachers - aides * CLASSES_PER_AIDE) / (sizes.students * seatsOverhead),
  );

  const schools: School[] = [];
  let studentStart = 0;
  let teacherStart = 0;
  let aideStart = 0;
  let classStart = 0;
  const nameUses = new Map<string, number>();
  for (let k = 0; k < sizes.schools; k++) {
    const level = levels[k]!;
    const namesake = SCHOOL_NAMES[k % SCHOOL_NAMES.length]!;
    const used = nameUses.get(namesake + level.code) ?? 0;
    nameUses.set(namesake + level.code, used + 1);
    const zone = ZONES[k % ZONES.length]!;
    const nc = level.courses.length;
    const ng = level.grades.length;
    const school: School = {
      index: k,
      id: `sch-${pad(k + 1, 3)}`,
      name: `${namesake} ${level.label}${used > 0 ? `, ${CAMPUSES[(used - 1) % CAMPUSES.length]}` : ''}`,
      identifier: `${level.code}${pad(k + 1, 4)}`,
      level,
      timeZone: zone.timeZone,
      area: zone.areas[k % zone.areas.length]!,
      studentStart,
      studentCount: studentCounts[k]!,
      teacherStart,
      teacherCount: teacherCounts[k]!,
      aideStart,
      aideCount: aideCounts[k]!,
      classStart: 0,
      classCount: 0,
      sections: new Int32Array(ng * nc),
      sectionBase: new Int32Array(ng * nc),
    };
    // First pass over the school's students: how many take each grade × course, hence its sections.
    const takers = new Int32Array(ng * nc);
    for (let i = studentStart; i < studentStart + school.studentCount; i++) {
      const draw = drawStudent(streamOf(seed, SALT.student, i), level, coursesPerStudent);
      for (const c of draw.courses) takers[draw.grade * nc + c]!++;
    }
    let scheduled = 0;
    for (let g = 0; g < ng; g++) {
      for (let c = 1; c < nc; c++) {
        const n = takers[g * nc + c]!;
        school.sections[g * nc + c] = n === 0 ? 0 : Math.max(1, Math.round(n / SEATS_PER_SECTION));
        school.sectionBase[g * nc + c] = scheduled;
        scheduled += school.sections[g * nc + c]!;
      }
    }
    school.classStart = classStart;
    school.classCount = school.teacherCount + scheduled;
    schools.push(school);
    studentStart += school.studentCount;
    teacherStart += school.teacherCount;
    aideStart += school.aideCount;
    classStart += school.classCount;
  }
  return {
    sizes,
    schools,
    teachers,
    aides,
    coursesPerStudent,
    classes: classStart,
    width: {
      student: Math.max(6, digits(sizes.students)),
      guardian: Math.max(6, digits(sizes.guardians)),
      teacher: Math.max(4, digits(sizes.educators)),
      class: Math.max(5, digits(classStart)),
      enrollment: Math.max(7, digits(sizes.enrollments)),
    },
  };
}

function schoolOfStudent(plan: Plan, i: number): School {
  let lo = 0;
  let hi = plan.schools.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (plan.schools[mid]!.studentStart <= i) lo = mid;
    else hi = mid - 1;
  }
  return plan.schools[lo]!;
}

const ids = (plan: Plan) => ({
  student: (i: number) => `stu-${pad(i + 1, plan.width.student)}`,
  guardian: (g: number) => `gdn-${pad(g + 1, plan.width.guardian)}`,
  teacher: (t: number) => `tch-${pad(t + 1, plan.width.teacher)}`,
  aide: (a: number) => `aid-${pad(a + 1, plan.width.teacher)}`,
  cls: (school: School, local: number) => `cls-${pad(school.classStart + local + 1, plan.width.class)}`,
  enrollment: (n: number) => `enr-${pad(n + 1, plan.width.enrollment)}`,
  course: (school: School, c: number) => `crs-${pad(school.index + 1, 3)}-${pad(c, 2)}`,
});

/** The teacher (local to the school) whose homeroom the m-th homeroom of the grade is, and how many there are. */
function homerooms(school: School, grade: number): number {
  const ng = school.level.grades.length;
  return school.teacherCount > grade ? Math.floor((school.teacherCount - 1 - grade) / ng) + 1 : 0;
}
function homeroomTeacher(school: School, grade: number, m: number): number {
  const h = homerooms(school, grade);
  return h > 0 ? grade + (m % h) * school.level.grades.length : m % school.teacherCount;
}

/** A scheduled class's teacher (local) and period: the school's sections dealt round the teachers. */
function sectionTeacher(school: School, scheduled: number): { teacher: number; period: number } {
  return {
    teacher: scheduled % school.teacherCount,
    period: (Math.floor(scheduled / school.teacherCount) % 7) + 1,
  };
}

const sectionTerm = (level: Level, c: number, s: number) => (level.courses[c]!.elective ? TERMS[s % 2]! : undefined);

// ---------------------------------------------------------------------------------------------------------------
// Change mode: what the night changed

interface NewStudent {
  n: number;
  id: string;
  school: School;
  grade: number;
  givenName: string;
  familyName: string;
  middleName: string;
  guardianIds: string[];
  homeroom: number;
  classes: { course: number; section: number }[];
}

interface NewGuardian {
  j: number;
  id: string;
  school: School;
  surname: string;
  lang: Lang;
  position: number;
  studentId: string;
}

interface Change {
  rate: number;
  leaveRate: number;
  editRate: number;
  moveRate: number;
  newStudents: NewStudent[];
  newGuardians: NewGuardian[];
  /** Existing guardians (by number) who gained a new student, and that student's ids. */
  adopted: Map<number, string[]>;
}

function makeChange(plan: Plan, rate: number): Change {
  const { seed, students, guardians } = plan.sizes;
  const id = ids(plan);
  const arrivals = Math.round(students * 0.3 * rate);
  const newStudents: NewStudent[] = [];
  const newGuardians: NewGuardian[] = [];
  const adopted = new Map<number, string[]>();
  /** New students who join an existing family, by the guardian drawn to find that family. */
  const joining = new Map<number, number[]>();
  const draws: { random: Rng; existing: boolean }[] = [];
  for (let n = 0; n < arrivals; n++) {
    const random = streamOf(seed, SALT.arrive, n);
    const existing = random() < 0.6;
    const g = Math.floor(random() * guardians);
    draws.push({ random, existing });
    if (existing) joining.set(g, [...(joining.get(g) ?? []), n]);
  }
  // The families of the guardians drawn: one pass over the families, as every other reader of them.
  const families = new Map<number, Family>();
  if (joining.size > 0) {
    const stream = new FamilyStream(seed, students, guardians);
    for (let f = stream.next(); f; f = stream.next()) {
      for (let g = f.guardianStart; g < f.guardianStart + f.guardianCount; g++) {
        for (const n of joining.get(g) ?? []) families.set(n, f);
      }
    }
  }
  for (let n = 0; n < arrivals; n++) {
    const { random } = draws[n]!;
    const family = families.get(n);
    const studentId = id.student(students + n);
    const traits = family ? familyTraits(seed, SALT.familyTraits, family.index) : familyTraits(seed, SALT.newFamily, n);
    // A sibling goes to the school of the family's first child; a new family to the school of a random student.
    const school = schoolOfStudent(plan, family ? family.studentStart : Math.floor(random() * students));
    const offered = (grade: number, c: number) => school.sections[grade * school.level.courses.length + c]! > 0;
    const draw = drawStudent(random, school.level, plan.coursesPerStudent, offered);
    const nc = school.level.courses.length;
    const classes = draw.courses.map((c) => ({
      course: c,
      section: Math.floor(random() * school.sections[draw.grade * nc + c]!),
    }));
    const homeroom = homeroomTeacher(school, draw.grade, Math.floor(random() * Math.max(1, school.teacherCount)));
    const name = studentName(random, traits);
    const guardianIds: string[] = [];
    if (family) {
      for (let g = family.guardianStart; g < family.guardianStart + family.guardianCount; g++) {
        guardianIds.push(id.guardian(g));
        adopted.set(g, [...(adopted.get(g) ?? []), studentId]);
      }
    } else {
      const count = random() < 0.6 ? 2 : 1;
      for (let position = 0; position < count; position++) {
        const j = newGuardians.length;
        const guardian = { j, id: id.guardian(guardians + j), school, ...traits, position, studentId };
        newGuardians.push(guardian);
        guardianIds.push(guardian.id);
      }
    }
    newStudents.push({
      n,
      id: studentId,
      school,
      grade: draw.grade,
      ...name,
      guardianIds,
      homeroom,
      classes,
    });
  }
  return {
    rate,
    leaveRate: 0.3 * rate,
    editRate: 0.2 * rate,
    moveRate: 0.2 * rate,
    newStudents,
    newGuardians,
    adopted,
  };
}

function studentName(random: Rng, traits: { lang: Lang; surname: string }) {
  const own = NAMES[traits.lang];
  const givenPool = traits.lang !== 'en' && random() < 0.3 ? NAMES.en : own;
  const givenName = pick(givenPool.given, random());
  // A blended family: some children carry another surname than the household's.
  const familyName = random() < 0.1 ? pick(own.family, random()) : traits.surname;
  const middleName = own.middle && random() < 0.35 ? pick(givenPool.given, random()) : '';
  return { givenName, familyName, middleName };
}

// ---------------------------------------------------------------------------------------------------------------
// CSV output

function csvField(value: string): string {
  return /[",\r\n]/.test(value) ? `"${value.replace(/"/g, '""')}"` : value;
}
const csvLine = (fields: readonly string[]): string => fields.map(csvField).join(',') + '\r\n';

/** One CSV file: rows are gathered into ~64 KB chunks, and a chunk the stream cannot take waits for 'drain'. */
class CsvFile {
  rows = 0;
  private chunk: string;
  private failure: unknown;
  private readonly stream: WriteStream;

  constructor(
    readonly name: string,
    dir: string,
    header: readonly string[],
  ) {
    this.stream = createWriteStream(join(dir, name), { encoding: 'utf8' });
    this.stream.on('error', (error) => (this.failure ??= error));
    this.chunk = csvLine(header);
  }

  async row(fields: readonly string[]): Promise<void> {
    this.chunk += csvLine(fields);
    this.rows++;
    if (this.chunk.length >= 65_536) await this.flush();
  }

  private async flush(): Promise<void> {
    if (this.failure) throw this.failure;
    const chunk = this.chunk;
    this.chunk = '';
    if (!this.stream.write(chunk)) await once(this.stream, 'drain');
  }

  async close(): Promise<FileSummary> {
    if (this.chunk) await this.flush();
    this.stream.end();
    await finished(this.stream);
    return { file: this.name, rows: this.rows, bytes: this.stream.bytesWritten };
  }
}

async function writeRows(
  dir: string,
  name: string,
  header: readonly string[],
  rows: (file: CsvFile) => Promise<void>,
): Promise<FileSummary> {
  const file = new CsvFile(name, dir, header);
  await rows(file);
  return file.close();
}

const USER_HEADER = [
  'sourcedId',
  'status',
  'dateLastModified',
  'enabledUser',
  'orgSourcedIds',
  'role',
  'username',
  'userIds',
  'givenName',
  'familyName',
  'middleName',
  'identifier',
  'email',
  'sms',
  'phone',
  'agentSourcedIds',
  'grades',
  'password',
  'metadata.tandem.preferredLanguage',
  'metadata.tandem.contactChannel',
  'metadata.tandem.timeZone',
] as const;

type UserRow = Partial<Record<(typeof USER_HEADER)[number], string>>;
const userFields = (user: UserRow): string[] => USER_HEADER.map((column) => user[column] ?? '');

// ---------------------------------------------------------------------------------------------------------------
// The files

const MANIFEST: readonly (readonly [string, string])[] = [
  ['manifest.version', '1.0'],
  ['oneroster.version', '1.1'],
  ['file.academicSessions', 'bulk'],
  ['file.categories', 'absent'],
  ['file.classes', 'bulk'],
  ['file.classResources', 'absent'],
  ['file.courses', 'bulk'],
  ['file.courseResources', 'absent'],
  ['file.demographics', 'absent'],
  ['file.enrollments', 'bulk'],
  ['file.lineItems', 'absent'],
  ['file.orgs', 'bulk'],
  ['file.resources', 'absent'],
  ['file.results', 'absent'],
  ['file.users', 'bulk'],
  ['source.systemName', 'Tandem bench generator'],
  ['source.systemCode', 'bench'],
];

interface Tally {
  studentsLeft: number;
  guardiansRemoved: number;
  guardiansEdited: number;
  enrollmentsRemoved: number;
  enrollmentsMoved: number;
  students: number;
  guardians: number;
}

function staffName(seed: number, salt: number, index: number) {
  const random = streamOf(seed, salt, index);
  const names = NAMES[weighted(STAFF_ORIGINS, random())];
  return {
    random,
    givenName: pick(names.given, random()),
    familyName: pick(names.family, random()),
  };
}

async function writeUsers(plan: Plan, change: Change | undefined, dir: string, tally: Tally): Promise<FileSummary> {
  const { seed, students, guardians } = plan.sizes;
  const id = ids(plan);
  const leaves = (i: number) => change !== undefined && unitOf(seed, SALT.leave, i) < change.leaveRate;
  return writeRows(dir, 'users.csv', USER_HEADER, async (file) => {
    // Students, walking the families alongside for their guardians.
    const families = new FamilyStream(seed, students, guardians);
    let family = families.next()!;
    for (const school of plan.schools) {
      for (let i = school.studentStart; i < school.studentStart + school.studentCount; i++) {
        while (i >= family.studentStart + family.studentCount) family = families.next()!;
        if (leaves(i)) {
          tally.studentsLeft++;
          continue;
        }
        const draw = drawStudent(streamOf(seed, SALT.student, i), school.level, plan.coursesPerStudent);
        const name = studentName(
          streamOf(seed, SALT.studentName, i),
          familyTraits(seed, SALT.familyTraits, family.index),
        );
        const agents: string[] = [];
        for (let g = family.guardianStart; g < family.guardianStart + family.guardianCount; g++) {
          agents.push(id.guardian(g));
        }
        await file.row(userFields(studentRow(id.student(i), i, school, draw.grade, name, agents)));
        tally.students++;
      }
    }
    for (const s of change?.newStudents ?? []) {
      await file.row(userFields(studentRow(s.id, students + s.n, s.school, s.grade, s, s.guardianIds)));
      tally.students++;
    }

    // Guardians, walking the families again for their students.
    const again = new FamilyStream(seed, students, guardians);
    for (let f = again.next(); f; f = again.next()) {
      const traits = familyTraits(seed, SALT.familyTraits, f.index);
      const school = schoolOfStudent(plan, f.studentStart);
      const children: string[] = [];
      for (let i = f.studentStart; i < f.studentStart + f.studentCount; i++)
        if (!leaves(i)) children.push(id.student(i));
      for (let position = 0; position < f.guardianCount; position++) {
        const g = f.guardianStart + position;
        const agents = [...children, ...(change?.adopted.get(g) ?? [])];
        if (agents.length === 0) {
          tally.guardiansRemoved++;
          continue;
        }
        const edit = change && unitOf(seed, SALT.edit, g) < change.editRate ? streamOf(seed, SALT.edit, g) : undefined;
        if (edit) tally.guardiansEdited++;
        const random = streamOf(seed, SALT.guardian, g);
        await file.row(userFields(guardianRow(id.guardian(g), g, random, traits, position, school, agents, edit)));
        tally.guardians++;
      }
    }
    for (const gdn of change?.newGuardians ?? []) {
      const random = streamOf(seed, SALT.newGuardian, gdn.j);
      const row = guardianRow(gdn.id, guardians + gdn.j, random, gdn, gdn.position, gdn.school, [gdn.studentId]);
      await file.row(userFields(row));
      tally.guardians++;
    }

    // Staff: teachers and aides of each school, then the schools' and the district's administrators.
    for (const school of plan.schools) {
      for (let t = school.teacherStart; t < school.teacherStart + school.teacherCount; t++) {
        await file.row(
          userFields(staffRow(id.teacher(t), 'teacher', `E${pad(t + 1, 5)}`, staffName(seed, SALT.teacher, t), school)),
        );
      }
      for (let a = school.aideStart; a < school.aideStart + school.aideCount; a++) {
        await file.row(
          userFields(staffRow(id.aide(a), 'aide', `A${pad(a + 1, 5)}`, staffName(seed, SALT.aide, a), school)),
        );
      }
    }
    for (const school of plan.schools) {
      const name = staffName(seed, SALT.admin, school.index);
      await file.row(
        userFields(
          staffRow(`adm-${pad(school.index + 1, 3)}`, 'administrator', `P${pad(school.index + 1, 5)}`, name, school),
        ),
      );
    }
    for (let d = 0; d < DISTRICT_ADMINS; d++) {
      const name = staffName(seed, SALT.admin, plan.schools.length + d);
      await file.row(
        userFields(staffRow(`adm-d${pad(d + 1, 2)}`, 'administrator', `D${pad(d + 1, 5)}`, name, undefined)),
      );
    }
  });
}

function studentRow(
  sourcedId: string,
  i: number,
  school: School,
  grade: number,
  name: { givenName: string; familyName: string; middleName: string },
  agents: readonly string[],
): UserRow {
  const handle = `${ascii(name.givenName).charAt(0)}${ascii(name.familyName)}${i + 1}`;
  const identifier = String(2_000_000 + i + 1);
  return {
    sourcedId,
    enabledUser: 'true',
    orgSourcedIds: school.id,
    role: 'student',
    username: handle,
    userIds: `{SIS:${identifier}},{LDAP:${handle}}`,
    givenName: name.givenName,
    familyName: name.familyName,
    middleName: name.middleName,
    identifier,
    email: `${handle}@students.example.org`,
    agentSourcedIds: agents.join(','),
    grades: school.level.grades[grade]!,
  };
}

function guardianRow(
  sourcedId: string,
  g: number,
  random: Rng,
  household: { lang: Lang; surname: string },
  position: number,
  school: School,
  agents: readonly string[],
  edit?: Rng,
): UserRow {
  const role = weighted(
    [
      ['parent', 0.85],
      ['guardian', 0.1],
      ['relative', 0.05],
    ],
    random(),
  );
  // A second or third adult of a household may speak English where the household does not.
  let lang: Lang = household.lang !== 'en' && position > 0 && random() < 0.15 ? 'en' : household.lang;
  const own = NAMES[household.lang];
  const givenName = pick(household.lang !== 'en' && random() < 0.1 ? NAMES.en.given : own.given, random());
  const keepSurname = position === 0 ? 1 : position === 1 ? 0.8 : 0.5;
  const familyName = random() < keepSurname ? household.surname : pick(own.family, random());
  const middleName = own.middle && random() < 0.2 ? pick(own.given, random()) : '';
  const local = `${ascii(givenName)}.${ascii(familyName)}${g + 1}`;
  const hasEmail = random() < 0.94;
  let email = hasEmail ? `${local}@example.org` : '';
  const hasMobile = !hasEmail || random() < 0.92;
  let sms = hasMobile ? phone(school.area, random()) : '';
  const homePhone = random() < 0.25 ? phone(school.area, random()) : '';
  let channel = weighted(
    [
      ['sms', 0.5],
      ['email', 0.35],
      ['app', 0.15],
    ],
    random(),
  );
  if (channel === 'sms' && !sms) channel = 'email';
  if (channel === 'email' && !email) channel = 'sms';
  // Most people take their school's clock; a few live elsewhere (a parent in another state).
  const elsewhere = random() < 0.03;
  const zone = ZONES[Math.floor(random() * ZONES.length)]!.timeZone;
  const timeZone = elsewhere && zone !== school.timeZone ? zone : '';
  if (edit) {
    const what = edit();
    if (what < 0.4) sms = phone(school.area, edit());
    else if (what < 0.75) email = `${ascii(givenName)}${ascii(familyName)}.${g + 1}@mail.example.org`;
    else {
      const next = pick(LANGS, edit());
      lang = next === lang ? (lang === 'en' ? 'es' : 'en') : next;
    }
    if (channel === 'sms' && !sms) channel = 'email';
    if (channel === 'email' && !email) channel = 'sms';
  }
  return {
    sourcedId,
    enabledUser: 'true',
    orgSourcedIds: school.id,
    role,
    username: email || `guardian${g + 1}`,
    givenName,
    familyName,
    middleName,
    email,
    sms,
    phone: homePhone,
    agentSourcedIds: agents.join(','),
    'metadata.tandem.preferredLanguage': lang,
    'metadata.tandem.contactChannel': channel,
    'metadata.tandem.timeZone': timeZone,
  };
}

function staffRow(
  sourcedId: string,
  role: 'teacher' | 'aide' | 'administrator',
  identifier: string,
  name: { random: Rng; givenName: string; familyName: string },
  school: School | undefined,
): UserRow {
  const handle = `${ascii(name.givenName)}.${ascii(name.familyName)}.${identifier.toLowerCase()}`;
  const area = school?.area ?? ZONES[1].areas[0];
  return {
    sourcedId,
    enabledUser: 'true',
    orgSourcedIds: school?.id ?? DISTRICT.id,
    role,
    username: handle,
    userIds: `{SIS:${identifier}},{LDAP:${handle}}`,
    givenName: name.givenName,
    familyName: name.familyName,
    identifier,
    email: `${handle}@staff.example.org`,
    phone: `+1${area}5550${pad(100 + ((school?.index ?? 99) % 100), 3)}`,
    'metadata.tandem.preferredLanguage': 'en',
    'metadata.tandem.contactChannel': name.random() < 0.8 ? 'email' : 'app',
  };
}

const ENROLLMENT_HEADER =
  'sourcedId,status,dateLastModified,classSourcedId,schoolSourcedId,userSourcedId,role,primary,beginDate,endDate'.split(
    ',',
  );

async function writeEnrollments(
  plan: Plan,
  change: Change | undefined,
  dir: string,
  tally: Tally,
): Promise<FileSummary> {
  const { seed } = plan.sizes;
  const id = ids(plan);
  return writeRows(dir, 'enrollments.csv', ENROLLMENT_HEADER, async (file) => {
    let n = 0;
    const row = (
      clsId: string,
      school: School,
      user: string,
      role: string,
      primary: string,
      begin: string,
      end: string,
    ) => file.row([id.enrollment(n), '', '', clsId, school.id, user, role, primary, begin, end]);
    const dates = (level: Level, c: number, s: number, moved: boolean) => {
      const term = sectionTerm(level, c, s);
      const start = term?.start ?? YEAR.start;
      return [moved && CHANGE_DATE > start ? CHANGE_DATE : start, term?.end ?? YEAR.end] as const;
    };
    const scheduledLocal = (school: School, g: number, c: number, s: number) =>
      school.teacherCount + school.sectionBase[g * school.level.courses.length + c]! + s;

    // Students: homeroom, then one section per course, dealt round-robin in student order.
    for (const school of plan.schools) {
      const level = school.level;
      const nc = level.courses.length;
      const homeroomSeen = new Int32Array(level.grades.length);
      const sectionSeen = new Int32Array(level.grades.length * nc);
      for (let i = school.studentStart; i < school.studentStart + school.studentCount; i++) {
        const draw = drawStudent(streamOf(seed, SALT.student, i), level, plan.coursesPerStudent);
        const left = change !== undefined && unitOf(seed, SALT.leave, i) < change.leaveRate;
        const user = id.student(i);
        const moves = () => change !== undefined && !left && unitOf(seed, SALT.move, n) < change.moveRate;
        const movedBy = () => streamOf(seed, SALT.move, n)();

        let m = homeroomSeen[draw.grade]!++;
        const h = homerooms(school, draw.grade);
        let moved = false;
        if (moves() && h > 1) {
          m = (m % h) + 1 + Math.floor(movedBy() * (h - 1));
          moved = true;
        }
        if (left) tally.enrollmentsRemoved++;
        else {
          if (moved) tally.enrollmentsMoved++;
          const teacher = homeroomTeacher(school, draw.grade, m);
          await row(
            id.cls(school, teacher),
            school,
            user,
            'student',
            'false',
            moved ? CHANGE_DATE : YEAR.start,
            YEAR.end,
          );
        }
        n++;
        for (const c of draw.courses) {
          const k = school.sections[draw.grade * nc + c]!;
          let s = sectionSeen[draw.grade * nc + c]!++ % k;
          moved = false;
          if (moves() && k > 1) {
            s = (s + 1 + Math.floor(movedBy() * (k - 1))) % k;
            moved = true;
          }
          if (left) tally.enrollmentsRemoved++;
          else {
            if (moved) tally.enrollmentsMoved++;
            const [begin, end] = dates(level, c, s, moved);
            await row(
              id.cls(school, scheduledLocal(school, draw.grade, c, s)),
              school,
              user,
              'student',
              'false',
              begin,
              end,
            );
          }
          n++;
        }
      }
    }

    // Each class's teacher, primary.
    for (const school of plan.schools) {
      const level = school.level;
      const nc = level.courses.length;
      for (let t = 0; t < school.teacherCount; t++) {
        await row(
          id.cls(school, t),
          school,
          id.teacher(school.teacherStart + t),
          'teacher',
          'true',
          YEAR.start,
          YEAR.end,
        );
        n++;
      }
      for (let g = 0; g < level.grades.length; g++) {
        for (let c = 1; c < nc; c++) {
          for (let s = 0; s < school.sections[g * nc + c]!; s++) {
            const scheduled = school.sectionBase[g * nc + c]! + s;
            const teacher = school.teacherStart + sectionTeacher(school, scheduled).teacher;
            const [begin, end] = dates(level, c, s, false);
            await row(
              id.cls(school, school.teacherCount + scheduled),
              school,
              id.teacher(teacher),
              'teacher',
              'true',
              begin,
              end,
            );
            n++;
          }
        }
      }
    }

    // Aides: a few classes of their school each, as teachers that are not primary.
    for (const school of plan.schools) {
      for (let a = school.aideStart; a < school.aideStart + school.aideCount; a++) {
        const count = Math.min(CLASSES_PER_AIDE, school.classCount);
        const stride = Math.floor(school.classCount / count);
        const first = Math.floor(streamOf(seed, SALT.aide, a)() * school.classCount);
        for (let j = 0; j < count; j++) {
          const local = (first + j * stride) % school.classCount;
          await row(id.cls(school, local), school, id.aide(a), 'teacher', 'false', YEAR.start, YEAR.end);
          n++;
        }
      }
    }

    // The night's new students, numbered after every enrollment of the base.
    for (const s of change?.newStudents ?? []) {
      await row(id.cls(s.school, s.homeroom), s.school, s.id, 'student', 'false', CHANGE_DATE, YEAR.end);
      n++;
      for (const { course: c, section } of s.classes) {
        const [begin, end] = dates(s.school.level, c, section, true);
        await row(
          id.cls(s.school, scheduledLocal(s.school, s.grade, c, section)),
          s.school,
          s.id,
          'student',
          'false',
          begin,
          end,
        );
        n++;
      }
    }
  });
}

async function writeStructure(plan: Plan, dir: string): Promise<FileSummary[]> {
  const id = ids(plan);
  const { seed } = plan.sizes;
  const manifest = await writeRows(dir, 'manifest.csv', ['propertyName', 'value'], async (file) => {
    for (const [property, value] of MANIFEST) await file.row([property, value]);
  });

  const sessions = await writeRows(
    dir,
    'academicSessions.csv',
    'sourcedId,status,dateLastModified,title,type,startDate,endDate,parentSourcedId,schoolYear'.split(','),
    async (file) => {
      await file.row([YEAR.id, '', '', YEAR.title, 'schoolYear', YEAR.start, YEAR.end, '', YEAR.schoolYear]);
      for (const term of TERMS) {
        await file.row([term.id, '', '', term.title, 'term', term.start, term.end, YEAR.id, YEAR.schoolYear]);
      }
    },
  );

  const orgs = await writeRows(
    dir,
    'orgs.csv',
    'sourcedId,status,dateLastModified,name,type,identifier,parentSourcedId,metadata.tandem.timeZone'.split(','),
    async (file) => {
      await file.row([DISTRICT.id, '', '', DISTRICT.name, 'district', DISTRICT.identifier, '', DISTRICT.timeZone]);
      for (const school of plan.schools) {
        await file.row([school.id, '', '', school.name, 'school', school.identifier, DISTRICT.id, school.timeZone]);
      }
    },
  );

  const courses = await writeRows(
    dir,
    'courses.csv',
    'sourcedId,status,dateLastModified,schoolYearSourcedId,title,courseCode,grades,orgSourcedId,subjects,subjectCodes'.split(
      ',',
    ),
    async (file) => {
      for (const school of plan.schools) {
        const level = school.level;
        for (let c = 0; c < level.courses.length; c++) {
          const def = level.courses[c]!;
          const code = `${def.code}-${level.code}`;
          await file.row([
            id.course(school, c),
            '',
            '',
            YEAR.id,
            def.title,
            code,
            level.grades.join(','),
            school.id,
            def.subject,
            def.sced,
          ]);
        }
      }
    },
  );

  const classes = await writeRows(
    dir,
    'classes.csv',
    'sourcedId,status,dateLastModified,title,grades,courseSourcedId,classCode,classType,location,schoolSourcedId,termSourcedIds,subjects,subjectCodes,periods'.split(
      ',',
    ),
    async (file) => {
      for (const school of plan.schools) {
        const level = school.level;
        const ng = level.grades.length;
        const nc = level.courses.length;
        const room = (t: number) => `Room ${100 + t + 1}`;
        for (let t = 0; t < school.teacherCount; t++) {
          const grade = level.grades[t % ng]!;
          const teacher = staffName(seed, SALT.teacher, school.teacherStart + t);
          await file.row([
            id.cls(school, t),
            '',
            '',
            `Homeroom ${grade} ${teacher.familyName}`,
            grade,
            id.course(school, 0),
            `HR-${grade}-${t + 1}`,
            'homeroom',
            room(t),
            school.id,
            BOTH_TERMS,
            '',
            '',
            'HR',
          ]);
        }
        for (let g = 0; g < ng; g++) {
          for (let c = 1; c < nc; c++) {
            const def = level.courses[c]!;
            for (let s = 0; s < school.sections[g * nc + c]!; s++) {
              const scheduled = school.sectionBase[g * nc + c]! + s;
              const { teacher, period } = sectionTeacher(school, scheduled);
              const grade = level.grades[g]!;
              await file.row([
                id.cls(school, school.teacherCount + scheduled),
                '',
                '',
                `${def.title} ${grade}-${s + 1}`,
                grade,
                id.course(school, c),
                `${def.code}-${grade}-${s + 1}`,
                'scheduled',
                room(teacher),
                school.id,
                sectionTerm(level, c, s)?.id ?? BOTH_TERMS,
                def.subject,
                def.sced,
                String(period),
              ]);
            }
          }
        }
      }
    },
  );
  return [manifest, sessions, orgs, courses, classes];
}

// ---------------------------------------------------------------------------------------------------------------
// Entry points

interface Meta {
  generator: 'tandem-bench-roster';
  format: number;
  oneRosterVersion: '1.1';
  options: Sizes;
  change: { of: string; rate: number } | null;
  counts: Summary['counts'];
  changes: Summary['changes'] | null;
  files: FileSummary[];
}

function sizesOf(options: GenerateOptions): Sizes {
  const sizes = { ...DEFAULTS };
  for (const key of Object.keys(DEFAULTS) as (keyof Sizes)[]) {
    const value = options[key];
    if (value === undefined) continue;
    const min = key === 'seed' || key === 'enrollments' ? 0 : 1;
    if (!Number.isSafeInteger(value) || value < min)
      throw new Error(`${key} must be an integer >= ${min}, not ${value}`);
    sizes[key] = value;
  }
  if (sizes.guardians < Math.ceil(sizes.students / 3) || sizes.guardians > 3 * sizes.students) {
    throw new Error('guardians must be between a third of the students and three times the students (1–3 each way)');
  }
  if (sizes.educators - Math.round(sizes.educators * 0.1) < sizes.schools) {
    throw new Error('every school needs a teacher: educators must be at least schools / 0.9');
  }
  if (sizes.students < sizes.schools)
    throw new Error('every school needs a student: students must be at least schools');
  return sizes;
}

async function checkBase(dir: string, sizes: Sizes): Promise<void> {
  let meta: Meta;
  try {
    meta = JSON.parse(await readFile(join(dir, META_FILE), 'utf8')) as Meta;
  } catch (error) {
    throw new Error(`--change-of ${dir}: no readable ${META_FILE} (${(error as Error).message})`, { cause: error });
  }
  if (meta.generator !== 'tandem-bench-roster' || meta.format !== FORMAT) {
    throw new Error(`--change-of ${dir}: not a bundle of this generator (format ${FORMAT})`);
  }
  if (meta.change)
    throw new Error(`--change-of ${dir}: that is a change bundle; give the base bundle it was made from`);
  const differs = (Object.keys(DEFAULTS) as (keyof Sizes)[]).filter((key) => meta.options[key] !== sizes[key]);
  if (differs.length > 0) {
    const detail = differs.map((key) => `--${key} ${meta.options[key]} (given ${sizes[key]})`).join(', ');
    throw new Error(`--change-of ${dir} was generated with other options: ${detail}`);
  }
}

/** Writes the bundle (or, with changeOf, the next night's bundle) and says what it wrote. */
export async function generateBundle(options: GenerateOptions): Promise<Summary> {
  const started = performance.now();
  const sizes = sizesOf(options);
  const out = resolve(options.out);
  const changeOf = options.changeOf === undefined ? undefined : resolve(options.changeOf);
  const rate = options.change ?? DEFAULT_CHANGE;
  if (options.change !== undefined && changeOf === undefined) throw new Error('--change needs --change-of <base dir>');
  if (!(rate >= 0 && rate <= 1)) throw new Error(`change must be between 0 and 1, not ${rate}`);
  if (changeOf !== undefined) {
    if (changeOf === out) throw new Error('--out must not be the --change-of folder');
    await checkBase(changeOf, sizes);
  }
  await mkdir(out, { recursive: true });

  const plan = makePlan(sizes);
  const change = changeOf === undefined ? undefined : makeChange(plan, rate);
  const tally: Tally = {
    studentsLeft: 0,
    guardiansRemoved: 0,
    guardiansEdited: 0,
    enrollmentsRemoved: 0,
    enrollmentsMoved: 0,
    students: 0,
    guardians: 0,
  };
  const files = [
    ...(await writeStructure(plan, out)),
    await writeUsers(plan, change, out, tally),
    await writeEnrollments(plan, change, out, tally),
  ];
  const rowsOf = (name: string) => files.find((f) => f.file === name)?.rows ?? 0;
  const administrators = sizes.schools + DISTRICT_ADMINS;
  const counts: Summary['counts'] = {
    schools: sizes.schools,
    courses: rowsOf('courses.csv'),
    classes: rowsOf('classes.csv'),
    students: tally.students,
    guardians: tally.guardians,
    teachers: plan.teachers,
    aides: plan.aides,
    administrators,
    users: rowsOf('users.csv'),
    enrollments: rowsOf('enrollments.csv'),
  };
  const changes: Summary['changes'] = change && {
    rate,
    studentsLeft: tally.studentsLeft,
    studentsArrived: change.newStudents.length,
    guardiansRemoved: tally.guardiansRemoved,
    guardiansAdded: change.newGuardians.length,
    guardiansEdited: tally.guardiansEdited,
    enrollmentsRemoved: tally.enrollmentsRemoved,
    enrollmentsAdded: change.newStudents.reduce((sum, s) => sum + 1 + s.classes.length, 0),
    enrollmentsMoved: tally.enrollmentsMoved,
  };
  const meta: Meta = {
    generator: 'tandem-bench-roster',
    format: FORMAT,
    oneRosterVersion: '1.1',
    options: sizes,
    change: changeOf === undefined ? null : { of: changeOf, rate },
    counts,
    changes: changes ?? null,
    files,
  };
  await writeFile(join(out, META_FILE), JSON.stringify(meta, null, 2) + '\n');
  return {
    out,
    mode: change ? 'change' : 'base',
    options: sizes,
    files,
    totalBytes: files.reduce((sum, f) => sum + f.bytes, 0),
    counts,
    ...(changes ? { changes } : {}),
    elapsedMs: Math.round(performance.now() - started),
    maxRssBytes: process.resourceUsage().maxRSS * 1024,
  };
}

async function main(): Promise<void> {
  const { values } = parseArgs({
    options: {
      out: { type: 'string' },
      students: { type: 'string' },
      guardians: { type: 'string' },
      educators: { type: 'string' },
      enrollments: { type: 'string' },
      schools: { type: 'string' },
      seed: { type: 'string' },
      'change-of': { type: 'string' },
      change: { type: 'string' },
      json: { type: 'boolean', default: false },
    },
    strict: true,
  });
  if (!values.out) {
    console.error('usage: node --import tsx bench/roster/generate.ts --out <dir> [--students N] [--guardians N]');
    console.error(
      '         [--educators N] [--enrollments N] [--schools N] [--seed N] [--change-of <dir> [--change 0.01]] [--json]',
    );
    process.exitCode = 2;
    return;
  }
  const number = (value: string | undefined) => (value === undefined ? undefined : Number(value));
  const summary = await generateBundle({
    out: values.out,
    students: number(values.students),
    guardians: number(values.guardians),
    educators: number(values.educators),
    enrollments: number(values.enrollments),
    schools: number(values.schools),
    seed: number(values.seed),
    changeOf: values['change-of'],
    change: number(values.change),
  });
  if (values.json) {
    console.log(JSON.stringify(summary, null, 2));
    return;
  }
  const width = Math.max(...summary.files.map((f) => f.file.length));
  console.log(`${summary.mode} bundle in ${summary.out}`);
  for (const f of summary.files) {
    console.log(`  ${f.file.padEnd(width)}  ${String(f.rows).padStart(9)} rows  ${String(f.bytes).padStart(11)} bytes`);
  }
  console.log(`  ${'total'.padEnd(width)}  ${' '.repeat(14)}  ${String(summary.totalBytes).padStart(11)} bytes`);
  console.log(
    `  ${Object.entries(summary.counts)
      .map(([k, v]) => `${k} ${v}`)
      .join(', ')}`,
  );
  if (summary.changes)
    console.log(
      `  changes: ${Object.entries(summary.changes)
        .map(([k, v]) => `${k} ${v}`)
        .join(', ')}`,
    );
  console.log(`  ${summary.elapsedMs} ms, peak RSS ${(summary.maxRssBytes / 1048576).toFixed(1)} MiB`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main().catch((error: unknown) => {
    console.error(error instanceof Error ? error.message : error);
    process.exitCode = 1;
  });
}

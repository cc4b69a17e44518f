import type { Activity } from './seed.js';

/**
 * The demo district's activity: its roster (two schools, five staff, seven households, nine
 * students) is the OneRoster bundle in roster/demo/, imported by `seedDemo`.
 */
export const demoActivity: Activity = {
  tenantId: 'ten_riverside',
  goals: [
    {
      id: 'goal_mateo_reading',
      student: 'stu_mateo',
      domain: 'academic',
      statement: 'Read for 20 minutes a day',
      measureType: 'duration',
      unit: 'minutes',
      baseline: 5,
      target: 20,
      createdBy: 'per_rivera',
      note: 'Read on his own and retold the story in his own words.',
      steps: [
        ['home', 'Read a book of his choice together before bed', 'Every day'],
        ['school', 'Quiet reading time with a reading buddy', 'Every morning'],
      ],
    },
    {
      id: 'goal_mateo_math',
      student: 'stu_mateo',
      domain: 'academic',
      statement: 'Answer 30 addition facts correctly in two minutes',
      measureType: 'count',
      unit: 'facts',
      baseline: 10,
      target: 30,
      createdBy: 'per_rivera',
      steps: [
        ['home', 'Practice facts with flash cards for 5 minutes', '3 times a week'],
        ['school', 'Timed fact practice', 'Mondays and Thursdays'],
      ],
    },
    {
      id: 'goal_sofia_homework',
      student: 'stu_sofia',
      domain: 'academic',
      statement: 'Turn in homework on time',
      measureType: 'percent',
      unit: '% of assignments',
      baseline: 60,
      target: 90,
      createdBy: 'per_okafor',
      note: 'Planner filled in every day this week.',
      steps: [
        ['home', 'Check the planner together after dinner', 'School nights'],
        ['school', 'Write assignments in the planner before leaving class', 'Every class'],
      ],
    },
    {
      id: 'goal_sofia_proposed',
      student: 'stu_sofia',
      domain: 'social_emotional',
      statement: 'Join one club or team this semester',
      measureType: 'yes_no',
      unit: 'joined',
      baseline: null,
      target: 1,
      status: 'proposed',
      createdBy: 'per_garcia',
      steps: [],
    },
    {
      id: 'goal_yusuf_calm',
      student: 'stu_yusuf',
      domain: 'social_emotional',
      statement: 'Use a calm-down strategy when upset',
      measureType: 'rating',
      unit: 'rating (1–5)',
      baseline: 2,
      target: 4,
      createdBy: 'per_chen',
      note: 'Asked for the calm corner himself and came back ready to work.',
      steps: [
        ['home', 'Practice deep breathing together at bedtime', 'Every day'],
        ['school', 'Calm corner available; check in with Dr. Chen', 'Tuesdays'],
      ],
    },
    {
      id: 'goal_yusuf_reading',
      student: 'stu_yusuf',
      domain: 'academic',
      statement: 'Read 60 words a minute aloud',
      measureType: 'count',
      unit: 'words per minute',
      baseline: 35,
      target: 60,
      createdBy: 'per_rivera',
      steps: [
        ['home', 'Read aloud to a family member, in Arabic or English', 'Every day'],
        ['school', 'Fluency practice in small group', 'Daily'],
      ],
    },
    {
      id: 'goal_noor_iep',
      student: 'stu_noor',
      domain: 'iep',
      statement: 'Write a paragraph of 5 sentences with a topic sentence',
      measureType: 'count',
      unit: 'sentences',
      baseline: 2,
      target: 5,
      createdBy: 'per_haddad',
      note: 'Used the graphic organizer without reminders.',
      steps: [
        ['home', 'Talk about the day and write three sentences about it', '3 times a week'],
        ['school', 'Graphic organizer for every writing task', 'Every writing task'],
      ],
    },
    {
      id: 'goal_jaylen_start',
      student: 'stu_jaylen',
      domain: 'behavior',
      statement: 'Start work within 2 minutes of being asked',
      measureType: 'percent',
      unit: '% of times',
      baseline: 40,
      target: 80,
      createdBy: 'per_haddad',
      steps: [
        ['home', 'Use the same first-then card for homework at both homes', 'School nights'],
        ['school', 'Visual timer and a first-then card', 'Every task'],
      ],
    },
    {
      id: 'goal_jaylen_iep',
      student: 'stu_jaylen',
      domain: 'iep',
      statement: 'Name letter sounds correctly',
      measureType: 'count',
      unit: 'of 26 letters',
      baseline: 12,
      target: 26,
      createdBy: 'per_haddad',
      steps: [
        ['home', 'Letter sound game in the car or at dinner', '5 minutes a day'],
        ['school', 'Phonics lesson with Ms. Haddad', 'Daily'],
      ],
    },
    {
      id: 'goal_emma_attendance',
      student: 'stu_emma',
      domain: 'attendance',
      statement: 'Arrive at school by 8:00',
      measureType: 'yes_no',
      unit: 'on time',
      baseline: null,
      target: 1,
      createdBy: 'per_rivera',
      note: 'On time all week; she greets her friends at the door.',
      steps: [
        ['home', 'Lay out clothes and backpack the night before', 'School nights'],
        ['school', 'Greet Emma at the door and note arrival', 'Every morning'],
      ],
    },
    {
      id: 'goal_ava_participation',
      student: 'stu_ava',
      domain: 'social_emotional',
      statement: 'Share an idea in class discussion',
      measureType: 'count',
      unit: 'times a day',
      baseline: 0,
      target: 3,
      createdBy: 'per_okafor',
      steps: [
        ['home', "Talk about one thing from today's lessons at dinner", 'Every day'],
        ['school', 'Think-pair-share before whole-class discussion', 'Every lesson'],
      ],
    },
    {
      id: 'goal_arjun_focus',
      student: 'stu_arjun',
      domain: 'behavior',
      statement: 'Stay on task during independent work',
      measureType: 'percent',
      unit: '% of work time',
      baseline: 50,
      target: 85,
      createdBy: 'per_chen',
      steps: [
        ['home', 'Homework in a quiet spot with the phone in another room', 'School nights'],
        ['school', 'Check-in card every 15 minutes', 'Independent work'],
      ],
    },
    {
      id: 'goal_lucia_reading',
      student: 'stu_lucia',
      domain: 'academic',
      statement: 'Read 20 sight words correctly',
      measureType: 'count',
      unit: 'of 20 words',
      baseline: 6,
      target: 20,
      createdBy: 'per_rivera',
      note: "Knew most of this week's words in both languages.",
      steps: [
        ['home', 'Sight-word cards, in English and Spanish', '10 minutes a day'],
        ['school', 'Sight-word practice in reading group', 'Daily'],
      ],
    },
  ],
  conversations: [
    {
      student: 'stu_mateo',
      guardian: 'per_garcia',
      educator: 'per_rivera',
      lines: [
        ['educator', 'Hi Ms. García! Mateo read 15 minutes on his own today. He chose a book about sharks.'],
        [
          'guardian',
          '¡Qué bueno! En casa leemos juntos antes de dormir. ¿Qué libro le recomienda para el fin de semana?',
        ],
        ['educator', 'Any book about animals he likes. I will send two from our class library on Friday.'],
      ],
    },
    {
      student: 'stu_yusuf',
      guardian: 'per_alsayed_omar',
      educator: 'per_rivera',
      lines: [
        ['educator', 'Hello Mr. Al-Sayed. Yusuf used the calm corner twice this week, all by himself.'],
        ['guardian', 'شكرًا لك. نتدرب على التنفس العميق كل ليلة قبل النوم.'],
      ],
    },
    {
      student: 'stu_jaylen',
      guardian: 'per_johnson',
      educator: 'per_haddad',
      lines: [['educator', 'Jaylen started his work within two minutes four times today. Great week!']],
    },
    {
      student: 'stu_jaylen',
      guardian: 'per_miller',
      educator: 'per_haddad',
      lines: [
        ['guardian', 'Could we meet about the reading plan? I work until 6 on weekdays.'],
        ['educator', 'Of course. I will share some times after 6 and on Saturday morning.'],
      ],
    },
    {
      student: 'stu_emma',
      guardian: 'per_nguyen',
      educator: 'per_rivera',
      lines: [
        ['educator', 'Good morning, Ms. Nguyen! Emma arrived on time every day this week.'],
        ['guardian', 'Cảm ơn cô! Tối nào cháu cũng chuẩn bị sẵn quần áo và cặp sách.'],
        ['educator', 'That routine is working. Thank you for helping her at home.'],
      ],
    },
  ],
  translations: demoTranslations(),
};

/**
 * Translations of every seeded text into the languages of the people who read it (the
 * families: Spanish, Arabic, Vietnamese; the school: English), drafted by hand and stored as
 * machine translations would be, so the demo shows translated content with no service
 * running. The seed refuses to run when one it needs is missing.
 */
function demoTranslations(): Record<string, Partial<Record<string, string>>> {
  const everyDay = { es: 'Todos los días', ar: 'كل يوم', vi: 'Mỗi ngày' };
  const schoolNights = {
    es: 'Las noches antes de un día de clases',
    ar: 'ليالي أيام الدراسة',
    vi: 'Các tối trước ngày đi học',
  };
  const daily = { es: 'A diario', ar: 'يوميًا', vi: 'Hằng ngày' };
  const threeAWeek = { es: '3 veces por semana', ar: '3 مرات في الأسبوع', vi: '3 lần một tuần' };
  const everyMorning = { es: 'Todas las mañanas', ar: 'كل صباح', vi: 'Mỗi sáng' };
  return {
    // Goals: statements, units, action steps and their frequencies.
    'Read for 20 minutes a day': { es: 'Leer 20 minutos al día' },
    minutes: { es: 'minutos' },
    'Read a book of his choice together before bed': { es: 'Leer juntos un libro que él elija antes de dormir' },
    'Every day': everyDay,
    'Quiet reading time with a reading buddy': { es: 'Lectura en silencio con un compañero de lectura' },
    'Every morning': everyMorning,
    'Answer 30 addition facts correctly in two minutes': {
      es: 'Responder correctamente 30 sumas básicas en dos minutos',
    },
    facts: { es: 'sumas' },
    'Practice facts with flash cards for 5 minutes': { es: 'Practicar las sumas con tarjetas durante 5 minutos' },
    '3 times a week': threeAWeek,
    'Timed fact practice': { es: 'Práctica de sumas con tiempo' },
    'Mondays and Thursdays': { es: 'Lunes y jueves' },
    'Turn in homework on time': { es: 'Entregar la tarea a tiempo' },
    '% of assignments': { es: '% de las tareas' },
    'Check the planner together after dinner': { es: 'Revisar juntos la agenda después de la cena' },
    'School nights': schoolNights,
    'Write assignments in the planner before leaving class': {
      es: 'Anotar las tareas en la agenda antes de salir de clase',
    },
    'Every class': { es: 'En cada clase' },
    'Join one club or team this semester': { es: 'Unirse a un club o equipo este semestre' },
    joined: { es: 'se unió' },
    'Use a calm-down strategy when upset': { ar: 'استخدام طريقة للتهدئة عند الانزعاج' },
    'rating (1–5)': { ar: 'تقييم (1–5)' },
    'Practice deep breathing together at bedtime': { ar: 'التدرّب معًا على التنفّس العميق وقت النوم' },
    'Calm corner available; check in with Dr. Chen': { ar: 'ركن الهدوء متاح، ومتابعة مع د. تشين' },
    Tuesdays: { ar: 'أيام الثلاثاء' },
    'Read 60 words a minute aloud': { ar: 'قراءة 60 كلمة في الدقيقة بصوت عالٍ' },
    'words per minute': { ar: 'كلمة في الدقيقة' },
    'Read aloud to a family member, in Arabic or English': {
      ar: 'القراءة بصوت عالٍ لأحد أفراد الأسرة، بالعربية أو بالإنجليزية',
    },
    'Fluency practice in small group': { ar: 'تدريب على الطلاقة في مجموعة صغيرة' },
    Daily: daily,
    'Write a paragraph of 5 sentences with a topic sentence': { ar: 'كتابة فقرة من 5 جمل تبدأ بجملة رئيسية' },
    sentences: { ar: 'جمل' },
    'Talk about the day and write three sentences about it': { ar: 'التحدّث عن اليوم وكتابة ثلاث جمل عنه' },
    'Graphic organizer for every writing task': { ar: 'منظِّم بياني لكل مهمة كتابة' },
    'Every writing task': { ar: 'كل مهمة كتابة' },
    'Arrive at school by 8:00': { vi: 'Đến trường trước 8:00' },
    'on time': { vi: 'đúng giờ' },
    'Lay out clothes and backpack the night before': { vi: 'Chuẩn bị sẵn quần áo và cặp sách từ tối hôm trước' },
    'Greet Emma at the door and note arrival': { vi: 'Đón Emma ở cửa lớp và ghi lại giờ đến' },
    'Read 20 sight words correctly': { es: 'Leer correctamente 20 palabras de uso frecuente' },
    'of 20 words': { es: 'de 20 palabras' },
    'Sight-word cards, in English and Spanish': { es: 'Tarjetas de palabras de uso frecuente, en inglés y en español' },
    '10 minutes a day': { es: '10 minutos al día' },
    'Sight-word practice in reading group': { es: 'Práctica de palabras de uso frecuente en el grupo de lectura' },
    // Progress notes.
    'Read on his own and retold the story in his own words.': {
      es: 'Leyó solo y volvió a contar la historia con sus propias palabras.',
    },
    'Planner filled in every day this week.': { es: 'Llenó la agenda todos los días de esta semana.' },
    'Asked for the calm corner himself and came back ready to work.': {
      ar: 'طلب ركن الهدوء بنفسه وعاد مستعدًا للعمل.',
    },
    'Used the graphic organizer without reminders.': { ar: 'استخدمت المنظِّم البياني دون تذكير.' },
    'On time all week; she greets her friends at the door.': {
      vi: 'Đúng giờ cả tuần; em chào các bạn ở cửa lớp.',
    },
    "Knew most of this week's words in both languages.": {
      es: 'Reconoció la mayoría de las palabras de esta semana en los dos idiomas.',
    },
    // Where to meet.
    'Lincoln Elementary School, front office': {
      es: 'Lincoln Elementary School, oficina principal',
      ar: 'مدرسة لينكولن الابتدائية، المكتب الرئيسي',
      vi: 'Trường Tiểu học Lincoln, văn phòng chính',
    },
    // Messages.
    'Hi Ms. García! Mateo read 15 minutes on his own today. He chose a book about sharks.': {
      es: '¡Hola, Sra. García! Hoy Mateo leyó 15 minutos solo. Eligió un libro sobre tiburones.',
    },
    '¡Qué bueno! En casa leemos juntos antes de dormir. ¿Qué libro le recomienda para el fin de semana?': {
      en: 'That’s great! At home we read together before bed. Which book do you recommend for the weekend?',
    },
    'Any book about animals he likes. I will send two from our class library on Friday.': {
      es: 'Cualquier libro de animales que le guste. El viernes le enviaré dos de la biblioteca de la clase.',
    },
    'Hello Mr. Al-Sayed. Yusuf used the calm corner twice this week, all by himself.': {
      ar: 'مرحبًا سيد السيّد. استخدم يوسف ركن الهدوء مرتين هذا الأسبوع، من تلقاء نفسه.',
    },
    'شكرًا لك. نتدرب على التنفس العميق كل ليلة قبل النوم.': {
      en: 'Thank you. We practice deep breathing every night before bed.',
    },
    'Good morning, Ms. Nguyen! Emma arrived on time every day this week.': {
      vi: 'Chào buổi sáng bà Nguyễn! Tuần này ngày nào Emma cũng đến trường đúng giờ.',
    },
    'Cảm ơn cô! Tối nào cháu cũng chuẩn bị sẵn quần áo và cặp sách.': {
      en: 'Thank you! She gets her clothes and backpack ready every evening.',
    },
    'That routine is working. Thank you for helping her at home.': {
      vi: 'Thói quen đó đang có hiệu quả. Cảm ơn bà đã giúp cháu ở nhà.',
    },
  };
}

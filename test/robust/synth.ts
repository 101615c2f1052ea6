/**
 * Distinct synthetic Arabic articles for the robustness suite (crash and load tests): cheap to
 * make in any number, deterministic, written for rasd. Not a model of real news (the stream
 * generator in src/corpus/stream is); these only need to be valid, varied and distinct.
 */
const CITIES = ['القاهرة', 'عمّان', 'الرباط', 'بيروت', 'تونس', 'الدوحة', 'الرياض', 'بغداد', 'الخرطوم', 'مسقط'];
const TOPICS = [
  ['افتتاح', 'محطة لتحلية المياه', 'وزير الموارد المائية'],
  ['إطلاق', 'برنامج لدعم المزارعين', 'وزير الزراعة'],
  ['توقيع', 'اتفاق للتبادل التجاري', 'وزير الاقتصاد'],
  ['تدشين', 'خط جديد للقطارات', 'وزير النقل'],
  ['إعلان', 'خطة لترميم المدارس', 'وزيرة التربية'],
];
const MONTHS = [
  'يناير',
  'فبراير',
  'مارس',
  'أبريل',
  'مايو',
  'يونيو',
  'يوليو',
  'أغسطس',
  'سبتمبر',
  'أكتوبر',
  'نوفمبر',
  'ديسمبر',
];

/** Article number `i` as a JSONL record (contract fields). */
export function synthArticle(i: number): {
  id: string;
  title: string;
  text: string;
  outlet: string;
  published: string;
} {
  const city = CITIES[i % CITIES.length];
  const [act, what, who] = TOPICS[Math.floor(i / CITIES.length) % TOPICS.length];
  const day = (i % 28) + 1;
  const month = Math.floor(i / 280) % 12;
  const n = 100 + ((i * 7919) % 9000);
  const title = `${act} ${what} في ${city} (${i})`;
  const text = [
    title,
    `${city} - شهدت ${city} ${act} ${what} بكلفة بلغت ${n} مليون دولار، في خطوة قال مسؤولون إنها تخدم آلاف السكان.`,
    `وقال ${who} في مؤتمر صحفي إن "المشروع رقم ${i} سيكتمل قبل نهاية العام"، مضيفا أن العمل بدأ في ${day} ${MONTHS[month]} 2025.`,
    `وأكد مسؤول محلي أن المرحلة الثانية ستبدأ الشهر المقبل بمشاركة ${(i % 40) + 3} شركة.`,
  ].join('\n\n');
  return {
    id: `synth-${i}`,
    title,
    text,
    outlet: `منفذ ${(i % 6) + 1}`,
    published: `2025-${String(month + 1).padStart(2, '0')}-${String(day).padStart(2, '0')}`,
  };
}

/** `count` articles as JSONL lines. */
export function synthJsonl(from: number, count: number): string {
  const lines: string[] = [];
  for (let i = from; i < from + count; i++) lines.push(JSON.stringify(synthArticle(i)));
  return `${lines.join('\n')}\n`;
}

/**
 * Opposed headlines: two texts can share nearly every word and still report opposite outcomes
 * ("النفط يرتفع" / "النفط يتراجع", "توافق على الانسحاب" / "تنفي الانسحاب"). Word overlap cannot
 * see that, so pair similarity checks two headline-length texts for words of opposed groups and
 * for a negation present on one side only (articles are left alone: reports of one story often
 * disagree on details, and their bodies say whether it is one story). The lists are general news vocabulary (markets, decisions,
 * outcomes), written as light stems of the text core (match-normalized, clitics stripped).
 */
import type { Token } from '../../doc/types.ts';

/** Each entry: two groups (space-separated stems) stating opposite outcomes of one happening. */
const OPPOSED: ReadonlyArray<readonly [string, string]> = [
  [
    'ارتفاع ارتفع صعود صعد قفز زياد زاد رفع ارباح ربح مكاسب انتعاش انتعش تعافي تحسن',
    'انخفاض انخفض تراجع هبوط هبط هوي تهاوي تخفيض خفض انهيار انهار خساير تدهور ازم',
  ],
  ['موافق وافق قبول اتفاق اتفق توافق ايد تاييد', 'رفض خلاف اختلف عارض معارض تجاهل ندد انتقد'],
  ['اكد يوكد توكد تاكيد اعتراف اعترف', 'نفي نفت ينفي تنفي كذب تكذيب'],
  ['نجاح نجح فوز فاز انتصار انتصر', 'فشل اخفاق اخفق خسار خسر هزيم هزم'],
  ['فتح افتتاح افتتح سماح سمح منح', 'اغلاق اغلق غلق منع حظر حرمان'],
  ['اعدام ادان سجن حبس', 'براء افراج افرج سراح عفو'],
  ['استمرار استمر تمديد مدد بقاء بقي', 'انتهاء انتهي وقف اوقف توقف انسحاب انسحب الغاء الغي تعليق'],
];

/** Particles that negate the statement they head. */
const NEGATIONS = new Set(['لا', 'لم', 'لن', 'ليس', 'غير', 'دون', 'بدون', 'عدم']);

/** Group index of a stem: 2·i for the first group of entry i, 2·i + 1 for the second. */
const GROUP = buildGroups();

function buildGroups(): Map<string, number> {
  const out = new Map<string, number>();
  OPPOSED.forEach(([a, b], i) => {
    for (const w of a.split(' ')) out.set(w, 2 * i);
    for (const w of b.split(' ')) out.set(w, 2 * i + 1);
  });
  return out;
}

/** Group of a stem, reading an imperfect prefix (يرفض → رفض, ينخفض → انخفض, يتراجع → تراجع). */
function groupOf(stem: string): number | undefined {
  const direct = GROUP.get(stem);
  if (direct !== undefined) return direct;
  if (stem.length < 4 || !'يتن'.includes(stem[0])) return undefined;
  const rest = stem.slice(1);
  return GROUP.get(rest) ?? GROUP.get(`ا${rest}`);
}

/** What a lead asserts: the opposed groups its words fall in, and whether it negates. */
export interface Polarity {
  groups: Set<number>;
  negated: boolean;
}

export function polarity(tokens: Token[]): Polarity {
  const groups = new Set<number>();
  let negated = false;
  for (const t of tokens) {
    if (t.kind !== 'word') continue;
    if (NEGATIONS.has(t.norm)) negated = true;
    const g = groupOf(t.stem);
    if (g !== undefined) groups.add(g);
  }
  return { groups, negated };
}

/**
 * True when the two leads state opposite outcomes: one has a word of a group and the other a
 * word of the opposed group without the first, or one negates and the other does not.
 */
export function opposed(a: Polarity, b: Polarity): boolean {
  if (a.negated !== b.negated) return true;
  for (const g of a.groups) {
    const other = g ^ 1;
    if (b.groups.has(other) && !b.groups.has(g) && !a.groups.has(other)) return true;
  }
  return false;
}

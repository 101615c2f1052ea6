/**
 * Cleaning of paragraphs (from a text dump or from HTML extraction): classify every line, keep
 * the body, list the rest in `removed`, and read the dateline, credits and title lines found.
 */
import type { Removed } from '../doc/types.ts';
import { cleanData, phraseKey } from './data.ts';
import { type ClassifyOptions, classifyLines, datelineParts, outletAndDate } from './lines/classify.ts';
import { agenciesIn, agencyOf, lineFeatures, matchPhrase } from './lines/features.ts';
import { parseSourceLine } from './meta/outlet.ts';

/** What cleaning the lines of one article found. */
export interface LinesResult {
  body: string[];
  removed: Removed[];
  title: string | null;
  dateline: string | null;
  /** Outlet named by the source line or the dateline suffix. */
  outlet: string | null;
  credits: string[];
  photoCredits: string[];
}

/** One to three words of a place name, several places joined by "/". */
const PLACES = String.raw`[\p{L}]+(?: [\p{L}]+){0,2}(?:\s*/\s*[\p{L}]+(?: [\p{L}]+){0,2})*`;

/**
 * Inline datelines at the head of the first paragraph; group 1 the places, group 2 (when there)
 * the agency or outlet: "القاهرة (رويترز) -", "جنيف - (الأناضول) -", "الدوحة - قنا:",
 * "أبوظبي في 3 أبريل / وام /", "الرباط/ إسطنبول -".
 */
const INLINE_DATELINES = [
  new RegExp(String.raw`^(${PLACES})\s*\(([^()]{2,30})\)\s*[-–—:]\s*`, 'u'),
  new RegExp(String.raw`^(${PLACES})\s*[-–—]\s*\(?([\p{L} .]{2,30}?)\)?\s*[-–—:]\s+`, 'u'),
  /^([\p{L} ]{2,25}?\s+في\s+\d{1,2}\s+\p{L}+(?:\s+\d{4})?)\s*\/\s*([\p{L} ]{2,25}?)\s*\/\s*[-–—:]?\s*/u,
  new RegExp(String.raw`^(${PLACES})\s+[-–—]\s+`, 'u'),
];

/** Which side of a dateline line ("A - B") names the outlet, if either clearly does. */
function datelineOutlet(
  places: string,
  source: string,
  lines: string[],
  line: string,
  furnitureText: string[],
  bodyText: string,
): string | null {
  // "وكالات" (agencies) names no outlet: the other side does.
  if (/^(وكالات|agencies)$/i.test(source)) return places;
  // "إسطنبول - مراسل الضفتين": the other side is a byline, so this one is the place it was filed
  // from, whatever else the article says about it.
  if (matchPhrase(phraseKey(source), cleanData().linePhrases)?.kind === 'byline') return null;
  // Names repeated in the page furniture (promos, share lines) are the outlet's; places are not.
  const others = lines.filter((l) => l !== line).join('\n');
  const inA = others.includes(places);
  const inB = others.includes(source);
  if (inA !== inB) return inA ? places : source;
  const furniture = furnitureText.join('\n');
  if (furniture.includes(places) !== furniture.includes(source))
    return furniture.includes(places) ? places : source;
  // Both named elsewhere (the outlet's photo credit, a caption naming the place): the story
  // happens in the place, so the body names it ("بالرباط"), rarely the outlet.
  const inBodyA = bodyText.includes(places);
  if (inBodyA !== bodyText.includes(source)) return inBodyA ? source : places;
  if (/\//.test(places)) return source;
  const known = new Set(cleanData().outlets.map(([, name]) => name));
  if (known.has(source)) return source;
  if (known.has(places)) return places;
  return null;
}

/** Clean a list of lines or paragraphs. */
export function cleanLines(lines: string[], opts: ClassifyOptions = {}): LinesResult {
  let bylineOutlet: string | null = null;
  let datelineAt: string | null = null;
  const labels = classifyLines(lines, opts);
  const res: LinesResult = {
    body: [],
    removed: [],
    title: null,
    dateline: null,
    outlet: null,
    credits: [],
    photoCredits: [],
  };
  const credit = (name: string | null, photo = false) => {
    const list = photo ? res.photoCredits : res.credits;
    if (name && !list.includes(name)) list.push(name);
  };
  for (const l of labels) {
    if (l.kind === 'body') {
      res.body.push(l.text);
      continue;
    }
    res.removed.push({ text: l.text, kind: l.kind, reason: l.reason });
    if (l.kind === 'title' && !res.title && l.reason.startsWith('first')) res.title = l.text;
    if (l.kind === 'source-line') {
      const src = parseSourceLine(l.text);
      res.outlet ??= src.outlet;
      for (const c of src.credits) credit(c);
    }
    if (l.kind === 'byline') bylineOutlet ??= outletAndDate(l.text);
    if (l.kind === 'credit') credit(agencyOf(l.text.replace(/[()]/g, '')), true);
    if (l.kind === 'dateline' && !res.dateline) {
      res.dateline = l.text;
      const parts = datelineParts(l.text);
      const agency = parts ? agencyOf(parts.source) : null;
      if (agency) credit(agency);
      else if (parts) datelineAt = l.text;
    }
    if (l.kind === 'caption') for (const a of agenciesIn(l.text)) credit(a, true);
  }
  const furniture = res.removed
    .filter((r) => !['dateline', 'title', 'byline'].includes(r.kind))
    .map((r) => r.text);
  const parts = datelineAt ? datelineParts(datelineAt) : null;
  const datelineSide =
    parts && datelineAt
      ? datelineOutlet(parts.places, parts.source, lines, datelineAt, furniture, res.body.join('\n'))
      : null;
  const inlineSource = takeInlineDateline(res);
  const fromSourceLine = res.outlet;
  const fuller = [bylineOutlet, datelineSide].find(
    (c) => c && fromSourceLine && c !== fromSourceLine && c.includes(fromSourceLine),
  );
  res.outlet =
    fuller ?? fromSourceLine ?? bylineOutlet ?? datelineSide ?? inlineSource ?? promoOutlet(res.removed);
  return res;
}

/**
 * Move an inline dateline ("بيروت (أ ف ب) -") from the first paragraph to the dateline field;
 * returns the outlet it names, when that is not an agency.
 */
function takeInlineDateline(res: LinesResult): string | null {
  if (!res.body.length) return null;
  for (const re of INLINE_DATELINES) {
    const m = re.exec(res.body[0]);
    if (!m || lineFeatures(res.body[0].slice(m[0].length)).words < 3) continue;
    const source = m[2]?.trim();
    if (source && lineFeatures(source).words > 5) continue;
    const agency = source ? agencyOf(source) : null;
    // The dateline in the text is the article's own; a header line only comes second.
    res.dateline = m[0].replace(/[\s\-–—:]+$/u, '').trim();
    if (agency && !res.credits.includes(agency)) res.credits.push(agency);
    res.removed.push({ text: m[0].trim(), kind: 'dateline', reason: 'inline dateline' });
    res.body[0] = res.body[0].slice(m[0].length);
    return source && !agency ? source : null;
  }
  return null;
}

const PROMO_OUTLET =
  /(?:^|\s)(?:ل|و|ب)?(?:(جريدة|صحيفة|موقع|قناة|إذاعة|مجلة|بوابة)|تطبيق)\s+(ال\p{L}+(?:\s+ال\p{L}+){0,2})/u;

/**
 * The outlet a promo line names: "حمّل تطبيق المرصد العربي على هاتفك", "اشترك في النشرة اليومية
 * لجريدة الضفتين". The name is the medium's word (جريدة، صحيفة، موقع، قناة، إذاعة، مجلة، بوابة)
 * with the definite words after it, or after "تطبيق" (the app) the definite words alone.
 */
export function promoOutlet(removed: Removed[]): string | null {
  for (const r of removed) {
    if (r.kind !== 'promo') continue;
    const m = PROMO_OUTLET.exec(r.text);
    if (!m) continue;
    const name = m[1] ? `${m[1]} ${m[2]}` : m[2];
    if (!agencyOf(name)) return name;
  }
  return null;
}

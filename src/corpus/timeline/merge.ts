/**
 * Merge timeline candidates that tell the same happening: same story, same date and
 * precision, and clauses that share enough content terms. Evidence of every merged
 * candidate is kept; the shown text is the shortest clause among the best-supported.
 */
import type { TimelineEvent } from '../../doc/types.ts';
import type { EventCandidate } from './events.ts';

/** Share of the smaller clause's terms two clauses must share to be one happening. */
export const SAME_HAPPENING = 0.25;

function shared(a: Set<string>, b: Set<string>): number {
  const small = Math.min(a.size, b.size);
  if (!small) return 1; // a bare date with no clause words: the date alone decides
  let n = 0;
  for (const t of a) if (b.has(t)) n++;
  return n / small;
}

interface Group {
  members: EventCandidate[];
  terms: Set<string>;
}

/** Group candidates into happenings (greedy, in document order); a thread's timeline groups across its stories. */
export function groupHappenings(
  cands: EventCandidate[],
  threshold = SAME_HAPPENING,
  acrossStories = false,
): EventCandidate[][] {
  const groups = new Map<string, Group[]>();
  for (const c of cands) {
    const key = `${acrossStories ? '' : c.storyId}|${c.date}|${c.precision}`;
    const list = groups.get(key) ?? [];
    groups.set(key, list);
    const g = list.find((x) => shared(x.terms, c.terms) >= threshold);
    if (g) {
      g.members.push(c);
      for (const t of c.terms) g.terms.add(t);
    } else list.push({ members: [c], terms: new Set(c.terms) });
  }
  return [...groups.values()].flat().map((g) => g.members);
}

/** One timeline event from a group of candidates. */
export function toEvent(members: EventCandidate[]): TimelineEvent {
  const first = members[0];
  const texts = members.map((m) => m.text).filter((t) => t.length > 0);
  const text = texts.sort((x, y) => x.length - y.length).find((t) => t.length >= 20) ?? texts[0] ?? '';
  const seen = new Set<string>();
  const evidence = members
    .filter((m) => {
      const k = `${m.document}:${m.expression.start}`;
      if (seen.has(k)) return false;
      seen.add(k);
      return true;
    })
    .map((m) => ({
      document: m.document,
      start: m.clause.start,
      end: m.clause.end,
      expression: m.expression.text,
    }));
  return {
    date: first.date,
    precision: first.precision,
    text,
    ...(members.every((m) => m.scheduled) ? { scheduled: true } : {}),
    ...(first.storyId ? { storyId: first.storyId } : {}),
    evidence,
  };
}

/** Oldest first; at one date, coarser precision (year, month) before the day. */
export function compareEvents(a: TimelineEvent, b: TimelineEvent): number {
  return a.date.localeCompare(b.date) || (a.storyId ?? '').localeCompare(b.storyId ?? '');
}

/**
 * Outlet templates learned from the data: a short line that appears in two or more different
 * articles of the same outlet is part of that outlet's page template (a promo, a widget title,
 * a footer), so a new site's boilerplate is found without writing a rule for it.
 */
import { phraseKey } from '../data.ts';

/** Lines shared by articles of each outlet: outlet → normalized line → article ids. */
export class TemplateRegistry {
  private seen = new Map<string, Map<string, Set<string>>>();

  /** Record the lines of one article. Long prose lines are never template candidates. */
  observe(outlet: string, articleId: string, lines: string[]): void {
    const byLine = this.seen.get(outlet) ?? new Map<string, Set<string>>();
    this.seen.set(outlet, byLine);
    for (const line of lines) {
      const key = phraseKey(line);
      if (!key || !isTemplateCandidate(key)) continue;
      const ids = byLine.get(key) ?? new Set<string>();
      byLine.set(key, ids);
      ids.add(articleId);
    }
  }

  /** Lines seen in at least `minArticles` articles of `outlet`. */
  templatesFor(outlet: string, minArticles = MIN_ARTICLES): Set<string> {
    const out = new Set<string>();
    for (const [key, ids] of this.seen.get(outlet) ?? []) if (ids.size >= minArticles) out.add(key);
    return out;
  }

  clear(): void {
    this.seen.clear();
  }
}

/** A line must be seen in this many articles of one outlet to be template. */
export const MIN_ARTICLES = 2;
/** Longest line (words) that can be template: longer lines are prose, even when repeated. */
export const MAX_TEMPLATE_WORDS = 20;

function isTemplateCandidate(key: string): boolean {
  const words = key.split(' ').length;
  // A full sentence repeated across articles is background text the outlet reuses: keep it.
  return words <= MAX_TEMPLATE_WORDS && !(words >= 8 && /[.!؟?]$/.test(key));
}

/** Split text into non-empty trimmed lines. */
export function textLines(text: string): string[] {
  return text
    .split(/\r?\n/)
    .map((l) => l.trim())
    .filter(Boolean);
}

/**
 * Learn templates over a batch of articles: `{outlet, id, text}` each. Returns a registry the
 * clean stage can consult (see `useTemplates`).
 */
export function learnTemplates(
  articles: Array<{ outlet: string | null; id: string; text: string }>,
): TemplateRegistry {
  const reg = new TemplateRegistry();
  for (const a of articles) if (a.outlet) reg.observe(a.outlet, a.id, textLines(a.text));
  return reg;
}

/** Titles: strip the site name an HTML title carries ("... | الجزيرة نت", "Site - ..."). */
import { cleanData, phraseKey } from '../data.ts';
import { agencyOf } from '../lines/features.ts';

/** Most words a site-name part of a title has. */
const SITE_WORDS = 5;

function looksLikeSite(part: string, siteNames: string[]): boolean {
  const key = phraseKey(part);
  if (!key) return false;
  if (agencyOf(part)) return true;
  if (siteNames.some((s) => s && (key.includes(phraseKey(s)) || phraseKey(s).includes(key)))) return true;
  return /\.(com|net|org|info|news|tv|ae|sa|eg|ma|tn|dz|jo|lb|qa|kw|iq|sy)\b/i.test(part);
}

/** The part of `full` that `stripSiteName` dropped (the site name a title carries), or null. */
export function siteNameOf(full: string, title: string): string | null {
  const f = full.replace(/\s+/g, ' ').trim();
  const at = f.indexOf(title);
  if (at < 0 || f === title) return null;
  const rest = (f.slice(0, at) + f.slice(at + title.length)).trim();
  const site = rest.replace(/^[|\-–—:»\s]+|[|\-–—:»\s]+$/g, '').trim();
  if (!site || site.split(' ').length > 5) return null;
  return agencyOf(site) ?? site;
}

/**
 * `title` without its site suffix or prefix. A part is dropped when it names the site (one of
 * `siteNames`, or a domain), or when it is the last, short part after a longer one.
 */
export function stripSiteName(title: string, siteNames: string[] = []): string {
  const t = title.replace(/\s+/g, ' ').trim();
  for (const sep of cleanData().titleSeparators) {
    const parts = t.split(` ${sep} `);
    if (parts.length < 2) continue;
    const last = parts[parts.length - 1];
    const first = parts[0];
    if (looksLikeSite(last, siteNames)) return parts.slice(0, -1).join(` ${sep} `).trim();
    if (looksLikeSite(first, siteNames) && parts.length >= 2) return parts.slice(1).join(` ${sep} `).trim();
    const lastWords = last.split(' ').length;
    const restWords = parts.slice(0, -1).join(' ').split(' ').length;
    if (sep !== '-' && lastWords <= SITE_WORDS && restWords >= lastWords * 2)
      return parts.slice(0, -1).join(` ${sep} `).trim();
  }
  return t;
}

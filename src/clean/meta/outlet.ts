/**
 * Outlets: who published an article, from the URL's domain (data/clean/outlets.tsv), the page's
 * site name, a source line ("المصدر : الجزيرة + وكالات" → الجزيرة) or a dateline suffix.
 */
import { cleanData } from '../data.ts';
import { agencyOf } from '../lines/features.ts';

/** The outlet of a URL by the domain table, or null. */
export function outletFromUrl(url: string | undefined): string | null {
  if (!url) return null;
  let u: URL;
  try {
    u = new URL(url);
  } catch {
    return null;
  }
  const host = u.hostname.replace(/^www\./, '').toLowerCase();
  const path = `${host}${u.pathname}`.toLowerCase();
  for (const [domain, name] of cleanData().outlets) {
    if (domain.includes('/') ? path.startsWith(domain) : host === domain || host.endsWith(`.${domain}`))
      return name;
  }
  return null;
}

/** The host of a URL without www, for outlets not in the table. */
export function hostOf(url: string | undefined): string | null {
  try {
    return url ? new URL(url).hostname.replace(/^www\./, '') : null;
  } catch {
    return null;
  }
}

/**
 * Outlet and agencies of a source line: the part after "المصدر" split on + and ، ; agencies
 * (and the generic "وكالات") are credits, the first other name is the outlet.
 */
export function parseSourceLine(line: string): { outlet: string | null; credits: string[] } {
  const rest = line.replace(/^[^:：\-–]*[:：\-–]\s*/u, '');
  const names = rest
    .split(/\s*[+،,&/]\s*|\s+[-–]\s+|\s+و(?=وكالات)/u)
    .map((s) => s.trim())
    .filter(Boolean);
  let outlet: string | null = null;
  const credits: string[] = [];
  for (const n of names) {
    const agency = agencyOf(n);
    if (agency) credits.push(agency);
    else if (!outlet && !/^وكالات$|^agencies$/i.test(n)) outlet = n;
  }
  return { outlet, credits };
}

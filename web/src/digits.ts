/**
 * Eastern Arabic (٠١٢) or Western (012) digits, as the reader chooses; the choice is kept in
 * localStorage. Numbers and dates the page itself writes follow it; article text is left as
 * the outlet wrote it.
 */

export type Digits = 'eastern' | 'western';
const KEY = 'rasd.digits';
const listeners: Array<() => void> = [];

function stored(): Digits {
  try {
    return localStorage.getItem(KEY) === 'western' ? 'western' : 'eastern';
  } catch {
    return 'eastern';
  }
}

let current: Digits = stored();

/** The current choice. */
export function digits(): Digits {
  return current;
}

/** Change and remember the choice, then re-render whoever listens. */
export function setDigits(d: Digits): void {
  current = d;
  try {
    localStorage.setItem(KEY, d);
  } catch {
    // private mode: the choice lasts for this page only
  }
  for (const f of listeners) f();
}

/** Call `f` whenever the choice changes. */
export function onDigitsChange(f: () => void): void {
  listeners.push(f);
}

function locale(): string {
  return current === 'eastern' ? 'ar-u-nu-arab' : 'ar-u-nu-latn';
}

/** A number in the chosen digits. */
export function num(n: number): string {
  return new Intl.NumberFormat(locale()).format(n);
}

/** Western digits in a string turned into the chosen digits. */
export function digitsIn(s: string): string {
  return current === 'eastern' ? s.replace(/[0-9]/g, (d) => String.fromCharCode(0x0660 + Number(d))) : s;
}

/** An ISO date (YYYY, YYYY-MM, YYYY-MM-DD, or a datetime) as Arabic text. */
export function date(iso: string | null | undefined): string {
  if (!iso) return '—';
  const m = /^(\d{4})(?:-(\d{2}))?(?:-(\d{2}))?/.exec(iso);
  if (!m) return digitsIn(iso);
  const [, y, mo, d] = m;
  const when = new Date(Date.UTC(Number(y), mo ? Number(mo) - 1 : 0, d ? Number(d) : 1));
  const opts: Intl.DateTimeFormatOptions = { timeZone: 'UTC', year: 'numeric' };
  if (mo) opts.month = 'long';
  if (d) opts.day = 'numeric';
  return new Intl.DateTimeFormat(locale(), opts).format(when);
}

/** A short date (day and month) for chart labels. */
export function shortDate(iso: string): string {
  const [y, mo, d] = iso.split('-').map(Number);
  return new Intl.DateTimeFormat(locale(), { timeZone: 'UTC', day: 'numeric', month: 'short' }).format(
    new Date(Date.UTC(y, (mo || 1) - 1, d || 1)),
  );
}

/** "3 مقالات"-style counts: the number and the noun. */
export function count(n: number, one: string, many: string): string {
  return `${num(n)} ${n === 1 ? one : many}`;
}

/**
 * Building the page without HTML strings: every text goes in through textContent or a text
 * node, so article text (which may hold markup, event handlers or bidi overrides) is shown,
 * never executed. Links are built here too and only ever point inside the page or to http(s).
 */

type Child = Node | string | number | null | undefined | false;
type Attrs = Record<string, string | number | boolean | undefined | null>;

/** Bidi embedding/override/isolate controls: they could reorder what surrounds them. */
const BIDI_CONTROLS = /[\u202A-\u202E\u2066-\u2069]/g;

/** Text as it is shown: the same characters minus bidi controls. */
export function clean(text: string | null | undefined): string {
  return (text ?? '').replace(BIDI_CONTROLS, '');
}

/** A text node of cleaned text. */
export function text(value: string | number | null | undefined): Text {
  return document.createTextNode(clean(String(value ?? '')));
}

/** An element with attributes (set as attributes, never as HTML) and children (as text). */
export function h<K extends keyof HTMLElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]) {
  const el = document.createElement(tag);
  for (const [k, v] of Object.entries(attrs)) {
    if (v === undefined || v === null || v === false) continue;
    if (k === 'href') el.setAttribute('href', safeHref(String(v)));
    else el.setAttribute(k, v === true ? '' : String(v));
  }
  append(el, ...children);
  return el;
}

/** Append children, strings as text nodes. */
export function append(el: Element, ...children: Child[]): void {
  for (const c of children) {
    if (c === null || c === undefined || c === false) continue;
    el.append(typeof c === 'object' ? c : text(c));
  }
}

/** Links stay in the page (#/...) or go to http(s); anything else becomes a dead link. */
export function safeHref(href: string): string {
  if (href.startsWith('#')) return href;
  try {
    const u = new URL(href, location.href);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : '#';
  } catch {
    return '#';
  }
}

/** An in-page link (hash route). */
export function link(route: string, ...children: Child[]): HTMLAnchorElement {
  return h('a', { href: `#${route}` }, ...children);
}

/** A link to an outside page: opens in a new tab without access to this one. */
export function outsideLink(url: string, label: string): HTMLAnchorElement {
  return h('a', { href: url, target: '_blank', rel: 'noopener noreferrer nofollow' }, label);
}

/** A titled section of a page. */
export function section(id: string, title: string, ...children: Child[]): HTMLElement {
  return h('section', { class: 'panel', id }, h('h2', {}, title), ...children);
}

/** Replace the contents of `el`. */
export function replace(el: Element, ...children: Child[]): void {
  el.replaceChildren();
  append(el, ...children);
}

/** SVG element with attributes. */
export function svg<K extends keyof SVGElementTagNameMap>(tag: K, attrs: Attrs = {}, ...children: Child[]) {
  const el = document.createElementNS('http://www.w3.org/2000/svg', tag);
  for (const [k, v] of Object.entries(attrs))
    if (v !== undefined && v !== null && v !== false) el.setAttribute(k, String(v));
  append(el, ...children);
  return el;
}

/**
 * A light view of an HTML page for extraction, built on htmlparser2's DOM (far faster than a
 * browser-like DOM): parsing, class/id tokens, per-element text statistics, and turning a
 * subtree into paragraphs separated at block boundaries.
 */
import type { AnyNode, Document, Element } from 'domhandler';
import { parseDocument } from 'htmlparser2';

export type { AnyNode, Document, Element };

/** Parse HTML into a document tree (entities decoded). */
export function parseHtml(html: string): Document {
  return parseDocument(html, { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true });
}

/** True for element nodes (tags, scripts and styles alike). */
export function isElement(node: AnyNode): node is Element {
  return node.type === 'tag' || node.type === 'script' || node.type === 'style';
}

/** Elements whose boundaries end a paragraph. */
export const BLOCK_TAGS = new Set(
  'p div section article main h1 h2 h3 h4 h5 h6 li ul ol dl dt dd blockquote pre table thead tbody tfoot tr figure figcaption header footer aside nav center address hr br form fieldset details summary'.split(
    ' ',
  ),
);

/** Split a class/id/label value into lower-case word tokens ("article-body" → article, body). */
export function attrTokens(el: Element): string[] {
  const a = el.attribs;
  const raw = `${a.class ?? ''} ${a.id ?? ''} ${a.role ?? ''} ${a['aria-label'] ?? ''} ${a.itemprop ?? ''}`;
  if (raw.length < 5) return [];
  return raw
    .replace(/([a-z])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9\u0600-\u06ff]+/)
    .filter(Boolean);
}

/** True when one of `tokens` is in `set`, or starts with a long (≥5 letters) member of it. */
export function hasToken(tokens: string[], set: Set<string>): boolean {
  for (const t of tokens) {
    if (set.has(t)) return true;
    for (let n = 5; n < t.length; n++) if (set.has(t.slice(0, n))) return true;
  }
  return false;
}

/** Text statistics of one element's subtree. */
export interface Stats {
  chars: number;
  linkChars: number;
  commas: number;
  arabic: number;
  letters: number;
  paragraphs: number;
}

const COMMA = /[,،;؛]/g;

/** Count letters (Arabic and all) of a string. */
function countLetters(text: string): { arabic: number; letters: number } {
  let arabic = 0;
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 0x0621 && c <= 0x064a) {
      arabic++;
      letters++;
    } else if ((c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) || c >= 0xc0) letters++;
  }
  return { arabic, letters };
}

/** Statistics of every element under `root`, computed in one post-order pass. */
export function computeStats(root: AnyNode): Map<Element, Stats> {
  const stats = new Map<Element, Stats>();
  const visit = (node: AnyNode, inLink: boolean): Stats => {
    const s: Stats = { chars: 0, linkChars: 0, commas: 0, arabic: 0, letters: 0, paragraphs: 0 };
    if (node.type === 'text') {
      const t = (node as unknown as { data: string }).data;
      const trimmed = t.trim();
      if (!trimmed) return s;
      s.chars = trimmed.length;
      if (inLink) s.linkChars = s.chars;
      s.commas = trimmed.match(COMMA)?.length ?? 0;
      const l = countLetters(trimmed);
      s.arabic = l.arabic;
      s.letters = l.letters;
      return s;
    }
    const isRoot = node.type === 'root';
    if (!isRoot && (!isElement(node) || node.type !== 'tag')) return s;
    const el = node as Element;
    const link = inLink || el.name === 'a';
    for (const child of el.children) {
      const c = visit(child, link);
      s.chars += c.chars;
      s.linkChars += c.linkChars;
      s.commas += c.commas;
      s.arabic += c.arabic;
      s.letters += c.letters;
      s.paragraphs += c.paragraphs;
    }
    if (el.name === 'p') s.paragraphs++;
    stats.set(el, s);
    return s;
  };
  visit(root, false);
  return stats;
}

/** A paragraph of text with how much of it was link text. */
export interface Para {
  text: string;
  linkChars: number;
  /** The block tag that held it ("p", "h2", "li", "div" ...). */
  tag: string;
}

/** Options for turning a subtree into paragraphs. */
export interface ParaOptions {
  /** Return false to leave an element (and its subtree) out. */
  keep?: (el: Element) => boolean;
}

/**
 * The paragraphs under `root`: inline text is joined, block boundaries and <br> break it, and
 * whitespace is collapsed the way a browser renders it.
 */
export function paragraphs(root: AnyNode, options: ParaOptions = {}): Para[] {
  const out: Para[] = [];
  let buf = '';
  let links = 0;
  let tag = 'div';
  const flush = () => {
    const text = buf.replace(/\s+/g, ' ').trim();
    if (text) out.push({ text, linkChars: Math.min(links, text.length), tag });
    buf = '';
    links = 0;
  };
  const walk = (node: AnyNode, inLink: boolean, blockTag: string) => {
    if (node.type === 'text') {
      const t = (node as unknown as { data: string }).data;
      if (!buf) tag = blockTag;
      buf += t;
      if (inLink) links += t.trim().length;
      return;
    }
    if (node.type === 'root') {
      for (const child of (node as Document).children) walk(child, inLink, blockTag);
      return;
    }
    if (!isElement(node) || node.type !== 'tag') return;
    // The root was chosen by the caller: only what lies inside it is filtered.
    if (options.keep && node !== root && !options.keep(node)) return;
    const block = BLOCK_TAGS.has(node.name);
    if (block) flush();
    const link = inLink || node.name === 'a';
    const bt = block ? node.name : blockTag;
    for (const child of node.children) walk(child, link, bt);
    if (block) flush();
    else if (node.name === 'img' || node.name === 'td' || node.name === 'th') buf += ' ';
  };
  walk(root, false, 'div');
  flush();
  return out;
}

/** All elements under `root` (pre-order) with the given tag names. */
export function findAll(root: AnyNode, names: Set<string>, out: Element[] = []): Element[] {
  if (isElement(root)) {
    if (names.has(root.name)) out.push(root);
    for (const c of root.children) findAll(c, names, out);
  } else if (root.type === 'root') {
    for (const c of (root as Document).children) findAll(c, names, out);
  }
  return out;
}

/** Plain text of a subtree with collapsed whitespace. */
export function textOf(node: AnyNode): string {
  return paragraphs(node)
    .map((p) => p.text)
    .join(' ');
}

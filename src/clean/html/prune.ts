/**
 * Pruning before scoring: scripts, navigation, hidden blocks and blocks whose class, id or label
 * says they are never article text (comments, share bars, related lists ...) are taken out of
 * the tree; captions and widgets worth reporting are kept aside as `removed` items.
 */
import type { Removed, RemovedKind } from '../../doc/types.ts';
import { cleanData } from '../data.ts';
import { type AnyNode, attrTokens, type Document, type Element, hasToken, isElement, textOf } from './dom.ts';

const ALWAYS = new Set(
  'script style noscript template svg iframe object embed canvas button select input textarea nav aside footer link meta head title'.split(
    ' ',
  ),
);
const CAPTION_TAGS = new Set(['figcaption', 'figure', 'picture']);
/** Wrappers that are never dropped for a token in their class (the whole page may say "comments"). */
const KEEP_WRAPPERS = new Set(['html', 'body', 'main', 'article']);
const MAX_REMOVED = 40;

function isHidden(el: Element): boolean {
  const a = el.attribs;
  if (a.hidden !== undefined || a['aria-hidden'] === 'true') return true;
  const style = a.style;
  return !!style && /display\s*:\s*none|visibility\s*:\s*hidden/i.test(style);
}

/** The removal kind a class/id token list suggests. */
function kindOfTokens(tokens: string[]): RemovedKind {
  const t = tokens.join(' ');
  if (/comment|disqus|تعليق/.test(t)) return 'comments';
  if (/share|sharing|social|شارك/.test(t)) return 'share';
  if (/related|outbrain|taboola|اقرأ/.test(t)) return 'related';
  if (/breadcrumb|nav|menu/.test(t)) return 'navigation';
  if (/caption|credit/.test(t)) return 'caption';
  if (/subscribe|newsletter|promo|sponsor|ad/.test(t)) return 'promo';
  return 'other';
}

/** A block holding this share of the page's text is a wrapper, whatever its class says. */
const WRAPPER_SHARE = 0.4;

/** Characters of text under a node (scripts and styles excluded). */
export function textLength(node: AnyNode): number {
  if (node.type === 'text') return (node as unknown as { data: string }).data.trim().length;
  if (node.type !== 'tag' && node.type !== 'root') return 0;
  let n = 0;
  for (const c of (node as Element).children) n += textLength(c);
  return n;
}

/**
 * Remove boilerplate subtrees from `doc` in place; returns what was set aside. A block holding
 * much of the page's text is a wrapper and stays, whatever its class says.
 */
export function prune(doc: Document): Removed[] {
  const pageChars = textLength(doc);
  const { classTokens } = cleanData();
  const removed: Removed[] = [];
  const note = (el: Element, kind: RemovedKind, reason: string) => {
    if (removed.length >= MAX_REMOVED || kind === 'other') return;
    const text = textOf(el);
    if (text) removed.push({ text: text.slice(0, 500), kind, reason });
  };
  const keepNode = (node: AnyNode): boolean => {
    if (node.type === 'comment' || node.type === 'directive' || node.type === 'cdata') return false;
    if (!isElement(node)) return true;
    const el = node;
    if (ALWAYS.has(el.name) || el.type !== 'tag') return false;
    if (isHidden(el)) return false;
    if (CAPTION_TAGS.has(el.name)) {
      note(el, 'caption', `<${el.name}>`);
      return false;
    }
    if (!KEEP_WRAPPERS.has(el.name)) {
      const tokens = attrTokens(el);
      const boilerplate = tokens.length > 0 && hasToken(tokens, classTokens.drop);
      const captionClass = tokens.length > 0 && /\b(caption|credit)/.test(tokens.join(' '));
      // Measured only for the few blocks a token condemns: the text length walk is not free.
      const wrapper = (boilerplate || captionClass) && textLength(el) > WRAPPER_SHARE * pageChars;
      if (boilerplate && !wrapper) {
        note(el, kindOfTokens(tokens), `class "${tokens.join(' ')}"`);
        return false;
      }
      if (captionClass && !wrapper) {
        note(el, 'caption', `class "${tokens.join(' ')}"`);
        return false;
      }
    }
    return true;
  };
  const walk = (parent: { children: AnyNode[] }) => {
    parent.children = parent.children.filter(keepNode);
    for (const child of parent.children) if (isElement(child)) walk(child);
  };
  walk(doc);
  return removed;
}

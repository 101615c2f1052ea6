/**
 * Hostile articles for the XSS suite: script tags, event attributes, `javascript:` links, SVG,
 * iframes, style tricks, breakouts from textarea/title/attributes, and bidi override characters
 * in titles. Every payload, if it ever ran, would set `window.__pwned` to its name or call
 * alert() with it. Written as JSONL records (markup as text) and as HTML pages (real markup in
 * the body, escaped markup in the title and paragraphs).
 */
import { synthArticle } from './synth.ts';

/** `RUN` in a template becomes the payload's code. */
const TEMPLATES: Array<[string, string]> = [
  ['script', '<script>RUN</script>'],
  ['script-src', '<script src="data:text/javascript,RUN"></script>'],
  ['img-onerror', '<img src=x onerror="RUN">'],
  ['img-onerror-unquoted', '<img src=x onerror=RUN//>'],
  ['body-onload', '<body onload="RUN">'],
  ['svg-onload', '<svg onload="RUN"></svg>'],
  ['svg-script', '<svg><script>RUN</script></svg>'],
  ['svg-animate', '<svg><animate onbegin="RUN" attributeName="x" dur="1s"/></svg>'],
  ['svg-xlink', '<svg><a xlink:href="javascript:RUN"><text x="0" y="20">اضغط</text></a></svg>'],
  ['div-onmouseover', '<div onmouseover="RUN" style="position:fixed;inset:0">مرر هنا</div>'],
  ['input-autofocus', '<input autofocus onfocus="RUN">'],
  ['details-ontoggle', '<details open ontoggle="RUN"><summary>x</summary></details>'],
  ['video-source', '<video><source onerror="RUN"></video>'],
  ['js-link', '<a href="javascript:RUN">رابط</a>'],
  ['js-link-entity', '<a href="&#106;avascript:RUN">رابط</a>'],
  ['js-link-spaces', '<a href=" \tjavascript:RUN">رابط</a>'],
  ['iframe-js', '<iframe src="javascript:parent.RUN"></iframe>'],
  ['iframe-srcdoc', '<iframe srcdoc="<script>parent.RUN</script>"></iframe>'],
  ['object-data', '<object data="javascript:RUN"></object>'],
  ['embed-src', '<embed src="javascript:RUN">'],
  ['meta-refresh', '<meta http-equiv="refresh" content="0;url=javascript:RUN">'],
  ['style-expression', '<div style="width: expression(RUN)">x</div>'],
  ['style-url', '<div style="background:url(javascript:RUN)">x</div>'],
  ['style-import', '<style>@import "javascript:RUN";</style>'],
  ['textarea-breakout', '</textarea><script>RUN</script>'],
  ['title-breakout', '</title><script>RUN</script>'],
  ['attr-breakout', '"><img src=x onerror="RUN">'],
  ['attr-breakout-single', "'><svg onload='RUN'>"],
  ['noscript-mxss', '<noscript><p title="</noscript><img src=x onerror=RUN>">'],
  [
    'math-mxss',
    '<math><mtext><table><mglyph><style><img src=x onerror="RUN"></style></mglyph></table></mtext></math>',
  ],
  ['form-action', '<form action="javascript:RUN"><button>أرسل</button></form>'],
  ['base-href', '<base href="javascript:RUN//">'],
  // A template-literal injection: the dollar-brace text itself is the payload.
  // biome-ignore lint/suspicious/noTemplateCurlyInString: the payload is this literal text
  ['template-literal', '${RUN}'],
  ['angular-template', "{{constructor.constructor('RUN')()}}"],
];

export interface Payload {
  name: string;
  /** The markup with its code filled in. */
  markup: string;
}

/** The payloads; half set the global, half call alert(). */
export const PAYLOADS: Payload[] = TEMPLATES.map(([name, t], i) => ({
  name,
  markup: t.replaceAll('RUN', i % 2 ? `alert('${name}')` : `window.__pwned='${name}'`),
}));

const RLO = '\u202E';
const PDF = '\u202C';
const RLI = '\u2067';
const PDI = '\u2069';
const LRO = '\u202D';

/** A word every hostile article holds, to find them all with one search. */
export const HOSTILE_WORD = 'اختراق';

/** The person named in every hostile article (an entity whose page shows them). */
export const HOSTILE_PERSON = 'سامي الخوري';

/** Title of hostile article `k` (both formats): bidi controls around words, and the payload. */
export function hostileTitle(k: number, p: Payload): string {
  const bidi = [`${RLO}تقرير خاص${PDF}`, `${RLI}عاجل${PDI}`, `${LRO}خبر ${k}${PDF}`][k % 3];
  return `${bidi} ${HOSTILE_WORD} رقم ${k} ${p.markup}`;
}

/** The visible form of a title: bidi embedding/override/isolate controls dropped, rest as text. */
export function shownText(s: string): string {
  return s.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');
}

function paragraphs(k: number): string[] {
  const a = synthArticle(200_000 + k);
  const [, ...rest] = a.text.split('\n\n');
  return [
    `${rest[0]} وهذه محاولة ${HOSTILE_WORD} رقم ${k}.`,
    `وقال الوزير ${HOSTILE_PERSON} في بيان إن ${RLO}الأمور تسير كما خطط لها${PDF} وإن العمل مستمر.`,
    ...rest.slice(1),
  ];
}

/** Hostile article `k` as a JSONL record: the markup is text in the title and the body. */
export function hostileRecord(k: number, p: Payload): Record<string, string> {
  const paras = paragraphs(k);
  paras.splice(1, 0, p.markup);
  return {
    id: `xss-j${k}`,
    title: hostileTitle(k, p),
    text: paras.join('\n\n'),
    outlet: k % 2 ? `وكالة <b onmouseover="${p.markup.replace(/"/g, "'")}">` : 'وكالة الاختبار',
    url: k % 3 ? `javascript:window.__pwned='url-${p.name}'` : `https://example.org/x/${k}`,
    published: `2025-06-${String((k % 28) + 1).padStart(2, '0')}`,
  };
}

const escapeHtml = (s: string) => s.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');

/** Hostile article `k` as an HTML page: live markup in the body, escaped markup as text. */
export function hostilePage(k: number, p: Payload): string {
  const paras = paragraphs(k);
  return [
    '<!doctype html>',
    `<html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>${escapeHtml(hostileTitle(k, p))}</title>`,
    `<meta property="og:title" content="${escapeHtml(hostileTitle(k, p)).replace(/"/g, '&quot;')}">${p.markup}</head>`,
    `<body><article><h1>${escapeHtml(hostileTitle(k, p))}</h1>`,
    `<p>${paras[0]}</p>`,
    p.markup,
    `<p>${escapeHtml(p.markup)}</p>`,
    ...paras.slice(1).map((x) => `<p>${x}</p>`),
    '</article></body></html>',
  ].join('\n');
}

/**
 * A hostile article for the browser tests: markup, event handlers, javascript: links and bidi
 * override characters in its title and body. Each payload sets `window.__rasdPwned` if it ever
 * runs; the page must show all of it as text.
 */

import { spanOf } from '../../src/apps/server/fixtures.ts';
import type { Article, Corpus } from '../../src/doc/types.ts';
import { createArticle } from '../../src/pipeline/run.ts';

const RLO = '\u202E';
const PDF = '\u202C';

/** The title as stored: an override that would reverse what follows it, and markup. */
export const HOSTILE_TITLE = `${RLO}تقرير خاص${PDF} <img src=x onerror="window.__rasdPwned='title'"> عن الأمن`;
/** The title as the page must show it: the same text without the bidi controls. */
export const HOSTILE_TITLE_SHOWN = HOSTILE_TITLE.replace(/[\u202A-\u202E\u2066-\u2069]/g, '');

export const HOSTILE_BODY = [
  'أعلنت الشرطة في المدينة بدء حملة أمنية واسعة.',
  `<script>window.__rasdPwned='script'</script>`,
  `<img src="x" onerror="window.__rasdPwned='img'; alert('img')">`,
  `<a href="javascript:window.__rasdPwned='link'">اضغط هنا</a>`,
  `<svg onload="window.__rasdPwned='svg'"></svg>`,
  `وقال متحدث باسم الشرطة ${RLO}إن الحملة ستستمر أسبوعا${PDF} كاملا.`,
].join('\n\n');

/** The hostile article, in its own story, added to `corpus`. */
export function withHostile(corpus: Corpus): Corpus {
  const a: Article = createArticle({
    source: "javascript:window.__rasdPwned='source'",
    url: "javascript:window.__rasdPwned='url'",
    format: 'text',
    text: HOSTILE_BODY,
    id: 'a-hostile',
  });
  Object.assign(a, {
    title: HOSTILE_TITLE,
    outlet: 'وكالة <b>تجريبية</b>',
    published: '2025-01-05',
    body: HOSTILE_BODY,
  });
  a.storyId = 's-hostile';
  a.duplicateOf = null;
  a.mentions = [{ ...spanOf(HOSTILE_BODY, 'الشرطة'), text: 'الشرطة', type: 'ORG' }];
  a.quotes = [
    {
      ...spanOf(HOSTILE_BODY, `${RLO}إن الحملة ستستمر أسبوعا${PDF}`),
      text: `${RLO}إن الحملة ستستمر أسبوعا${PDF}`,
      kind: 'indirect',
      speaker: 'متحدث',
    },
  ];
  const script = spanOf(HOSTILE_BODY, `<script>window.__rasdPwned='script'</script>`);
  corpus.articles.push(a);
  corpus.stories.push({
    id: 's-hostile',
    threadId: 't-hostile',
    documents: [a.id],
    title: HOSTILE_TITLE,
    summary: [
      {
        text: `<img src=x onerror="window.__rasdPwned='summary'">`,
        sources: [{ document: a.id, ...script }],
      },
    ],
  });
  corpus.threads.push({ id: 't-hostile', stories: ['s-hostile'], title: HOSTILE_TITLE });
  return corpus;
}

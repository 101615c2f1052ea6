/**
 * The clean stage end to end: the five seed articles (read from ../shared/seeds at test time,
 * never copied) checked by properties, and inputs of every format.
 */
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { sharedPath } from '../util/paths.ts';
import { cleanRaw, learnTemplates, useTemplates } from './index.ts';
import { agenciesIn } from './lines/features.ts';

const seedsDir = sharedPath('seeds');
const seeds = seedsDir && existsSync(seedsDir) ? readdirSync(seedsDir).filter((f) => f.endsWith('.txt')) : [];
if (!seeds.length) console.warn('clean: ../shared/seeds absent, seed property tests skipped');

const words = (s: string) => s.split(/\s+/).filter(Boolean).length;
const endsSentence = (s: string) => /[.!؟?…]["'»”)]*$/u.test(s.trim());

describe.skipIf(!seeds.length)('seeds', () => {
  it.each(seeds)('%s: no sentence lost, no noise left', (name) => {
    const text = readFileSync(join(seedsDir as string, name), 'utf8');
    const lines = text
      .split('\n')
      .map((l) => l.trim())
      .filter(Boolean);
    const c = cleanRaw({ source: name, format: 'text', text });
    const body = c.body.split('\n\n');
    const removed = c.removed.map((r) => r.text);
    // Every line is accounted for: kept (perhaps minus an inline dateline) or listed as removed.
    for (const line of lines) {
      const kept = body.some((p) => line.endsWith(p));
      expect(kept || removed.includes(line), `line lost: ${line.slice(0, 40)}`).toBe(true);
    }
    // No long sentence of the article is removed.
    for (const line of lines.filter((l) => words(l) >= 15 && endsSentence(l))) {
      expect(
        body.some((p) => line.endsWith(p)),
        `sentence removed: ${line.slice(0, 40)}`,
      ).toBe(true);
    }
    body.forEach((p, i) => {
      expect(
        /[A-Za-z]{3,}.*[A-Za-z]{3,}.*[A-Za-z]{3,}/.test(p) && !/[\u0621-\u064a]/.test(p),
        `latin caption: ${p.slice(0, 40)}`,
      ).toBe(false);
      expect(
        /\(([^()]+)\)\s*$/.test(p) &&
          agenciesIn(p.replace(/.*\(/, '')).length > 0 &&
          !endsSentence(p.replace(/\([^()]*\)\s*$/, '')),
      ).toBe(false);
      expect(p.startsWith('المصدر'), `source line kept: ${p}`).toBe(false);
      expect(/via reuters/i.test(p), `credit kept: ${p.slice(0, 40)}`).toBe(false);
      const next = body[i + 1];
      const headline = (s: string) => words(s) <= 20 && !/[.!…:]["'»”]?$/.test(s);
      expect(
        !!next && headline(p) && headline(next),
        `two headlines in a row: ${p.slice(0, 30)} / ${next?.slice(0, 30)}`,
      ).toBe(false);
    });
    expect(new Set(body).size).toBe(body.length);
    expect(endsSentence(body[body.length - 1]), 'the body ends with a sentence').toBe(true);
    const kinds = new Set(c.removed.map((r) => r.kind));
    expect([...kinds].every((k) => k !== ('body' as string))).toBe(true);
  });
});

describe('cleanRaw', () => {
  const P1 =
    'أعلنت البلدية اليوم عن افتتاح حديقة عامة جديدة في الحي الشرقي بمساحة عشرة هكتارات، تضم ملاعب للأطفال ومسارات للمشي.';
  const P2 =
    'وقال رئيس البلدية إن المشروع استغرق عامين، مضيفا أن الحديقة ستفتح أبوابها يوميا من السادسة صباحا حتى منتصف الليل.';
  it.each([
    [
      'JSONL text with given metadata',
      {
        source: 'x.jsonl#1',
        format: 'jsonl' as const,
        text: `${P1}\n${P2}`,
        title: 'حديقة جديدة',
        outlet: 'الغد',
        published: '2024-05-01',
      },
      {
        body: `${P1}\n\n${P2}`,
        title: 'حديقة جديدة',
        outlet: 'الغد',
        published: '2024-05-01',
        publishedFrom: 'input',
      },
    ],
    [
      'feed item fragment',
      {
        source: 'f.rss#1',
        format: 'feed-item' as const,
        html: `<p>${P1}</p><p>${P2}</p><p><a href="/x">اقرأ المزيد</a></p>`,
        url: 'https://www.alghad.com/2024/05/02/park',
      },
      {
        body: `${P1}\n\n${P2}`,
        outlet: 'الغد',
        published: '2024-05-02',
        publishedFrom: 'url',
        extractedBy: '04-all-paragraphs',
      },
    ],
    [
      'no date anywhere stays null',
      { source: 't.txt', format: 'text' as const, text: `حديقة جديدة في الحي الشرقي\n${P1}\n${P2}` },
      { body: `${P1}\n\n${P2}`, title: 'حديقة جديدة في الحي الشرقي', published: null },
    ],
  ])('%s', (_name, raw, expected) => {
    expect(cleanRaw(raw)).toMatchObject(expected);
  });
});

describe('outlet templates in the stage', () => {
  const S1 = 'وقال المتحدث باسم الوزارة إن العمل في المشروع سيبدأ خلال أسابيع بعد استكمال الإجراءات.';
  const S2 = 'وأضاف أن الكلفة الإجمالية تقدر بعشرات الملايين وستمول من الموازنة العامة للدولة.';
  const WIDGET = 'نشرتنا اليومية تصلك كل صباح مجانا';
  const article = (title: string, outlet: string) => `${title}\n${S1}\n${WIDGET}\n${S2}\nالمصدر: ${outlet}`;

  it('cleans an article the same whatever was cleaned before it', () => {
    const raw = (title: string) => ({
      source: `${title}.txt`,
      format: 'text' as const,
      text: article(title, 'صحيفة المدينة'),
    });
    const alone = cleanRaw(raw('خبر ثان عن المشروع نفسه'));
    cleanRaw(raw('خبر أول عن المشروع الجديد'));
    cleanRaw(raw('خبر ثالث عن كلفة المشروع'));
    expect(cleanRaw(raw('خبر ثان عن المشروع نفسه'))).toEqual(alone);
  });

  it('uses a registry learned over a batch', () => {
    useTemplates(
      learnTemplates([
        { outlet: 'الموقع', id: '1', text: `عنوان\n${WIDGET}` },
        { outlet: 'الموقع', id: '2', text: `عنوان آخر\n${WIDGET}` },
      ]),
    );
    const c = cleanRaw({
      source: 'c.jsonl#1',
      format: 'jsonl',
      outlet: 'الموقع',
      title: 'خبر',
      text: `${S1}\n${WIDGET}\n${S2}`,
    });
    expect(c.body).toBe(`${S1}\n\n${S2}`);
  });
});

describe('odd HTML never throws', () => {
  it.each([
    ['empty', ''],
    ['only a script', '<script>var a = "<p>x</p>";</script>'],
    ['unclosed tags', '<div><p>نص بلا إغلاق<div><span>آخر'],
    [
      'broken JSON-LD',
      '<script type="application/ld+json">{"@type": "NewsArticle", "articleBody": </script><p>نص</p>',
    ],
    ['nested tables', `${'<table><tr><td>'.repeat(50)}خلية${'</td></tr></table>'.repeat(50)}`],
    ['entities and comments', '<!-- x --><p>&amp; &lt;b&gt; &#1575;&#1604;</p><![CDATA[ y ]]>'],
    ['frameset', '<frameset><frame src="a.html"></frameset>'],
  ])('%s', (_name, html) => {
    const c = cleanRaw({ source: 'odd.html', format: 'html', html });
    expect(typeof c.body).toBe('string');
    expect(c.extractedBy).toBeTruthy();
  });
});

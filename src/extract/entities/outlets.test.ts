import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../text/index.ts';
import { findMentions } from './index.ts';

function found(body: string): string[] {
  return findMentions({ body, tokens: tokenize(body), sentences: splitSentences(body) }).map(
    (m) => `${m.type}:${m.text}`,
  );
}

describe('names a head, quotation marks or brackets introduce', () => {
  it.each([
    ['a newspaper in quotes', 'وذكرت جريدة "الصباح" أن اللجنة اجتمعت.', 'ORG:الصباح'],
    ['a radio station with its FM', 'وقال لإذاعة شمس إف إم إن الطريق مفتوح.', 'ORG:شمس إف إم'],
    ['a channel', 'وبثت قناة الحدث المقابلة كاملة.', 'ORG:الحدث'],
    ['an outlet after لـ', 'وقال مصدر لـ"النهار" إن الاتفاق قريب.', 'ORG:النهار'],
    ['a website only in quotes', 'وأوضح في حديث لموقع "زاوية" أن العمل مستمر.', 'ORG:زاوية'],
    ['a short name in brackets after an organisation', 'وأعلنت وزارة الصحة (الصحة) النتائج.', 'ORG:الصحة'],
  ])('%s', (_why, body, want) => expect(found(body)).toContain(want));

  it.each([
    ['a canal', 'عبرت السفينة قناة السويس أمس.'],
    ['an indictment', 'تضمنت صحيفة الاتهام عدة تهم.'],
    ['a site, unquoted', 'وصل فريق الإنقاذ إلى موقع الحادث.'],
  ])('leaves %s alone', (_why, body) => expect(found(body).filter((m) => m.startsWith('ORG'))).toEqual([]));

  it('does not read a quotation after an outlet as its short name', () =>
    expect(found('وقال مصدر لـ"شمس نيوز" إن "الاتفاق قريب".')).not.toContain('ORG:إن'));
});

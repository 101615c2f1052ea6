import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../text/index.ts';
import { findMentions } from './index.ts';

function mentionsOf(body: string) {
  return findMentions({ body, tokens: tokenize(body), sentences: splitSentences(body) });
}

describe('entities stage with the shipped model', () => {
  const body =
    'قال الرئيس الأمريكي جو بايدن إن الرئيس الروسي فلاديمير بوتين أخطأ. وأرسل بايدن رسالة لبوتين عبر وزارة الخارجية. وأكد حلف شمال الأطلسي أن الناتو موحد.';
  const ms = mentionsOf(body);
  it('every span is what it claims', () => {
    for (const m of ms) expect(body.slice(m.start, m.end)).toBe(m.text);
  });
  // [expected mention text, type]
  const want: [string, string][] = [
    ['جو بايدن', 'PER'],
    ['فلاديمير بوتين', 'PER'],
    ['بوتين', 'PER'], // from لبوتين: the particle stays out
    ['حلف شمال الأطلسي', 'ORG'],
    ['الناتو', 'ORG'],
  ];
  it.each(want)('finds %s (%s)', (text, type) =>
    expect(ms.some((m) => m.text === text && m.type === type)).toBe(true),
  );
  it('attaches the title to the person', () =>
    expect(ms.find((m) => m.text === 'جو بايدن')?.titles).toEqual(['الرئيس الأمريكي']));
  it('gives nothing for an empty body', () => expect(mentionsOf('')).toEqual([]));
});

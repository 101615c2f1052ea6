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

// علي (a given name) and على (a preposition) fold to one match form; the raw spelling and
// the tagger's chunk tell them apart when the article spells the preposition with ى.
describe('a given name that folds onto a function word', () => {
  const has = (body: string, text: string) =>
    mentionsOf(body).some((m) => m.text === text && m.type === 'PER');
  it.each([
    [
      'a first name before a surname',
      'وأعلن المهندس علي الشمري أن الأعمال بدأت على الطريق الجديد.',
      'علي الشمري',
    ],
    [
      'a first name with no title before it',
      'وقال علي حسن إن الطريق مغلق، وإن العمل جار على إصلاحه.',
      'علي حسن',
    ],
    ['the last word after بن', 'ورحب سالم بن علي بالقرار الذي صدر على عجل.', 'سالم بن علي'],
  ])('keeps علي: %s', (_why, body, text) => expect(has(body, text)).toBe(true));
  it('keeps cutting the preposition when the article spells it علي too', () => {
    const body = 'وجاء الرد علي كريم منصور سريعا. واتفق الطرفان علي الخطة.';
    expect(has(body, 'علي كريم منصور')).toBe(false);
  });
  it('keeps cutting a preposition spelled على', () =>
    expect(has('وأثنى الوزير على سمير خليل في كلمته.', 'سمير خليل')).toBe(true));
});

describe('persons next to organisations', () => {
  const found = (body: string) => mentionsOf(body).map((m) => `${m.type}:${m.text}`);
  it('splits a spokesman the tagger ran into the body he speaks for', () => {
    const ms = found('وقال المتحدث باسم منظمة التجارة العالمية نبيل الحلبي إن المفاوضات تستأنف غدا.');
    expect(ms).toContain('ORG:منظمة التجارة العالمية');
    expect(ms).toContain('PER:نبيل الحلبي');
  });
  it('keeps a given name the dictionary also knows at the head of a person', () =>
    expect(found('وقالت ليلى العبيدي إن الأسعار ارتفعت.')).toContain('PER:ليلى العبيدي'));
  it('reads a given name and a dictionary word after a title as a person', () =>
    expect(found('وتنظر المحكمة في طعن رجل الأعمال نبيل منصور غدا.')).toContain('PER:نبيل منصور'));
});

describe('lists of places', () => {
  const found = (body: string) => mentionsOf(body).map((m) => `${m.type}:${m.text}`);
  it('types a name between two places as a place', () =>
    expect(found('وامتدت العاصفة إلى محافظات الأنبار وصلاح الدين وكربلاء.')).toContain('LOC:صلاح الدين'));
  it('leaves a person among persons alone', () =>
    expect(found('واستقبل الرئيس صلاح الدين ووليد المصري.')).not.toContain('LOC:صلاح الدين'));
});

describe('institutions', () => {
  const found = (body: string) => mentionsOf(body).map((m) => `${m.type}:${m.text}`);
  it.each([
    ['a group named by its head', 'وأعلنت جماعة الحوثي مسؤوليتها عن الهجوم.', 'ORG:جماعة الحوثي'],
    [
      'a place and a genitive after the head',
      'وذكرت هيئة دبي للطيران المدني أن الحركة زادت.',
      'ORG:هيئة دبي للطيران المدني',
    ],
    [
      'a coordinated word that ends a party name',
      'وفاز حزب العدالة والتنمية بالانتخابات.',
      'ORG:حزب العدالة والتنمية',
    ],
  ])('%s', (_why, body, want) => expect(found(body)).toContain(want));
  it('leaves a second body with its own adjective out of the first', () =>
    expect(found('وقال حزب الله والجيش اللبناني إن الهدوء عاد.')).not.toContain('ORG:حزب الله والجيش'));
});

describe('compound names', () => {
  const found = (body: string) => mentionsOf(body).map((m) => `${m.type}:${m.text}`);
  it('keeps أبو before a name and the word after عبد', () => {
    expect(found('وقال أبو عبيدة في كلمة مسجلة إن المفاوضات متوقفة.')).toContain('PER:أبو عبيدة');
    expect(found('ووقع عن الجانب المغربي وزير الداخلية عبد الوافي لفتيت.')).toContain('PER:عبد الوافي');
  });
  it('keeps a nisba family name after a full name', () =>
    expect(found('وقال رئيس الوزراء محمد شياع السوداني إن الموازنة جاهزة.')).toContain(
      'PER:محمد شياع السوداني',
    ));
});

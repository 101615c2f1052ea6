import { describe, expect, it } from 'vitest';
import { splitSentences, tokenize } from '../../text/index.ts';
import { findMentions } from './index.ts';

function found(body: string): string[] {
  return findMentions({ body, tokens: tokenize(body), sentences: splitSentences(body) }).map(
    (m) => `${m.type}:${m.text}`,
  );
}

describe('places named after a person, a town or a number', () => {
  it.each([
    ['a street named after a person', 'أغلقت السلطات شارع عبد الله غوشة أمس.', 'LOC:شارع عبد الله غوشة'],
    ['a title between head and person', 'ازدحم طريق الملك فهد صباحا.', 'LOC:طريق الملك فهد'],
    ['a prison named after a town', 'نقل المتهم إلى سجن برج العرب.', 'LOC:سجن برج العرب'],
    [
      'an airport with its adjective',
      'هبطت الطائرة في مطار الملك خالد الدولي.',
      'LOC:مطار الملك خالد الدولي',
    ],
    ['an ordinal', 'وقع الحادث قرب الدوار السابع في المدينة.', 'LOC:الدوار السابع'],
    ['a university, an organisation', 'تخرج في جامعة الملك سعود قبل عامين.', 'ORG:جامعة الملك سعود'],
  ])('%s', (_why, body, want) => expect(found(body)).toContain(want));

  it('leaves "by way of" alone', () =>
    expect(found('وصلت المساعدات عن طريق الأمم المتحدة.')).toEqual(['ORG:الأمم المتحدة']));
});

describe('places from the list', () => {
  it.each([
    ['a place the tagger does not know', 'وأكد المتحدث أن أربيل أوفت بالتزاماتها.', 'LOC:أربيل'],
    ['a common word after a preposition', 'وتمتد الرحلة من جدة عبر الطائف.', 'LOC:الطائف'],
    ['a common word after a region word', 'ونفذت الفرق عمليات في محافظتي ظفار والوسطى.', 'LOC:الوسطى'],
    ['a place behind و the splitter keeps', 'وتضررت المدارس في كركوك وحلبجة.', 'LOC:حلبجة'],
    ['the longest listed rest behind particles', 'ووصلت الشحنة إلى عدن ولحج.', 'LOC:لحج'],
    ['a listed place whole, not a particle and another place', 'وتوجهت القافلة نحو كسلا.', 'LOC:كسلا'],
  ])('finds %s', (_why, body, want) => expect(found(body)).toContain(want));

  it.each([
    ['a common word with no place cue', 'ويحمل الطائف المتشدد أفكارا قديمة.'],
    ['a word spelled with another hamza', 'وجاء ذلك في إطار التعاون بين البلدين.'],
    ['a particle and a stop word', 'ولن تقبل الوزارة بأي قرض جديد.'],
  ])('leaves out %s', (_why, body) => expect(found(body).filter((m) => m.startsWith('LOC'))).toEqual([]));
});

describe('listed names of two words or more', () => {
  it('win over a shorter mention inside them', () => {
    const got = found('وقالت منظمة أطباء بلا حدود إن فرقها وصلت إلى إقليم كردستان.');
    expect(got).toContain('ORG:منظمة أطباء بلا حدود');
    expect(got).toContain('LOC:إقليم كردستان');
    expect(got).not.toContain('LOC:كردستان');
  });
});

describe('facilities and natural features', () => {
  it.each([
    [
      'a hospital named by a definite word, with its adjective',
      'ونقل الجرحى إلى مستشفى الرحمة العام.',
      'LOC:مستشفى الرحمة العام',
    ],
    ['a port with its own adjective', 'واستأنف ميناء الزويتينة النفطي عمله.', 'LOC:ميناء الزويتينة النفطي'],
    ['a port without the nationality after it', 'ورست السفينة في ميناء حيفا الإسرائيلي.', 'LOC:ميناء حيفا'],
    ['a river', 'وارتفع منسوب نهر الفرات هذا الشهر.', 'LOC:نهر الفرات'],
  ])('finds %s', (_why, body, want) => expect(found(body)).toContain(want));

  it('leaves out a generic word after the head', () => {
    expect(found('وهبطت الطائرة في مطار العاصمة مساء.').filter((m) => m.startsWith('LOC'))).toEqual([]);
  });
});

describe('names after a place word', () => {
  it('are places, with the place word joined to a preposition', () => {
    expect(found('وتحدث الرئيس للصحفيين بولاية ميشيغان أمس.')).toContain('LOC:ميشيغان');
    expect(found('وافتتح الوزير مدرسة بمحافظة ظفار.')).toContain('LOC:ظفار');
  });
  it('lists platforms as MISC, not people', () => {
    expect(found('وكتب الوزير على “تويتر” أن الاتفاق قريب.')).toContain('MISC:تويتر');
  });
});

describe('a person the tagger ran into a listed organisation', () => {
  it('gives the organisation its name and keeps the person after it, with the family name', () => {
    const got = found('وكان الأمين العام لحلف الناتو مارك روته قد دعا إلى الهدوء.');
    expect(got).toContain('ORG:حلف الناتو');
    expect(got).toContain('PER:مارك روته');
    expect(got).not.toContain('PER:حلف الناتو مارك');
  });
});

import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/index.ts';
import {
  canBeFamilyName,
  isGivenName,
  personInside,
  tagGivenNames,
  tagTitledNames,
  withApposition,
  withFamilyName,
  withGivenName,
  withTitledName,
} from './given.ts';

describe('a given name before a person chunk', () => {
  it('joins the person when it is a common given name', () => {
    const tokens = tokenize('وقال نبيل الخوري إن العمل مستمر');
    expect(withGivenName(tokens, 2, false)).toBe(1);
  });

  it('leaves out a common noun before the name, and a word another mention holds', () => {
    expect(withGivenName(tokenize('بعد عودة أردوغان من أنقرة'), 2, false)).toBe(2);
    expect(withGivenName(tokenize('وقال نبيل الخوري'), 2, true)).toBe(2);
    expect(withGivenName(tokenize('الخوري'), 0, false)).toBe(0);
    // The preposition على folds into علي when matching: its own spelling keeps it out.
    expect(withGivenName(tokenize('وأثنى على سمير'), 2, false)).toBe(2);
    expect(withGivenName(tokenize('وقالت ليلى حداد'), 2, false)).toBe(1);
  });
});

describe('a family name after a given name', () => {
  const heads = new Set(['الرييس', 'وزير']);
  const free = () => true;

  it('joins a lone given name when the next word cannot be anything but a name', () => {
    const tokens = tokenize('وصرح المدرب كريم زغلاوي للصحفيين');
    expect(withFamilyName(tokens, [2, 3], tokens.length, free, heads)).toBe(4);
    const linked = tokenize('وقال سامي أبو ردينة إن');
    expect(withFamilyName(linked, [1, 2], linked.length, free, heads)).toBe(4);
  });

  it('stops at stop words, dates, roles, participles, other chunks and full names', () => {
    for (const text of ['وقال نبيل إن', 'وقال نبيل الأربعاء', 'التقى نبيل الرئيس', 'وقال نبيل مضيفا']) {
      const tokens = tokenize(text);
      expect(withFamilyName(tokens, [1, 2], tokens.length, free, heads), text).toBe(2);
    }
    const tokens = tokenize('وقال نبيل زغلاوي');
    expect(withFamilyName(tokens, [1, 2], tokens.length, () => false, heads)).toBe(2);
    expect(withFamilyName(tokens, [1, 2], 2, free, heads)).toBe(2);
    const full = tokenize('يوسف بن علي عقب المباراة');
    expect(withFamilyName(full, [0, 3], full.length, free, heads)).toBe(3);
  });

  it('keeps a tagged family name the dictionary reads as a verb, not a stop word or a date', () => {
    const [given, family] = tokenize('خليل النمري');
    expect(isGivenName(given)).toBe(true);
    expect(canBeFamilyName(family, heads, true)).toBe(true);
    expect(canBeFamilyName(tokenize('الخميس')[0], heads, true)).toBe(false);
    expect(canBeFamilyName(tokenize('عن')[0], heads, true)).toBe(false);
  });
});

describe('a given name the tagger missed', () => {
  const heads = new Set(['الرييس']);

  it('becomes a person when the next word can only be a family name', () => {
    const tokens = tokenize('برئاسة المديرة سعاد فالديز، وبحث');
    const labels = tokens.map(() => 'O');
    tagGivenNames(tokens, 0, labels, heads);
    expect(labels.slice(2, 4)).toEqual(['B-PER', 'I-PER']);
  });

  it('stays untagged before a dictionary word, and leaves tagged words alone', () => {
    const plain = tokenize('وقال كريم إن الأمل كبير');
    const labels = plain.map(() => 'O');
    tagGivenNames(plain, 0, labels, heads);
    expect(labels.every((l) => l === 'O')).toBe(true);
    const tokens = tokenize('سعاد فالديز');
    const tagged = ['O', 'B-LOC'];
    tagGivenNames(tokens, 0, tagged, heads);
    expect(tagged).toEqual(['O', 'B-LOC']);
  });
});

describe('a person inside an organisation chunk', () => {
  const heads = new Set(['الملك', 'وزير']);
  it('starts after a definite word that closes the name', () => {
    const tokens = tokenize('منظمة التجارة العالمية نبيل الحلبي');
    expect(personInside(tokens, [0, 5], heads)).toBe(3);
  });
  it('is not found after a head that takes the person as its genitive, or after a title', () => {
    expect(personInside(tokenize('مؤسسة نبيل الحلبي'), [0, 3], heads)).toBe(-1);
    expect(personInside(tokenize('جامعة الملك سعود الأول'), [0, 4], heads)).toBe(-1);
  });
});

describe('a name set off by commas', () => {
  const none = () => false;
  const all = () => true;
  const heads = new Set<string>();
  const span = (text: string, chunk: [number, number], titled = none) => {
    const tokens = tokenize(text);
    const [from, to] = withApposition(tokens, chunk, [0, tokens.length], all, heads, titled);
    return tokens
      .slice(from, to)
      .map((t) => t.text)
      .join(' ');
  };
  it('takes the words the tagger left out at either end', () => {
    expect(span('وأوضح المتحدث باسم الهيئة، شادان كمال برزنجي، أن العمل بدأ', [6, 8])).toBe(
      'شادان كمال برزنجي',
    );
  });
  it('stops at a description or a verb before the name, and at a long segment', () => {
    expect(span('وقال المدرب، الإسباني خوان مارتينيز، إن الفريق جاهز', [4, 6])).toBe('خوان مارتينيز');
    expect(span('وزار الوزير، يرافقه سمير الحداد، المدينة', [4, 6])).toBe('سمير الحداد');
    expect(span('وقال، بعد أن انتهى الاجتماع مع سمير الحداد، إن', [7, 9])).toBe('سمير الحداد');
  });
});

describe('names behind a title or a link', () => {
  it('takes the word between a title and the person found after it', () => {
    const tokens = tokenize('وقال الطبيب شيرزاد كمال عمر إن');
    const titled = (i: number) => i === 2;
    expect(withTitledName(tokens, 3, () => true, new Set(), titled)).toBe(2);
    expect(
      withTitledName(
        tokens,
        3,
        () => true,
        new Set(),
        () => false,
      ),
    ).toBe(3);
  });
  it('takes a name link and the given name before it (ولد, بن)', () => {
    expect(withGivenName(tokenize('وقال محمد ولد الشيخ إن'), 3, false)).toBe(1);
    expect(withGivenName(tokenize('وتابع ولد الشيخ أن'), 2, false)).toBe(1);
  });
});

describe('a foreign name right after a title', () => {
  it('tags two or three words no dictionary knows as one person', () => {
    const tokens = tokenize('وقال الرئيس الكيني ويليام روتو إن');
    const labels = tokens.map(() => 'O');
    tagTitledNames(tokens, 0, labels, new Set(), (i) => i === 3);
    expect(labels.slice(3, 5)).toEqual(['B-PER', 'I-PER']);
  });
  it('leaves words without a title before them', () => {
    const tokens = tokenize('وقال ويليام روتو إن');
    const labels = tokens.map(() => 'O');
    tagTitledNames(tokens, 0, labels, new Set(), () => false);
    expect(labels.every((l) => l === 'O')).toBe(true);
  });
});

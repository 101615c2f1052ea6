/** Titles, outlets and source lines. */
import { describe, expect, it } from 'vitest';
import { isoDate, urlDate } from '../html/meta.ts';
import { outletFromUrl, parseSourceLine } from './outlet.ts';
import { stripSiteName } from './title.ts';

describe('stripSiteName', () => {
  it.each([
    ['افتتاح محطة تحلية جديدة | الجزيرة نت', ['الجزيرة نت'], 'افتتاح محطة تحلية جديدة'],
    ['الحكومة ترفع سعر شراء القمح - وكالة الأنباء السعودية', [], 'الحكومة ترفع سعر شراء القمح'],
    ['example.com - خبر عن المياه في المدن', [], 'خبر عن المياه في المدن'],
    ['عنوان بلا اسم موقع', [], 'عنوان بلا اسم موقع'],
  ])('%s', (title, sites, expected) => expect(stripSiteName(title, sites)).toBe(expected));
});

describe('outletFromUrl', () => {
  it.each([
    ['https://www.aljazeera.net/news/2024/1/1/x', 'الجزيرة'],
    ['https://gate.ahram.org.eg/News/1.aspx', 'الأهرام'],
    ['https://unknown.example/x', null],
    ['not a url', null],
  ])('%s', (url, expected) => expect(outletFromUrl(url)).toBe(expected));
});

describe('parseSourceLine', () => {
  it.each([
    ['المصدر : الجزيرة + وكالات', { outlet: 'الجزيرة', credits: [] }],
    ['المصدر: رويترز + الأناضول', { outlet: null, credits: ['رويترز', 'الأناضول'] }],
  ])('%s', (line, expected) => expect(parseSourceLine(line)).toEqual(expected));
});

describe('dates from metadata', () => {
  it.each([
    ['2024-03-10T09:30:00+03:00', '2024-03-10T06:30:00.000Z'],
    ['2024-3-5', '2024-03-05'],
    ['Tue, 04 Jan 2022 10:00:00 GMT', '2022-01-04T10:00:00.000Z'],
    ['الأحد', undefined],
  ])('isoDate %s', (v, expected) => expect(isoDate(v)).toBe(expected));
  it.each([
    ['https://x.test/news/2024/2/1/story', '2024-02-01'],
    ['https://x.test/2024-11-30-story', '2024-11-30'],
    ['https://x.test/story/12345', undefined],
  ])('urlDate %s', (v, expected) => expect(urlDate(v)).toBe(expected));
});

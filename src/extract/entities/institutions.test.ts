/** Institutions named by a head noun and its modifiers, on sentences written for these tests. */
import { describe, expect, it } from 'vitest';
import { processArticle } from '../../pipeline/run.ts';

function orgs(text: string): string[] {
  const a = processArticle({ source: 'test', format: 'text', text });
  return (a.mentions ?? []).filter((m) => m.type === 'ORG').map((m) => m.text);
}

describe('institutions', () => {
  it.each([
    ['a ministry', 'وأعلنت وزارة الصحة عن افتتاح مركز جديد للتطعيم.', ['وزارة الصحة']],
    [
      'a court and the prosecution',
      'وقضت محكمة النقض برفض الطعن الذي قدمته النيابة العامة.',
      ['محكمة النقض', 'النيابة العامة'],
    ],
    ['a joined particle', 'وصوت مجلس النواب بالأغلبية على القانون.', ['مجلس النواب']],
    ['a place ends the name', 'وقال مصرف لبنان إن الاحتياطي تراجع.', ['مصرف لبنان']],
    [
      'لل and وال inside the name',
      'وحذرت المديرية العامة للأرصاد الجوية من رياح قوية.',
      ['المديرية العامة للأرصاد الجوية'],
    ],
  ])('%s', (_name, text, expected) => {
    expect(orgs(text)).toEqual(expected);
  });

  it('leaves out a head alone and a head with ال it does not take', () => {
    expect(orgs('وقالت الوزارة المصرية إن الخطة جاهزة، ولم تعلق أي وزارة أخرى.')).toEqual([]);
  });
});

import { describe, expect, it } from 'vitest';
import type { Removed } from '../../doc/types.ts';
import { stampDate } from './stamp.ts';

const line = (text: string, kind: Removed['kind'] = 'other'): Removed => ({ text, kind, reason: 'test' });

describe('stampDate', () => {
  it('reads a removed line that is only a date, with weekday and time', () => {
    expect(stampDate([line('الأحد 9 مارس 2025 - 18:05')])).toBe('2025-03-09');
    expect(stampDate([line('الخميس 14 أغسطس 2025 10:30 ص')])).toBe('2025-08-14');
    expect(stampDate([line('نشر في: الاثنين 3 تشرين الثاني 2025')])).toBe('2025-11-03');
  });

  it('ignores captions and lines where the date is part of a sentence', () => {
    expect(stampDate([line('الوزير خلال زيارة إلى عمّان - 12 مايو 2024', 'caption')])).toBeNull();
    expect(stampDate([line('اجتماع الوزراء في 12 مايو 2024 بحضور السفراء')])).toBeNull();
  });

  it('reads the date part of a byline, taking the year the article writes', () => {
    expect(stampDate([line('وكالة الأنباء | الأربعاء 8 أكتوبر', 'byline')], [2025, 2024, 2025])).toBe(
      '2025-10-08',
    );
    expect(stampDate([line('وكالة الأنباء | الأربعاء 8 أكتوبر', 'byline')], [])).toBeNull();
    expect(stampDate([line('نشر في 22/01/2025 على الساعة 15:20')])).toBe('2025-01-22');
  });

  it('needs a full day, month and year', () => {
    expect(stampDate([line('مارس 2025')])).toBeNull();
    expect(stampDate([])).toBeNull();
  });
});

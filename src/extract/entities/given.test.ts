import { describe, expect, it } from 'vitest';
import { tokenize } from '../../text/index.ts';
import { withGivenName } from './given.ts';

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

/**
 * Publication-date inference on the seed articles (browser copies without metadata), read from
 * ../shared/seeds at test time. Checks that whatever is inferred is consistent with what the
 * text says: dates named with "هذا الشهر"/"الجاري" fall in the inferred month, dated past
 * events precede it, and "أمس/اليوم + weekday" names the right weekday.
 */
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { createArticle } from '../../pipeline/run.ts';
import { normalizeText } from '../../text/index.ts';
import { textStage } from '../../text/stage.ts';
import { sharedPath } from '../../util/paths.ts';
import { datesStage } from './index.ts';
import { readTable } from './table.ts';

const seeds = sharedPath('seeds');
const files = seeds ? readdirSync(seeds).filter((f) => f.endsWith('.txt')) : [];
const WEEKDAYS = new Map(readTable('weekdays.txt').map((r) => [r.key, Number(r.cols[1])]));

describe.skipIf(!seeds)(
  'publication date inferred from the seeds (skipped when ../shared/seeds is absent)',
  () => {
    const inferred: string[] = [];
    it.each(files)('%s: inferred date is consistent with the text', (file) => {
      const text = readFileSync(join(seeds as string, file), 'utf8');
      const a = createArticle({ source: file, format: 'text', text });
      a.body = text;
      textStage.run(a);
      datesStage.run(a);
      if (!a.published) return;
      inferred.push(file);
      expect(a.publishedFrom).toBe('text');
      expect(a.publishedConfidence).toBeGreaterThan(0);
      const pub = a.published;
      for (const d of a.dates ?? []) {
        const after = normalizeText(a.body.slice(d.end, d.end + 20), 'search');
        const expr = normalizeText(d.expression, 'search');
        if (
          d.precision === 'day' &&
          !d.relative &&
          (/^\s*[,،]?\s*هذا الشهر/.test(after) || /الجاري$/.test(expr))
        ) {
          expect(d.date.slice(0, 7), `${d.expression} is in the publication month`).toBe(pub.slice(0, 7));
        }
        const named = /^(?:امس|اليوم)\s+(\S+)$/.exec(expr);
        const wd = named ? WEEKDAYS.get(named[1]) : undefined;
        if (wd !== undefined) expect(new Date(d.date).getUTCDay(), d.expression).toBe(wd);
      }
    });
    it('infers a date for at least one seed', () => {
      expect(inferred.length).toBeGreaterThan(0);
    });
  },
);

import { openStore } from './index.ts';
import { storeContract } from './store.contract.ts';

storeContract('sqlite', () => openStore(':memory:'));

import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { afterAll, describe, expect, it } from 'vitest';
import { processArticle } from '../pipeline/run.ts';
import { searchTermsVersion } from './search-terms.ts';

describe('search index built by an older text core', () => {
  const dir = mkdtempSync(join(tmpdir(), 'rasd-reindex-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('is rebuilt on opening, so search finds what the old terms missed', async () => {
    const path = join(dir, 'old.db');
    const store = await openStore(path);
    await store.putArticle(
      processArticle({
        source: 'fixture:reindex',
        format: 'text',
        text: 'وصل وزير الخارجية الأوكراني إلى العاصمة الأردنية عمّان في زيارة رسمية تستمر يومين.',
      }),
    );
    await store.close();
    // What an older stemmer would have left behind: other terms, another version.
    const raw = new Database(path);
    raw.exec(
      "UPDATE articles_fts SET terms = 'xx yy'; UPDATE rasd_meta SET value = 'old' WHERE key = 'search_terms'",
    );
    raw.close();
    const reopened = await openStore(path);
    try {
      expect((await reopened.search('اوكرانيا')).length).toBeGreaterThan(0);
    } finally {
      await reopened.close();
    }
    const check = new Database(path, { readonly: true });
    expect(check.prepare("SELECT value FROM rasd_meta WHERE key = 'search_terms'").get()).toEqual({
      value: searchTermsVersion(),
    });
    check.close();
  });
});

/**
 * The store contract: one suite every Store implementation runs (SQLite here, PostgreSQL in
 * postgres.test.ts), so both behave the same.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Article, Corpus } from '../doc/types.ts';
import { processArticle } from '../pipeline/run.ts';
import type { Store } from './store.ts';

const TEXTS = [
  'وصل الرئيس الأوكراني زيلينسكي إلى العاصمة أوكرانيا لبحث الأزمة.\n\nوقال مسؤول إن المحادثات مستمرة.',
  'قال الرئيس زيلنسكي في اوكرانيا إن بلاده تريد السلام.\n\nوأضاف أن الحوار هو الطريق.',
  'افتتح معرض الكتاب في القاهرة بمشاركة واسعة من دور النشر العربية.',
];

function fixtures(): Article[] {
  return TEXTS.map((text, i) =>
    processArticle({
      source: `fixture-${i}.txt`,
      format: 'text',
      text,
      published: `2025-03-0${i + 1}`,
      outlet: `outlet-${i % 2}`,
      title: `عنوان ${i}`,
    }),
  );
}

function corpusOf(articles: Article[]): Corpus {
  articles[0].storyId = 's-ukraine';
  articles[1].storyId = 's-ukraine';
  articles[2].storyId = 's-books';
  articles[1].duplicateOf = null;
  return {
    articles,
    stories: [
      {
        id: 's-ukraine',
        threadId: 't-1',
        documents: [articles[0].id, articles[1].id],
        title: 'أوكرانيا',
        summary: [],
        aliases: ['s-old'],
      },
      { id: 's-books', threadId: 't-2', documents: [articles[2].id], title: 'الكتاب', summary: [] },
    ],
    threads: [
      { id: 't-1', stories: ['s-ukraine'], title: 'أوكرانيا' },
      { id: 't-2', stories: ['s-books'], title: 'الكتاب' },
    ],
    entities: [
      {
        id: 'e-zel',
        type: 'PER',
        name: 'زيلينسكي',
        variants: ['زيلينسكي', 'زيلنسكي'],
        mentions: [],
        why: ['same key'],
      },
    ],
    timeline: [
      {
        date: '2025-03-01',
        precision: 'day',
        text: 'وصل',
        storyId: 's-ukraine',
        evidence: [{ document: articles[0].id, start: 0, end: 3, expression: 'اليوم' }],
      },
    ],
    contradictions: [],
  };
}

/** Run the contract suite against a store factory (each call gives a fresh, empty store). */
export function storeContract(name: string, open: () => Promise<Store>, skip: string | false = false): void {
  describe.skipIf(!!skip)(`store contract: ${name}${skip ? ` (skipped: ${skip})` : ''}`, () => {
    let store: Store;
    let articles: Article[];
    beforeAll(async () => {
      store = await open();
      articles = fixtures();
    });
    afterAll(async () => store?.close());

    it('adds each article once, idempotent by content hash', async () => {
      for (const a of articles) expect(await store.putArticle(a)).toBe('added');
      for (const a of fixtures()) expect(await store.putArticle(a)).toBe('exists');
      expect(await store.countArticles()).toBe(3);
      expect(await store.hasContent(articles[0].contentHash)).toBe(true);
    });

    it('migrating twice changes nothing', async () => {
      await store.migrate();
      expect(await store.countArticles()).toBe(3);
    });

    it('round-trips an article with its spans', async () => {
      const got = await store.getArticle(articles[0].id);
      expect(got?.body).toBe(articles[0].body);
      expect(got?.removed).toEqual(articles[0].removed);
      expect(got?.sentences).toEqual(articles[0].sentences);
      expect((await store.listArticles()).map((a) => a.id).sort()).toEqual(articles.map((a) => a.id).sort());
    });

    it('leaves nothing half-written when an article fails', async () => {
      const bad = processArticle({
        source: 'bad.txt',
        format: 'text',
        text: 'نص آخر مختلف تماما عن البقية.',
      });
      bad.mentions = [{ start: 0, end: 2, text: null as unknown as string, type: 'PER' }];
      await expect(store.putArticle(bad)).rejects.toThrow();
      expect(await store.countArticles()).toBe(3);
      expect(await store.getArticle(bad.id)).toBeNull();
    });

    it('saves the corpus and reads stories, aliases, threads and entities', async () => {
      expect(await store.countArticles({ unassigned: true })).toBe(3);
      await store.saveCorpus(corpusOf(articles));
      expect(await store.countArticles({ unassigned: true })).toBe(0);
      const list = await store.listStories();
      expect(list.map((s) => s.id)).toEqual(['s-books', 's-ukraine']);
      expect(list[1]).toMatchObject({
        size: 2,
        first: '2025-03-01',
        last: '2025-03-02',
        outlets: ['outlet-0', 'outlet-1'],
      });
      expect((await store.listStories({ outlet: 'outlet-0', since: '2025-03-03' })).map((s) => s.id)).toEqual(
        ['s-books'],
      );
      const story = await store.getStory('s-old');
      expect(story?.id).toBe('s-ukraine');
      expect(story?.articles).toHaveLength(2);
      expect(story?.timeline).toHaveLength(1);
      expect((await store.getThread('t-1'))?.storyItems.map((s) => s.id)).toEqual(['s-ukraine']);
      expect((await store.getEntity('e-zel'))?.why).toEqual(['same key']);
      expect((await store.listEntities({ q: 'زلنسكي' })).map((e) => e.id)).toEqual(['e-zel']);
      const [summary] = await store.listEntitySummaries({ q: 'زلنسكي' });
      const full = await store.getEntity('e-zel');
      expect(summary).toEqual({ ...full, why: undefined, mentions: full?.mentions.length });
    });

    it('reads back what the corpus stages gave each article, and the prior results', async () => {
      const corpus = corpusOf(articles);
      const withMention = articles.find((a) => a.mentions?.length) as Article;
      (withMention.mentions ?? [])[0].entityId = 'e-zel';
      articles[2].published = '2025-03-04';
      articles[2].publishedFrom = 'batch';
      await store.saveCorpus(corpus);
      const got = await store.getArticle(withMention.id);
      expect(got?.mentions?.[0].entityId).toBe('e-zel');
      expect(got?.storyId).toBe(withMention.storyId);
      const listed = (await store.listArticles()).find((a) => a.id === articles[2].id);
      expect(listed).toMatchObject({ published: '2025-03-04', publishedFrom: 'batch', storyId: 's-books' });
      const prior = await store.priorResults();
      expect([...prior.events.keys()]).toEqual(['s-ukraine']);
      articles[2].published = '2025-03-03';
      articles[2].publishedFrom = 'input';
    });

    it('saving the corpus again replaces it', async () => {
      await store.saveCorpus(corpusOf(articles));
      expect(await store.listStories()).toHaveLength(2);
    });

    it('finds every spelling through Arabic-normalized search', async () => {
      const a = (await store.search('زيلنسكي')).map((h) => h.article).sort();
      const b = (await store.search('زيلينسكي')).map((h) => h.article).sort();
      expect(a).toEqual([articles[0].id, articles[1].id].sort());
      expect(b).toEqual(a);
      expect((await store.search('أوكرانيا')).length).toBe(2);
      expect(await store.search('   ')).toEqual([]);
    });
  });
}

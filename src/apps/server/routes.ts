/**
 * The read endpoints under /api: thin shells over the store (validate, call, shape).
 */
import { Hono } from 'hono';
import type { Store } from '../../store/store.ts';
import { ApiError } from './errors.ts';
import {
  emptyQuery,
  entitiesQuery,
  entityQuery,
  parseId,
  parseQuery,
  searchQuery,
  storiesQuery,
} from './params.ts';
import { articleView, entityView, storyView } from './views.ts';

function missing(kind: string, id: string, hint: string): never {
  throw new ApiError(404, 'not_found', `no ${kind} with id "${id}" (${hint})`);
}

/** GET /api/stories, /api/stories/:id, /api/threads(/:id), /api/entities(/:id), /api/articles/:id, /api/search. */
export function readRoutes(store: Store): Hono {
  const api = new Hono();

  api.get('/stories', async (c) => {
    const q = parseQuery(c, storiesQuery);
    const stories = await store.listStories(q);
    return c.json({ stories, limit: q.limit, offset: q.offset });
  });

  api.get('/stories/:id', async (c) => {
    parseQuery(c, emptyQuery);
    const id = parseId(c);
    const story = await store.getStory(id);
    return story ? c.json(storyView(story)) : missing('story', id, 'see /api/stories');
  });

  api.get('/threads', async (c) => {
    parseQuery(c, emptyQuery);
    return c.json({ threads: await store.listThreads() });
  });

  api.get('/threads/:id', async (c) => {
    parseQuery(c, emptyQuery);
    const id = parseId(c);
    const thread = await store.getThread(id);
    return thread ? c.json(thread) : missing('thread', id, 'see /api/threads');
  });

  api.get('/entities', async (c) => {
    const q = parseQuery(c, entitiesQuery);
    return c.json({ entities: await store.listEntitySummaries(q) });
  });

  api.get('/entities/:id', async (c) => {
    const q = parseQuery(c, entityQuery);
    const id = parseId(c);
    const entity = await store.getEntity(id);
    return entity ? c.json(entityView(entity, q.mentions)) : missing('entity', id, 'see /api/entities');
  });

  api.get('/articles/:id', async (c) => {
    parseQuery(c, emptyQuery);
    const id = parseId(c);
    const article = await store.getArticle(id);
    return article ? c.json(articleView(article)) : missing('article', id, 'search with /api/search?q=');
  });

  api.get('/search', async (c) => {
    const q = parseQuery(c, searchQuery);
    const [hits, entities] = await Promise.all([
      store.search(q.q, q.limit),
      store.listEntitySummaries({ q: q.q, limit: 10 }),
    ]);
    return c.json({ query: q.q, hits, entities });
  });

  return api;
}

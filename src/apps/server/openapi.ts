/**
 * The OpenAPI 3.1 description of the rasd HTTP API, served at /openapi.json. Written by hand
 * to match routes.ts, params.ts and ingest.ts (server.test.ts checks every path answers).
 */

type Schema = Record<string, unknown>;

const str: Schema = { type: 'string' };
const nullableStr: Schema = { type: ['string', 'null'] };
const int: Schema = { type: 'integer' };
const ref = (name: string): Schema => ({ $ref: `#/components/schemas/${name}` });
const arrayOf = (items: Schema): Schema => ({ type: 'array', items });
const obj = (properties: Record<string, Schema>, required: string[] = []): Schema => ({
  type: 'object',
  properties,
  required,
});

const span = { document: str, start: int, end: int };

const schemas: Record<string, Schema> = {
  Error: obj(
    { error: obj({ status: int, code: str, message: str, details: {} }, ['status', 'code', 'message']) },
    ['error'],
  ),
  SourceSpan: obj(span, ['document', 'start', 'end']),
  StoryListItem: obj(
    {
      id: str,
      title: str,
      threadId: str,
      size: int,
      outlets: arrayOf(str),
      first: nullableStr,
      last: nullableStr,
    },
    ['id', 'title', 'threadId', 'size', 'outlets'],
  ),
  SummarySentence: obj({ text: str, sources: arrayOf(ref('SourceSpan')) }, ['text', 'sources']),
  Story: obj(
    {
      id: str,
      threadId: str,
      title: str,
      aliases: arrayOf(str),
      summary: arrayOf(ref('SummarySentence')),
      outlets: arrayOf(obj({ outlet: str, unique: arrayOf(obj({ ...span, text: str })) })),
      articles: arrayOf(
        obj({
          id: str,
          title: nullableStr,
          outlet: nullableStr,
          published: nullableStr,
          duplicateOf: nullableStr,
          length: int,
        }),
      ),
      timeline: arrayOf(
        obj({
          date: str,
          precision: { enum: ['day', 'month', 'year'] },
          text: str,
          scheduled: { type: 'boolean' },
          evidence: arrayOf(obj({ ...span, expression: str })),
        }),
      ),
      entities: arrayOf(
        obj({ id: str, type: str, name: str, variants: arrayOf(str), titles: arrayOf(str), mentions: int }),
      ),
      quotes: arrayOf(
        obj({
          ...span,
          speaker: str,
          speakerEntity: nullableStr,
          text: str,
          kind: { enum: ['direct', 'indirect'] },
          outlet: nullableStr,
        }),
      ),
      contradictions: arrayOf(
        obj({ about: str, kind: str, claims: arrayOf(obj({ ...span, value: str, text: str })) }),
      ),
    },
    ['id', 'threadId', 'title', 'summary', 'articles', 'timeline', 'entities', 'quotes', 'contradictions'],
  ),
  Thread: obj({ id: str, title: str, stories: arrayOf(str) }, ['id', 'title', 'stories']),
  EntityRow: obj(
    { id: str, type: str, name: str, variants: arrayOf(str), titles: arrayOf(str), mentions: int },
    ['id', 'type', 'name', 'variants'],
  ),
  Entity: obj(
    {
      id: str,
      type: { enum: ['PER', 'ORG', 'LOC', 'MISC'] },
      name: str,
      variants: arrayOf(obj({ text: str, mentions: int })),
      titles: arrayOf(str),
      why: arrayOf(str),
      mentionCount: int,
      mentions: arrayOf(obj({ ...span, text: str })),
    },
    ['id', 'type', 'name', 'variants', 'mentions'],
  ),
  Article: obj(
    {
      id: str,
      title: nullableStr,
      outlet: nullableStr,
      published: nullableStr,
      dateline: nullableStr,
      credits: arrayOf(str),
      source: str,
      url: { ...nullableStr, description: 'http(s) only; other schemes are dropped' },
      storyId: nullableStr,
      duplicateOf: nullableStr,
      body: { type: 'string', description: 'the cleaned text; every span points into it (UTF-16 offsets)' },
      removed: arrayOf(obj({ kind: str, text: str })),
      spans: arrayOf(
        obj(
          { start: int, end: int, kind: { enum: ['mention', 'quote', 'date'] }, label: str, entityId: str },
          ['start', 'end', 'kind'],
        ),
      ),
    },
    ['id', 'body', 'spans'],
  ),
  SearchResult: obj(
    {
      query: str,
      hits: arrayOf(
        obj({ article: str, title: nullableStr, outlet: nullableStr, storyId: nullableStr, snippet: str }),
      ),
      entities: arrayOf(ref('EntityRow')),
    },
    ['query', 'hits', 'entities'],
  ),
  IngestArticle: {
    ...obj({ text: str, html: str, id: str, source: str, outlet: str, published: str, title: str, url: str }),
    description: 'one article; "text" or "html" is required',
  },
  IngestResult: obj(
    {
      added: int,
      existing: int,
      failed: int,
      items: arrayOf(
        obj({
          line: int,
          status: { enum: ['added', 'exists', 'failed'] },
          id: str,
          storyId: nullableStr,
          message: str,
        }),
      ),
    },
    ['added', 'existing', 'failed', 'items'],
  ),
};

const q = (name: string, schema: Schema, description: string, required = false) => ({
  name,
  in: 'query',
  required,
  description,
  schema,
});
const idPath = { name: 'id', in: 'path', required: true, schema: { type: 'string', maxLength: 300 } };
const json = (schema: Schema) => ({ content: { 'application/json': { schema } } });
const errors = {
  '400': { description: 'invalid input; the message names the parameter', ...json(ref('Error')) },
  '504': { description: 'the request ran past the time limit', ...json(ref('Error')) },
};
const get = (summary: string, schema: Schema, parameters: unknown[] = [], notFound = false) => ({
  get: {
    summary,
    parameters,
    responses: {
      '200': { description: 'OK', ...json(schema) },
      ...errors,
      ...(notFound ? { '404': { description: 'no such id', ...json(ref('Error')) } } : {}),
    },
  },
});
const limit = (max: number, dflt: number) =>
  q('limit', { type: 'integer', minimum: 1, maximum: max, default: dflt }, 'page size');

/** The OpenAPI 3.1 document. */
export function openApiDocument() {
  return {
    openapi: '3.1.0',
    info: {
      title: 'rasd (رصد) API',
      version: '1.0.0',
      description:
        'Arabic news intelligence: stories, threads, entities, cited summaries and search over the articles in one rasd database. All text offsets are UTF-16 [start, end) into an article body.',
      license: { name: 'MIT', identifier: 'MIT' },
    },
    servers: [{ url: '/' }],
    paths: {
      '/api/stories': get(
        'Stories, most recent first',
        obj({ stories: arrayOf(ref('StoryListItem')), limit: int, offset: int }),
        [
          q('since', { type: 'string', format: 'date' }, 'stories with an article on or after this ISO date'),
          q(
            'until',
            { type: 'string', format: 'date' },
            'stories with an article on or before this ISO date',
          ),
          q('outlet', str, 'stories an outlet reported'),
          q('entity', str, 'stories mentioning an entity id'),
          limit(200, 50),
          q('offset', { type: 'integer', minimum: 0, default: 0 }, 'rows to skip'),
        ],
      ),
      '/api/stories/{id}': get(
        'One story: summary with citations, timeline, entities, quotes, outlets, contradictions, articles',
        ref('Story'),
        [idPath],
        true,
      ),
      '/api/threads': get(
        'Threads (stories of one topic over time)',
        obj({ threads: arrayOf(ref('Thread')) }),
      ),
      '/api/threads/{id}': get(
        'One thread with its stories',
        { allOf: [ref('Thread'), obj({ storyItems: arrayOf(ref('StoryListItem')) })] },
        [idPath],
        true,
      ),
      '/api/entities': get('Entities', obj({ entities: arrayOf(ref('EntityRow')) }), [
        q('type', { enum: ['PER', 'ORG', 'LOC', 'MISC'] }, 'entity type'),
        q('q', str, 'name in any spelling'),
        limit(500, 100),
      ]),
      '/api/entities/{id}': get(
        'One entity with its spellings and mentions',
        ref('Entity'),
        [
          idPath,
          q(
            'mentions',
            { type: 'integer', minimum: 0, maximum: 5000, default: 200 },
            'most mentions to return',
          ),
        ],
        true,
      ),
      '/api/articles/{id}': get(
        'One article with its body and the spans to highlight',
        ref('Article'),
        [idPath],
        true,
      ),
      '/api/search': get(
        'Search articles and entities; a query in any spelling finds every spelling',
        ref('SearchResult'),
        [q('q', { type: 'string', minLength: 1, maxLength: 500 }, 'words to find', true), limit(100, 20)],
      ),
      '/api/ingest': {
        post: {
          summary: 'Add articles: they run the pipeline, are stored, and the stories are updated',
          security: [{ bearer: [] }],
          requestBody: {
            required: true,
            content: {
              'application/x-ndjson': { schema: str, description: 'one IngestArticle JSON object a line' },
              'application/json': {
                schema: {
                  oneOf: [
                    ref('IngestArticle'),
                    arrayOf(ref('IngestArticle')),
                    obj({ articles: arrayOf(ref('IngestArticle')) }, ['articles']),
                  ],
                },
              },
            },
          },
          responses: {
            '200': {
              description: 'nothing new (every article was already stored or failed)',
              ...json(ref('IngestResult')),
            },
            '201': { description: 'articles added', ...json(ref('IngestResult')) },
            '400': { description: 'the body cannot be read', ...json(ref('Error')) },
            '401': { description: 'no bearer token', ...json(ref('Error')) },
            '403': { description: 'wrong token', ...json(ref('Error')) },
            '413': { description: 'body or article count over the limit', ...json(ref('Error')) },
            '503': { description: 'ingest disabled (no token configured)', ...json(ref('Error')) },
          },
        },
      },
      '/openapi.json': { get: { summary: 'This description', responses: { '200': { description: 'OK' } } } },
    },
    components: {
      schemas,
      securitySchemes: {
        bearer: { type: 'http', scheme: 'bearer', description: 'RASD_INGEST_TOKEN or --token' },
      },
    },
  };
}

/** The HTTP API as the page sees it: typed fetch wrappers; errors carry the server's message. */

export interface StoryListItem {
  id: string;
  title: string;
  threadId: string;
  size: number;
  outlets: string[];
  first: string | null;
  last: string | null;
}
export interface SourceSpan {
  document: string;
  start: number;
  end: number;
}
export interface StoryArticle {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  duplicateOf: string | null;
  length: number;
}
export interface TimelineEvent {
  date: string;
  precision: string;
  text: string;
  scheduled?: boolean;
  evidence: Array<SourceSpan & { expression: string }>;
}
export interface StoryEntity {
  id: string;
  type: string;
  name: string;
  variants: string[];
  titles: string[];
  mentions: number;
}
export interface Quote extends SourceSpan {
  speaker: string;
  speakerEntity?: string | null;
  text: string;
  kind: string;
  outlet?: string | null;
}
export interface Contradiction {
  about: string;
  kind?: string;
  claims: Array<SourceSpan & { value: string; text?: string }>;
}
export interface Story {
  id: string;
  threadId: string;
  title: string;
  summary: Array<{ text: string; sources: SourceSpan[] }>;
  outlets: Array<{ outlet: string; unique: Array<SourceSpan & { text: string }> }>;
  articles: StoryArticle[];
  timeline: TimelineEvent[];
  entities: StoryEntity[];
  quotes: Quote[];
  contradictions: Contradiction[];
}
export interface HighlightSpan {
  start: number;
  end: number;
  kind: 'mention' | 'quote' | 'date';
  label: string;
  entityId?: string;
}
export interface Article {
  id: string;
  title: string | null;
  outlet: string | null;
  published: string | null;
  dateline: string | null;
  credits: string[];
  source: string;
  url: string | null;
  storyId: string | null;
  body: string;
  spans: HighlightSpan[];
}
export interface Thread {
  id: string;
  title: string;
  stories: string[];
}
export interface EntityRow {
  id: string;
  type: string;
  name: string;
  variants: string[];
  mentions: number;
}
export interface Entity {
  id: string;
  type: string;
  name: string;
  variants: Array<{ text: string; mentions: number }>;
  titles: string[];
  why: string[];
  mentionCount: number;
  mentions: Array<SourceSpan & { text?: string }>;
}
export interface SearchResult {
  query: string;
  hits: Array<{
    article: string;
    title: string | null;
    outlet: string | null;
    storyId: string | null;
    snippet: string;
  }>;
  entities: EntityRow[];
}

/** An API failure with the server's message. */
export class ApiFailure extends Error {
  constructor(
    readonly status: number,
    message: string,
  ) {
    super(message);
  }
}

async function get<T>(path: string, params: Record<string, string | number | undefined> = {}): Promise<T> {
  const q = new URLSearchParams();
  for (const [k, v] of Object.entries(params)) if (v !== undefined && v !== '') q.set(k, String(v));
  const res = await fetch(`/api${path}${q.size ? `?${q}` : ''}`, { headers: { accept: 'application/json' } });
  const body = await res.json().catch(() => null);
  if (!res.ok) throw new ApiFailure(res.status, body?.error?.message ?? `HTTP ${res.status}`);
  return body as T;
}

const enc = encodeURIComponent;

export const api = {
  stories: (f: Record<string, string | number | undefined>) =>
    get<{ stories: StoryListItem[] }>('/stories', f).then((r) => r.stories),
  story: (id: string) => get<Story>(`/stories/${enc(id)}`),
  article: (id: string) => get<Article>(`/articles/${enc(id)}`),
  threads: () => get<{ threads: Thread[] }>('/threads').then((r) => r.threads),
  thread: (id: string) => get<Thread & { storyItems: StoryListItem[] }>(`/threads/${enc(id)}`),
  entities: (f: Record<string, string | undefined>) =>
    get<{ entities: EntityRow[] }>('/entities', f).then((r) => r.entities),
  entity: (id: string) => get<Entity>(`/entities/${enc(id)}`),
  search: (q: string) => get<SearchResult>('/search', { q, limit: 50 }),
};

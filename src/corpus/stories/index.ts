/**
 * Stories stage: groups articles reporting one event. Articles go through a `StoryIndex` in
 * canonical order (published, then id) so the partition depends only on the input; copies
 * found by the dedup stage join their origin's story. Each story is titled after its most
 * central article.
 */
import type { Article, Corpus, Story } from '../../doc/types.ts';
import type { CorpusStage } from '../../pipeline/stage.ts';
import { canonicalOrder, publishedMs } from '../dedup/index.ts';
import { articleCounts, type TermCounts } from '../similarity/features.ts';
import { StoryIndex, type StoryOptions } from './story-index.ts';
import { mostCentral, storyTitle } from './title.ts';

export { adjustedRand, bcubed, linkF1 } from './metrics.ts';
export {
  type ArticleVectors,
  DEFAULT_STORY_OPTIONS,
  StoryIndex,
  type StoryIndexJSON,
  type StoryOptions,
} from './story-index.ts';

/**
 * Cluster `articles` into stories (sets `storyId` on each); returns the stories, threadId empty.
 * `prime` (default on) counts the batch's document frequencies before clustering it.
 */
export function buildStories(
  articles: Article[],
  options: Partial<StoryOptions> & { prime?: boolean } = {},
): Story[] {
  const { prime = true, ...storyOptions } = options;
  const index = new StoryIndex(storyOptions);
  const order = canonicalOrder(articles);
  const rank = new Map(order.map((a, i) => [a.id, i]));
  const counts = new Map<string, TermCounts>();
  const inputs = order.map((a) => {
    const c = articleCounts(a);
    counts.set(a.id, c);
    return { id: a.id, time: publishedMs(a), counts: c };
  });
  if (prime) index.prime(inputs);
  inputs.forEach((input, i) => {
    index.addCounts(input, order[i].duplicateOf);
  });
  index.pairSingletons((id) => {
    const c = counts.get(id);
    return c && index.articleVectors(c);
  });
  const byId = new Map(articles.map((a) => [a.id, a]));
  const stories: Story[] = [];
  for (const view of index.liveStories()) {
    const documents = view.documents.slice().sort((x, y) => rank.get(x)! - rank.get(y)!);
    const members = documents.map((id) => ({
      article: byId.get(id)!,
      vector: index.articleVectors(counts.get(id)!).text,
    }));
    for (const m of members) m.article.storyId = view.id;
    const story: Story = {
      id: view.id,
      threadId: '',
      documents,
      title: storyTitle(mostCentral(members, view.text)),
      summary: [],
    };
    if (view.aliases.length) story.aliases = view.aliases;
    stories.push(story);
  }
  return stories.sort((a, b) => rank.get(a.documents[0])! - rank.get(b.documents[0])!);
}

export const storiesStage: CorpusStage = {
  name: 'stories',
  requires: ['articles', 'article.duplicateOf'],
  assigns: ['stories', 'article.storyId'],
  run(corpus: Corpus) {
    corpus.stories = buildStories(corpus.articles);
  },
};

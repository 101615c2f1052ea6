/**
 * Stories at scale: a synthetic Arabic stream (src/corpus/stream) is generated lazily and each
 * article goes through tokenizing (the text stage), the windowed near-duplicate index and the
 * incremental StoryIndex, one by one, as a live desk would. Entities are the generator's
 * planted mentions (the NER stage is not part of this measure). Reports, at 10k and 100k
 * articles (and 1M with --full): articles per second over the whole loop, peak RSS, and the
 * mean time of one StoryIndex.add over the last 1,000 adds (`addMsAtSize`, the largest size run).
 * Wall-clock figures suffer when other jobs share the 2 cores, so CPU-time twins are reported
 * too (`cpuArticlesPerSec`, `addCpuMs`: this process's user + system time).
 * No npm library clusters Arabic news incrementally, so there is no peer ratio here.
 */
import { performance } from 'node:perf_hooks';
import { DedupIndex, dedupItem } from '../src/corpus/dedup/index.ts';
import { StoryIndex } from '../src/corpus/stories/index.ts';
import { generateStream } from '../src/corpus/stream/generator.ts';
import { textStage } from '../src/text/stage.ts';

const DAY = 24 * 3600 * 1000;

interface Run {
  articlesPerSec: number;
  /** Throughput over this process's CPU time: what the loop costs when the machine is shared. */
  cpuArticlesPerSec: number;
  addCpuMs: number;
  peakRssMb: number;
  addMs: number;
  stories: number;
}

function run(count: number): Run {
  const dedup = new DedupIndex({ windowMs: 7 * DAY });
  const stories = new StoryIndex();
  let peak = process.memoryUsage().rss;
  let addTime = 0;
  let addCpu = 0;
  let addCount = 0;
  const started = performance.now();
  const cpu0 = process.cpuUsage();
  let n = 0;
  for (const { article } of generateStream({ seed: 42, count, articlesPerDay: 2000, concurrency: 120 })) {
    textStage.run(article);
    const ord = dedup.add(dedupItem(article));
    article.duplicateOf = dedup.duplicateOf(ord);
    const measure = n >= count - 1000;
    const t0 = performance.now();
    const c0 = measure ? process.cpuUsage() : null;
    stories.add(article);
    if (c0) {
      addTime += performance.now() - t0;
      const c = process.cpuUsage(c0);
      addCpu += (c.user + c.system) / 1000;
      addCount++;
    }
    if (++n % 2000 === 0) peak = Math.max(peak, process.memoryUsage().rss);
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpu0);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  peak = Math.max(peak, process.memoryUsage().rss);
  let live = 0;
  for (const _ of stories.liveStories()) live++;
  return {
    articlesPerSec: count / seconds,
    cpuArticlesPerSec: count / cpuSeconds,
    addCpuMs: addCpu / addCount,
    peakRssMb: peak / 2 ** 20,
    addMs: addTime / addCount,
    stories: live,
  };
}

export default async ({ full }: { full: boolean }): Promise<Record<string, number>> => {
  const out: Record<string, number> = {};
  const sizes: Array<[string, number]> = [
    ['10k', 10_000],
    ['100k', 100_000],
  ];
  if (full) sizes.push(['1m', 1_000_000]);
  let last: Run | null = null;
  for (const [label, count] of sizes) {
    const r = run(count);
    out[`cluster.${label}.articlesPerSec`] = Math.round(r.articlesPerSec);
    out[`cluster.${label}.peakRssMb`] = Math.round(r.peakRssMb);
    out[`cluster.${label}.cpuArticlesPerSec`] = Math.round(r.cpuArticlesPerSec);
    out[`cluster.${label}.addMs`] = Number(r.addMs.toFixed(3));
    out[`cluster.${label}.addCpuMs`] = Number(r.addCpuMs.toFixed(3));
    out[`cluster.${label}.stories`] = r.stories;
    if (label === '100k') {
      out['cluster.articlesPerSec'] = Math.round(r.articlesPerSec);
      out['cluster.peakRssMb'] = Math.round(r.peakRssMb);
    }
    last = r;
  }
  if (last) out['cluster.addMsAtSize'] = Number(last.addMs.toFixed(3));
  return out;
};

/**
 * `rasd export ID --format md|html|json|text [--db PATH] [-o FILE]`: one story's brief (cited
 * summary, timeline, entities, quotes, what each outlet alone reports, contradictions) from the
 * store, in a form a journalist can send on. `rasd export --story N PATH...` analyses files
 * directly instead (N: a story id, or the story's 1-based place in the analysis).
 */
import { writeFileSync } from 'node:fs';
import type { Command } from 'commander';
import {
  BRIEF_FORMATS,
  type BriefFormat,
  briefFromCorpus,
  briefFromDetail,
  renderBrief,
  type StoryBrief,
} from '../../../corpus/brief/index.ts';
import { analyzeCorpus } from '../../../pipeline/run.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE } from '../io.ts';
import { loadArticles } from '../load.ts';
import { withStore } from '../store-io.ts';

interface Options {
  format: string;
  db?: string;
  output?: string;
  story?: string;
}

/** The brief of story `n` (id or 1-based place) of an analysis of `paths`. */
async function briefFromFiles(
  n: string,
  paths: string[],
): Promise<{ brief: StoryBrief | null; failed: boolean }> {
  const { articles, errors } = await loadArticles(paths);
  const corpus = analyzeCorpus(articles);
  const place = /^\d+$/.test(n) ? corpus.stories[Number(n) - 1] : undefined;
  return { brief: briefFromCorpus(corpus, place?.id ?? n), failed: errors.length > 0 };
}

function fail(message: string, setExit: (code: number) => void, code = EXIT_USAGE): void {
  process.stderr.write(`rasd export: ${message}\n`);
  setExit(code);
}

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('export')
    .description(
      'write one story brief as Markdown, HTML, JSON or text (from the store, or --story N PATH...)',
    )
    .argument('[args...]', 'story id (store), or the files to analyse with --story')
    .option('-f, --format <format>', `one of ${BRIEF_FORMATS.join(', ')}`, 'md')
    .option('--db <path>', 'SQLite file or postgres:// URL (default ./rasd.db)')
    .option('-o, --output <file>', 'write to FILE instead of standard output')
    .option('--story <n>', 'analyse the given files and export story N (id or 1-based place)')
    .action(async (args: string[], opts: Options) => {
      if (!BRIEF_FORMATS.includes(opts.format as BriefFormat)) {
        fail(`unknown format "${opts.format}" (use ${BRIEF_FORMATS.join(', ')})`, setExit);
        return;
      }
      let brief: StoryBrief | null;
      let failed = false;
      let what: string;
      if (opts.story !== undefined) {
        if (!args.length) return fail('--story needs files or folders to analyse', setExit);
        what = opts.story;
        ({ brief, failed } = await briefFromFiles(opts.story, args));
      } else {
        if (args.length !== 1)
          return fail('give one story id (see `rasd stories`), or --story N PATH...', setExit);
        what = args[0];
        const detail = await withStore(opts.db, (s) => s.getStory(args[0]));
        brief = detail ? briefFromDetail(detail) : null;
      }
      if (!brief) return fail(`no story "${what}"`, setExit, EXIT_SOME_FAILED);
      const text = renderBrief(brief, opts.format as BriefFormat);
      if (opts.output) {
        try {
          writeFileSync(opts.output, text);
        } catch (err) {
          return fail(`${opts.output}: ${(err as Error).message}`, setExit, EXIT_SOME_FAILED);
        }
      } else process.stdout.write(text);
      setExit(failed ? EXIT_SOME_FAILED : EXIT_OK);
    });
}

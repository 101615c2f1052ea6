/** `rasd analyze PATH... [--json]`: the whole analysis, as a report or the contract JSON. */
import type { Command } from 'commander';
import type { Analysis } from '../../../doc/types.ts';
import { analyzeCorpus, toAnalysis } from '../../../pipeline/run.ts';
import { EXIT_OK, EXIT_SOME_FAILED } from '../io.ts';
import { defaultJobs, loadArticles } from '../load.ts';
import { formatReport } from '../report.ts';

export function register(program: Command, setExit: (code: number) => void): void {
  program
    .command('analyze')
    .description(
      'analyse articles (files, folders, - for stdin) and print stories, entities, quotes, timeline',
    )
    .argument('<paths...>', 'files, folders or - (stdin)')
    .option('--json', 'print the contract JSON (../shared/contract/analysis.schema.json)')
    .option('--jobs <n>', 'worker threads (each article has a time limit); 0 = none', String(defaultJobs()))
    .action(async (paths: string[], opts: { json?: boolean; jobs: string }) => {
      const { articles, errors } = await loadArticles(paths, { jobs: Number(opts.jobs) });
      const analysis: Analysis = toAnalysis(analyzeCorpus(articles));
      process.stdout.write(opts.json ? `${JSON.stringify(analysis)}\n` : formatReport(analysis));
      setExit(errors.length ? EXIT_SOME_FAILED : EXIT_OK);
    });
}

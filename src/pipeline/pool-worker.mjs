// Worker thread of the article pool: loads the pipeline (built bundle or TypeScript through tsx,
// see bin/load.mjs), then processes one RawInput per message. Kept as .mjs because a worker's
// entry cannot be TypeScript.
import { parentPort } from 'node:worker_threads';
import { loadEntry } from '../../bin/load.mjs';

const { processArticle } = await loadEntry('pipeline', 'src/pipeline/run.ts');

parentPort.on('message', ({ id, raw }) => {
  try {
    parentPort.postMessage({ id, article: processArticle(raw) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });

// Worker thread of the article pool: loads the TypeScript pipeline through tsx, then processes
// one RawInput per message. Kept as .mjs because a worker's entry cannot be TypeScript.
import { parentPort } from 'node:worker_threads';
import { register } from 'tsx/esm/api';

register();
const { processArticle } = await import('./run.ts');

parentPort.on('message', ({ id, raw }) => {
  try {
    parentPort.postMessage({ id, article: processArticle(raw) });
  } catch (err) {
    parentPort.postMessage({ id, error: err instanceof Error ? err.message : String(err) });
  }
});
parentPort.postMessage({ ready: true });

/**
 * A pool of worker threads running the per-article stages: uses every core, and gives each
 * item a time limit. A synchronous stage that hangs (a pathological page) cannot be interrupted
 * in-process; here its worker is terminated and replaced, and only that item fails.
 */
import { availableParallelism } from 'node:os';
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import type { Article, RawInput } from '../doc/types.ts';
import { PROJECT_ROOT } from '../util/paths.ts';

/** Default time limit per article (RASD_ITEM_TIMEOUT_MS overrides). */
export const DEFAULT_ITEM_TIMEOUT_MS = 30_000;

interface Job {
  id: number;
  raw: RawInput;
  resolve: (a: Article) => void;
  reject: (e: Error) => void;
}

interface Slot {
  worker: Worker;
  ready: Promise<void>;
  job?: Job;
  timer?: NodeJS.Timeout;
}

export class ArticlePool {
  readonly size: number;
  readonly timeoutMs: number;
  private slots: Slot[] = [];
  private queue: Job[] = [];
  private nextId = 0;
  private closed = false;

  /** `workerUrl` is the worker entry (tests pass a fixture worker). */
  constructor(
    size = Math.max(1, availableParallelism()),
    timeoutMs = Number(process.env.RASD_ITEM_TIMEOUT_MS) || DEFAULT_ITEM_TIMEOUT_MS,
    private readonly workerUrl = pathToFileURL(resolve(PROJECT_ROOT, 'src/pipeline/pool-worker.mjs')),
  ) {
    this.size = size;
    this.timeoutMs = timeoutMs;
  }

  /** Process one input on a worker; rejects with a clear message on error or time-out. */
  process(raw: RawInput): Promise<Article> {
    if (this.closed) return Promise.reject(new Error('pool is closed'));
    return new Promise((resolve, reject) => {
      this.queue.push({ id: this.nextId++, raw, resolve, reject });
      this.pump();
    });
  }

  /** Items waiting or running. */
  get pending(): number {
    return this.queue.length + this.slots.filter((s) => s.job).length;
  }

  async close(): Promise<void> {
    this.closed = true;
    await Promise.all(this.slots.map((s) => s.worker.terminate()));
    this.slots = [];
  }

  private spawn(): Slot {
    const worker = new Worker(this.workerUrl);
    let markReady: () => void = () => {};
    const slot: Slot = { worker, ready: new Promise((r) => (markReady = r)) };
    worker.on('message', (msg: { ready?: boolean; id?: number; article?: Article; error?: string }) => {
      if (msg.ready) {
        markReady();
        this.pump();
        return;
      }
      const job = slot.job;
      if (!job || job.id !== msg.id) return;
      clearTimeout(slot.timer);
      slot.job = undefined;
      if (msg.error !== undefined) job.reject(new Error(msg.error));
      else job.resolve(msg.article as Article);
      this.pump();
    });
    worker.on('error', (err) => this.replace(slot, `worker crashed: ${err.message}`));
    worker.on('exit', (code) => {
      if (!this.closed && this.slots.includes(slot)) this.replace(slot, `worker exited with code ${code}`);
    });
    this.slots.push(slot);
    return slot;
  }

  /** Fail the slot's job (if any) and start a fresh worker in its place. */
  private replace(slot: Slot, reason: string): void {
    clearTimeout(slot.timer);
    this.slots = this.slots.filter((s) => s !== slot);
    slot.job?.reject(new Error(reason));
    slot.job = undefined;
    void slot.worker.terminate();
    if (!this.closed) this.pump();
  }

  private pump(): void {
    while (this.slots.length < this.size && this.queue.length > this.slots.filter((s) => !s.job).length)
      this.spawn();
    for (const slot of this.slots) {
      if (slot.job || !this.queue.length) continue;
      void slot.ready.then(() => this.assign(slot));
    }
  }

  private assign(slot: Slot): void {
    if (slot.job || !this.queue.length || !this.slots.includes(slot)) return;
    const job = this.queue.shift()!;
    slot.job = job;
    slot.timer = setTimeout(() => {
      this.replace(
        slot,
        `timed out after ${this.timeoutMs / 1000} s (set RASD_ITEM_TIMEOUT_MS to allow longer)`,
      );
    }, this.timeoutMs);
    slot.worker.postMessage({ id: job.id, raw: job.raw });
  }
}

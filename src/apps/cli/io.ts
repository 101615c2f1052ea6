/** Terminal helpers shared by the commands: error lines, progress on a TTY only, exit codes. */
import type { InputError } from '../../doc/types.ts';

export const EXIT_OK = 0;
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

/** One clear line per bad input: `rasd: FILE[:LINE]: problem`. */
export function reportInputError(err: InputError): void {
  const where = err.line ? `${err.source}:${err.line}` : err.source;
  process.stderr.write(`rasd: ${where}: ${err.message}\n`);
}

/** A progress line on stderr that only shows on a terminal, so pipes stay quiet. */
export function progress(label: string): { tick(n: number, total?: number): void; done(): void } {
  const tty = process.stderr.isTTY && !process.env.CI;
  let last = 0;
  return {
    tick(n, total) {
      if (!tty) return;
      const now = Date.now();
      if (now - last < 100) return;
      last = now;
      process.stderr.write(`\r${label}: ${n}${total ? `/${total}` : ''}`);
    },
    done() {
      if (tty) process.stderr.write('\r\x1b[K');
    },
  };
}

/**
 * Input limits: how large one input may be, before and after decompression, and how deep HTML
 * may nest. Defaults are exported constants; the environment and the reader options raise them.
 */

/** Default largest input (a file, or one decompressed `.gz`): 20 MB. */
export const DEFAULT_MAX_INPUT_BYTES = 20 * 1024 * 1024;
/** Environment variable that overrides the size limit (bytes). */
export const MAX_INPUT_BYTES_ENV = 'RASD_MAX_INPUT_BYTES';
/** Deepest element nesting accepted in an HTML page (browsers stop around 512 too). */
export const DEFAULT_MAX_HTML_DEPTH = 512;

/** Options of `readInputs`. */
export interface ReadOptions {
  /** Largest input in bytes (default: `RASD_MAX_INPUT_BYTES` or 20 MB). */
  maxInputBytes?: number;
  /** Deepest HTML nesting (default 512). */
  maxHtmlDepth?: number;
}

/** The size limit in force: the option, else the environment, else the default. */
export function maxInputBytes(options: ReadOptions = {}): number {
  if (options.maxInputBytes && options.maxInputBytes > 0) return options.maxInputBytes;
  const env = Number(process.env[MAX_INPUT_BYTES_ENV]);
  return Number.isFinite(env) && env > 0 ? env : DEFAULT_MAX_INPUT_BYTES;
}

/** Human size: "20 MB", "512 KB". */
export function formatBytes(n: number): string {
  if (n >= 1024 * 1024) return `${(n / 1024 / 1024).toFixed(n % (1024 * 1024) ? 1 : 0)} MB`;
  if (n >= 1024) return `${Math.round(n / 1024)} KB`;
  return `${n} bytes`;
}

/** The one-line message for an input over the limit, saying how to raise it. */
export function tooLargeMessage(size: number | null, limit: number, what = 'input'): string {
  const got = size === null ? `${what} is larger than` : `${what} is ${formatBytes(size)}, over`;
  return `${got} the ${formatBytes(limit)} limit; raise it with ${MAX_INPUT_BYTES_ENV}=<bytes> or the maxInputBytes option`;
}

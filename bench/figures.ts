/** Flat figures with dotted keys, printed as JSON or as a readable table. */
export type Figures = Record<string, number | string>;

export function printFigures(figures: Figures, json: boolean): void {
  if (json) {
    process.stdout.write(`${JSON.stringify(figures)}\n`);
    return;
  }
  const width = Math.max(10, ...Object.keys(figures).map((k) => k.length));
  for (const [k, v] of Object.entries(figures)) {
    const shown = typeof v === 'number' && !Number.isInteger(v) ? v.toFixed(4) : String(v);
    process.stdout.write(`${k.padEnd(width)}  ${shown}\n`);
  }
}

/**
 * Clustering agreement measures used by the evals: B-cubed precision/recall/F1 against a
 * known partition, and the adjusted Rand index between two partitions of the same items.
 */

/** Labels of the same items, in the same order. */
export type Labels = ArrayLike<string>;

function groups(labels: Labels): Map<string, number[]> {
  const out = new Map<string, number[]>();
  for (let i = 0; i < labels.length; i++) {
    const list = out.get(labels[i]);
    if (list) list.push(i);
    else out.set(labels[i], [i]);
  }
  return out;
}

function check(a: Labels, b: Labels): void {
  if (a.length !== b.length)
    throw new Error(`metrics: partitions differ in size (${a.length} vs ${b.length})`);
}

/** B-cubed precision, recall and F1 of `predicted` against `gold`. */
export function bcubed(predicted: Labels, gold: Labels): { precision: number; recall: number; f1: number } {
  check(predicted, gold);
  const n = predicted.length;
  if (n === 0) return { precision: 1, recall: 1, f1: 1 };
  const joint = new Map<string, number>();
  const pc = new Map<string, number>();
  const gc = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const k = `${predicted[i]}\u0000${gold[i]}`;
    joint.set(k, (joint.get(k) ?? 0) + 1);
    pc.set(predicted[i], (pc.get(predicted[i]) ?? 0) + 1);
    gc.set(gold[i], (gc.get(gold[i]) ?? 0) + 1);
  }
  let p = 0;
  let r = 0;
  for (let i = 0; i < n; i++) {
    const both = joint.get(`${predicted[i]}\u0000${gold[i]}`)!;
    p += both / pc.get(predicted[i])!;
    r += both / gc.get(gold[i])!;
  }
  const precision = p / n;
  const recall = r / n;
  return { precision, recall, f1: (2 * precision * recall) / (precision + recall) };
}

const pairs = (x: number) => (x * (x - 1)) / 2;

/** Adjusted Rand index (1 = identical partitions, about 0 = chance agreement). */
export function adjustedRand(a: Labels, b: Labels): number {
  check(a, b);
  const n = a.length;
  const joint = new Map<string, number>();
  for (let i = 0; i < n; i++) {
    const k = `${a[i]}\u0000${b[i]}`;
    joint.set(k, (joint.get(k) ?? 0) + 1);
  }
  let index = 0;
  for (const c of joint.values()) index += pairs(c);
  let sa = 0;
  for (const g of groups(a).values()) sa += pairs(g.length);
  let sb = 0;
  for (const g of groups(b).values()) sb += pairs(g.length);
  const expected = (sa * sb) / pairs(n);
  const max = (sa + sb) / 2;
  return max === expected ? 1 : (index - expected) / (max - expected);
}

/** Precision, recall and F1 of predicted links (item → target) against gold links. */
export function linkF1(
  predicted: Map<string, string>,
  gold: Map<string, string>,
): { precision: number; recall: number; f1: number } {
  let tp = 0;
  for (const [k, v] of predicted) if (gold.get(k) === v) tp++;
  const precision = predicted.size ? tp / predicted.size : 1;
  const recall = gold.size ? tp / gold.size : 1;
  const f1 = precision + recall ? (2 * precision * recall) / (precision + recall) : 0;
  return { precision, recall, f1 };
}

/** What every extraction step sees and returns. */
import type { Document, Element, Para, Stats } from '../dom.ts';
import type { LdObject } from '../jsonld.ts';

/** The parsed, pruned page and what was computed on it once. */
export interface StepContext {
  doc: Document;
  stats: Map<Element, Stats>;
  ld: LdObject[];
  /** Most letters of the page are Arabic: non-Arabic blocks are then likely boilerplate. */
  arabicPage: boolean;
}

/** The paragraphs a step found. */
export interface StepResult {
  paras: Para[];
}

/** One numbered step of the extraction cascade; null means "not applicable, try the next". */
export interface Step {
  name: string;
  run(ctx: StepContext): StepResult | null;
}

/**
 * The word material of the synthetic news stream, loaded from data/corpus/stream/: people,
 * places, organisations, topics, event types, sentence templates, outlets and synonyms.
 */
import { readList } from '../similarity/lexicon.ts';

export interface Person {
  name: string;
  role: string;
}
export interface Place {
  city: string;
  country: string;
}
export interface Topic {
  phrase: string;
  words: string[];
}
export interface EventType {
  noun: string;
  verb: string;
  words: string[];
}
export interface Outlet {
  name: string;
  wire: boolean;
}
export type TemplateKind = 'H' | 'L' | 'E' | 'T' | 'F';

export interface StreamVocabulary {
  persons: Person[];
  places: Place[];
  orgs: string[];
  topics: Topic[];
  events: EventType[];
  templates: Record<TemplateKind, string[]>;
  outlets: Outlet[];
  synonyms: Array<[string, string]>;
}

function fields(rel: string, n: number): string[][] {
  return readList(rel).map((line, i) => {
    const parts = line.split('|').map((p) => p.trim());
    if (parts.length < n) throw new Error(`stream: ${rel}: entry ${i + 1} needs ${n} fields: "${line}"`);
    return parts;
  });
}

const words = (s: string) => s.split(/\s+/).filter(Boolean);

let cached: StreamVocabulary | null = null;

/** Load (once) the stream vocabulary. */
export function loadStreamVocabulary(): StreamVocabulary {
  if (cached) return cached;
  const templates: Record<TemplateKind, string[]> = { H: [], L: [], E: [], T: [], F: [] };
  for (const [kind, text] of fields('corpus/stream/templates.txt', 2)) {
    if (!(kind in templates)) throw new Error(`stream: templates.txt: unknown kind "${kind}"`);
    templates[kind as TemplateKind].push(text);
  }
  cached = {
    persons: fields('corpus/stream/persons.txt', 2).map(([name, role]) => ({ name, role })),
    places: fields('corpus/stream/places.txt', 2).map(([city, country]) => ({ city, country })),
    orgs: readList('corpus/stream/orgs.txt'),
    topics: fields('corpus/stream/topics.txt', 2).map(([phrase, w]) => ({ phrase, words: words(w) })),
    events: fields('corpus/stream/events.txt', 3).map(([noun, verb, w]) => ({ noun, verb, words: words(w) })),
    templates,
    outlets: fields('corpus/stream/outlets.txt', 2).map(([name, wire]) => ({ name, wire: wire === '1' })),
    synonyms: fields('corpus/stream/synonyms.txt', 2).map(([a, b]) => [a, b] as [string, string]),
  };
  return cached;
}

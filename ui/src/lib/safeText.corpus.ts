/** Test helper: the hostile-message corpus shared with the Rust core. */
import { readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { MessageWarning, Segment } from './safeText';

export interface CorpusCase {
  name: string;
  input: string;
  segments: Segment[];
  warnings: MessageWarning[];
}

function load(file: string): CorpusCase[] {
  const here = dirname(fileURLToPath(import.meta.url));
  const raw = readFileSync(join(here, '..', '..', '..', 'tests', 'corpus', file), 'utf8');
  return (JSON.parse(raw) as { cases: CorpusCase[] }).cases;
}

/** `tests/corpus/hostile-messages.json`, also run by shopkeeper-messages/tests/corpus.rs. */
export function hostileCorpus(): CorpusCase[] {
  return load('hostile-messages.json');
}

/** `tests/corpus/generated-messages.json`: generated inputs with the Rust splitter's output. */
export function generatedCorpus(): Omit<CorpusCase, 'name'>[] {
  return load('generated-messages.json');
}

// "What did zelensky say about …": with a speaker asked about, "say" is the asking verb, even where
// the tagger reads it as a noun after an unfamiliar name; it must not count as a topic word that
// any "saying" in the coverage carries.
import { describe, expect, it } from 'vitest';
import { analyseQuery } from '../../src/query/relevance.js';
import { answerLine } from '../../src/pipeline.js';
import { coverageForTests } from '../helpers/built-coverage.js';

const { facts } = coverageForTests({
  'visit.md': [
    '---\ntitle: President visits the valley\npublisher: Valley Weekly\npublished: 2025-02-01\n---',
    'President Volodymyr Zelenskyy thanked the valley council, saying, "We are grateful for every ferry."',
    'Volodymyr Zelenskyy said the ferries would be repaired by spring.',
    'The council said the harbour would stay open all winter.',
  ].join('\n\n'),
});

describe('GIVEN coverage quoting Zelenskyy on ferries only', () => {
  it('"what did zelensky say about the counteroffensive" THEN "say" is no topic word, and it declines', () => {
    const question = 'what did zelensky say about the counteroffensive';
    expect(analyseQuery(question, facts()).concepts.map((concept) => concept.term)).not.toContain('sai');
    expect(answerLine(question, facts()).abstained).toBe(true);
  });
});

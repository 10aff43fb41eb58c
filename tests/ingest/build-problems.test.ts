import { describe, expect, it } from 'vitest';
import { summariseProblems } from '../../src/cli/problems.js';

describe('summariseProblems', () => {
  it('GIVEN a few files per problem THEN names each one', () => {
    expect(summariseProblems('warning', ['a.txt: no URL: none stated', 'b.txt: no publication date'])).toEqual([
      'warning: a.txt: no URL: none stated',
      'warning: b.txt: no publication date',
    ]);
  });

  it('GIVEN thousands of files with the same problem THEN names three and counts the rest in one line', () => {
    const lines = Array.from({ length: 14_000 }, (_, i) => `doc-${i}.md: no publisher: none stated`);
    lines.splice(5000, 0, 'broken.md: binary file');
    expect(summariseProblems('warning', lines)).toEqual([
      'warning: doc-0.md: no publisher: none stated',
      'warning: doc-1.md: no publisher: none stated',
      'warning: doc-2.md: no publisher: none stated',
      'warning: … and 13997 more files: no publisher: none stated',
      'warning: broken.md: binary file',
    ]);
  });
});

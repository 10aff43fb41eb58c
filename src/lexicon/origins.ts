// Words that date a beginning: "founded in 1962", "born on March 18, 1837", "set up in 2002".
// The date after one tells how old its subject is; plain English, no coverage's facts.
export const ORIGIN_WORDS: readonly string[] = [
  'founded', 'established', 'created', 'formed', 'born', 'built', 'incorporated', 'inaugurated', 'set up', 'dates back to', 'dating back to', 'dating from',
];

// Nouns counting the years since a beginning: "its 60th anniversary", "her 40th birthday".
export const ANNIVERSARY_WORDS: readonly string[] = ['anniversary', 'birthday', 'jubilee'];

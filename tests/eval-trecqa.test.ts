// The TrecQA reader, pooling and scoring, on a tiny made-up split written here (the real data
// lives outside the repo and never enters a test).
import { mkdir, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { askRanker, routerRanker } from '../src/cli/evaluation.js';
import { factsFromArticles } from '../src/eval/facts.js';
import { evaluateTrecQa, formatTrecQaReport, matchesPositive, trecQaQuestions, type TrecQaReport } from '../src/eval/trecqa-eval.js';
import { detokenise, parseTrecQa, poolArticles, sameCandidate, type TrecQaPair } from '../src/eval/trecqa.js';
import { useSuiteTempDirs } from './helpers/temp-dirs.js';

/** One block as the release writes it: tokens, then POS, dependency, head and NE lines. */
const block = (kind: string, tokens: string[]) =>
  `<${kind}>\n${[tokens, tokens.map(() => 'NN'), tokens.map(() => 'NMOD'), tokens.map(() => '0'), tokens.map(() => '-')]
    .map((line) => line.join('\t'))
    .join('\n')}\n</${kind}>`;
const pair = (id: string, question: string[], positives: string[][], negatives: string[][]) =>
  [`<QApairs id='${id}'>`, block('question', question), ...positives.map((p) => block('positive', p)), ...negatives.map((n) => block('negative', n)), '</QApairs>'].join('\n');

const words = (text: string) => text.split(' ');
const XML = [
  pair(
    '7.1',
    words('When did the Lindqvist Bridge over the Marra River open ?'),
    [words('The Lindqvist Bridge opened to traffic on 4 May 1931 , after six years of work .')],
    [
      words('The Marra River floods every spring -LRB- sometimes twice -RRB- .'),
      words("Engineers said the bridge `` was n't built for lorries '' .")
    ],
  ),
  pair(
    '7.2',
    words('Who designed the Lindqvist Bridge ?'),
    [words("The bridge 's designer , Oskar Vellamo , also drew the town 's harbour .")],
    [words('Traffic on the Lindqvist Bridge doubled in the 1960s .'), words('Tolls were $ 2 or 10 % of a day \'s pay .')],
  ),
  pair('7.3', words('What colour is the Marra ferry ?'), [], [words('The ferry stopped running in 1932 .')]),
].join('\n');

describe('reading a TrecQA split', () => {
  it('GIVEN the pseudo-XML THEN each question comes with its positives and negatives from the token lines only', () => {
    const pairs = parseTrecQa(XML);
    expect(pairs.map((p) => [p.id, p.positives.length, p.negatives.length])).toEqual([
      ['7.1', 1, 2],
      ['7.2', 1, 2],
      ['7.3', 0, 1],
    ]);
    expect(pairs[0]!.question).toBe('When did the Lindqvist Bridge over the Marra River open?');
    expect(pairs[0]!.positives[0]).toBe('The Lindqvist Bridge opened to traffic on 4 May 1931, after six years of work.');
    expect(JSON.stringify(pairs)).not.toMatch(/NMOD|\bNN\b/u);
  });

  it('GIVEN Windows line ends THEN the split reads the same', () => {
    expect(parseTrecQa(XML.replace(/\n/gu, '\r\n'))).toEqual(parseTrecQa(XML));
  });

  it('GIVEN only the questions asked THEN those without a positive are left out', () => {
    expect(trecQaQuestions(parseTrecQa(XML)).map((q) => q.id)).toEqual(['7.1', '7.2']);
  });

  it.each([
    ['The river floods -LRB- sometimes twice -RRB- .', 'The river floods (sometimes twice).'],
    ['See -LSB- 1 -RSB- and -LCB- 2 -RCB- .', 'See [1] and {2}.'],
    ["He said `` it was n't built for lorries '' .", 'He said "it wasn\'t built for lorries".'],
    ["`` It is done . ''", '"It is done."'],
    ["The bridge 's designer , they 're sure , was Vellamo 's friend .", "The bridge's designer, they're sure, was Vellamo's friend."],
    ['Tolls were $ 2 or 10 % of pay ; fair ?', 'Tolls were $2 or 10% of pay; fair?'],
    ["The builders ' union struck : twice !", "The builders' union struck: twice!"],
    // The quote opened in an earlier sentence: the closing mark ends this one.
    ["It was never meant for lorries . ''", 'It was never meant for lorries."'],
    ["the '' bridge of sighs '' was closed", 'the "bridge of sighs" was closed'],
    ['It cost millions ... or more .', 'It cost millions... or more.'],
  ])('GIVEN PTB tokens %j THEN the text reads %j', (tokens, text) => {
    expect(detokenise(tokens.split(' '))).toBe(text);
  });
});

describe('pooling the candidates into one coverage', () => {
  const many: TrecQaPair[] = Array.from({ length: 5 }, (_, q) => ({
    id: `q${q}`,
    question: `Question ${q}?`,
    positives: [`Answer ${q} is here.`],
    negatives: Array.from({ length: 8 }, (_, n) => `Sentence ${n} of pool ${q} is not the answer.`),
  }));

  it('GIVEN the same seed THEN the pool is identical, and another seed shuffles it differently', () => {
    expect(poolArticles(many, { seed: 5 })).toEqual(poolArticles(many, { seed: 5 }));
    expect(poolArticles(many, { seed: 5 })).not.toEqual(poolArticles(many, { seed: 6 }));
  });

  it('GIVEN 45 candidates and 20 per article THEN three articles with front matter hold every candidate once, one per paragraph, each question\'s pool together', () => {
    const articles = poolArticles(many, { perArticle: 20 });
    expect(articles.map((a) => a.file)).toEqual(['pool-00001.txt', 'pool-00002.txt', 'pool-00003.txt']);
    expect(articles[1]!.text.startsWith('---\ntitle: TrecQA pool 2\npublisher: TrecQA\n---\n\n')).toBe(true);
    const paragraphs = articles.flatMap((a) => a.text.split('\n---\n\n')[1]!.trim().split('\n\n'));
    expect(paragraphs.map((p) => paragraphs.filter((x) => x === p).length).every((n) => n === 1)).toBe(true);
    expect([...paragraphs].sort()).toEqual(many.flatMap((p) => [...p.positives, ...p.negatives]).sort());
    const questionOf = new Map(many.flatMap((p, q) => [...p.positives, ...p.negatives].map((sentence) => [sentence, q])));
    expect(paragraphs.map((p) => questionOf.get(p))).toEqual(many.flatMap((_, q) => Array.from({ length: 9 }, () => q)));
    // The files list the answer first; the shuffle must not leave it there every time.
    expect(many.map((_, q) => paragraphs[q * 9]).every((first) => first!.startsWith('Answer'))).toBe(false);
  });
});

describe('matching a returned sentence to a positive', () => {
  const positive = 'The bridge opened on 4 May 1931, after six years of work.';
  it.each([
    ['the same text, other spacing and quotes', 'The bridge opened on 4 May 1931 , after six years of work .', true],
    ['a sentence that contains it', `Officials said: ${positive}`, true],
    ['a real part of it (cut by the splitter)', 'The bridge opened on 4 May 1931,', true],
    ['a short fragment that many sentences share', 'after six years', false],
    ['another sentence', 'The bridge closed on 4 May 1932.', false],
  ])('GIVEN %s THEN match is %s', (_, returned, expected) => {
    expect(sameCandidate(returned, positive)).toBe(expected);
    expect(matchesPositive(returned, { id: 'x', question: '', answers: ['Unrelated words here.', positive], answerable: true })).toBe(expected);
  });
});

describe('scoring a split end to end (built with the project build, offline)', () => {
  const tempDir = useSuiteTempDirs('trecqa-test-');
  let dir: string;
  let report: TrecQaReport;
  beforeAll(async () => {
    dir = await tempDir();
    const file = path.join(dir, 'tiny.xml');
    await writeFile(file, XML);
    report = await evaluateTrecQa(file, { name: 'bot (router)', ranker: routerRanker });
  }, 60_000);

  it('GIVEN one sentence per paragraph THEN the build keeps every candidate whole', async () => {
    const pooled = path.join(dir, 'pooled');
    await mkdir(pooled);
    const articles = poolArticles(parseTrecQa(XML));
    await Promise.all(articles.map((a) => writeFile(path.join(pooled, a.file), a.text)));
    const facts = await factsFromArticles(pooled);
    const candidates = parseTrecQa(XML).flatMap((p) => [...p.positives, ...p.negatives]);
    expect([...facts.data.sentences].map((s) => s.text).sort()).toEqual([...candidates].sort());
    expect(new Set(facts.data.articles.map((a) => a.publisher))).toEqual(new Set(['TrecQA']));
  });

  it('GIVEN the split THEN the bot and three baselines are scored in both casings on the questions with a positive', () => {
    expect(report).toMatchObject({ questions: 3, asked: 2, candidates: 7, articles: 1, factBaseSentences: 7, positivesLost: 0 });
    expect(report.engines.map((e) => e.engine)).toEqual(['bot (router)', 'natural TfIdf.tfidfs()', 'MiniSearch', 'BM25 (k1 1.2, b 0.75)']);
    for (const { casings } of report.engines) {
      expect(casings.asWritten.answerable).toBe(2);
      expect(casings.lowerCase.misses.every((miss) => miss.question === miss.question.toLowerCase() && !miss.question.endsWith('?'))).toBe(true);
    }
    // A baseline abstains only when nothing matches; every question here shares words with its answer.
    for (const { casings } of report.engines.slice(1)) expect(casings.asWritten.abstainedAnswerable).toEqual([]);
    expect(formatTrecQaReport(report).join('\n')).toMatch(/BM25 \(k1 1\.2, b 0\.75\)\s+as written\s+\d\.\d{3}/u);
  });

  it('GIVEN --ask THEN /ask answers for the bot', async () => {
    const asked = await evaluateTrecQa(path.join(dir, 'tiny.xml'), { name: 'bot (/ask)', ranker: askRanker });
    expect(asked.engines[0]!.engine).toBe('bot (/ask)');
  });
});

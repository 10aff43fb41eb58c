// Answer quality as a regression gate: the bundled evaluation set, the held-out fixture sets
// (questions written before tuning, about made-up articles), the off-topic set and the blind sets, asked through
// the router as users type. Deterministic: scores only, no timing.
import path from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { evaluateBothCasings, loadEvalQuestions, normaliseForMatch, routerRanker, type EvalQuestion } from '../src/cli/evaluation.js';
import { buildFactBase } from '../src/ingest/build.js';
import type { LoadedFactBase } from '../src/factbase/persist.js';
import { loadViaFile } from './helpers/factbase-file.js';
import { REPO_ROOT as ROOT } from './helpers/paths.js';

const at = (...parts: string[]) => path.join(ROOT, ...parts);

let bundled: LoadedFactBase;
let fixture: LoadedFactBase;
beforeAll(async () => {
  bundled = await loadViaFile((await buildFactBase(at('data', 'articles'))).factBase);
  fixture = await loadViaFile((await buildFactBase(at('tests', 'fixtures', 'articles'))).factBase);
}, 60_000);

const labelsMissingFrom = (questions: readonly EvalQuestion[], facts: LoadedFactBase): string[] => {
  const sentences = [...facts.data.sentences].map((s) => normaliseForMatch(s.text));
  return questions.flatMap((q) => q.answers.filter((answer) => !sentences.some((s) => s.includes(normaliseForMatch(answer)))));
};

interface Gate {
  coverage: 'bundled' | 'fixture';
  file: string;
  hitAt1: number;
  hitAt3: number;
  abstention: number;
  knownAbstained: readonly string[];
  /** Labels quoting a line the build drops as page furniture on purpose (found in no sentence). */
  furnitureLabels?: readonly string[];
}

// Gates through the router, as users type (as written and in lower case without punctuation).
// The answerable questions each set still abstains on are named, so a new one fails the gate
// (none now: a44's "drawdown packages" is read through the coverage's "presidential aid packages").
describe.each([
  { coverage: 'bundled', file: 'questions.json', hitAt1: 0.9, hitAt3: 0.97, abstention: 0.9, knownAbstained: [] },
  { coverage: 'fixture', file: 'fixture-questions.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.8, knownAbstained: [] },
  { coverage: 'fixture', file: 'fixture-questions-fresh.json', hitAt1: 0.9, hitAt3: 0.9, abstention: 0.5, knownAbstained: [] },
  { coverage: 'bundled', file: 'off-topic.json', hitAt1: 0, hitAt3: 0, abstention: 0.9, knownAbstained: [] },
  // Written blind by helpers who read only the articles (tests/eval/blind/README.md), typed as chat.
  // bundled-2's c16, c24, c37 ask about TURAN's sidebar of other news, which the build drops as
  // page furniture.
  { coverage: 'bundled', file: 'blind/bundled-1.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.9, knownAbstained: [] },
  { coverage: 'bundled', file: 'blind/bundled-2.json', hitAt1: 0.6, hitAt3: 0.7, abstention: 0.9, knownAbstained: ['c16', 'c24', 'c37'] },
  { coverage: 'bundled', file: 'blind/bundled-3.json', hitAt1: 0.93, hitAt3: 0.96, abstention: 0.9, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-1.json', hitAt1: 0.9, hitAt3: 0.95, abstention: 0.6, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-2.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.8, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-3.json', hitAt1: 0.85, hitAt3: 0.95, abstention: 0.6, knownAbstained: [] },
  // Written blind in a later session and scored before the changes they prompted (README). Still
  // declined: bundled-4 b36 (rambling), bundled-5 b03 (b07, "a strong spot", is answered since the
  // twenty-eighth session: getting something in shape is making it ready), fixture-4 f02 ("what kind
  // of kit": a word the coverage never uses for what the package holds), fixture-5 f05 (f15 is
  // answered since the fifteenth session) and fixture-6 f04, f09.
  { coverage: 'bundled', file: 'blind/bundled-4.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.9, knownAbstained: ['b36'] },
  { coverage: 'bundled', file: 'blind/bundled-5.json', hitAt1: 0.75, hitAt3: 0.8, abstention: 0.8, knownAbstained: ['b03'] },
  { coverage: 'bundled', file: 'blind/bundled-6.json', hitAt1: 0.8, hitAt3: 0.88, abstention: 0.8, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-4.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.6, knownAbstained: ['f02'] },
  { coverage: 'fixture', file: 'blind/fixture-5.json', hitAt1: 0.7, hitAt3: 0.8, abstention: 0.6, knownAbstained: ['f05'] },
  { coverage: 'fixture', file: 'blind/fixture-6.json', hitAt1: 0.8, hitAt3: 0.8, abstention: 0.65, knownAbstained: ['f04'] },
  // Sets 7 were written before this session's changes and used to find some of them; sets 8 were
  // written at the same time and kept back until those changes were done (README). Still declined:
  // bundled-7 b25 (a timeline of meetings; b28, "these nations" boycotted, is answered since the
  // twenty-eighth session: the countries of the sentence before act for them); fixture-7 f15; bundled-8 b15, b32; fixture-8 f04 (bundled-8 b29, "that record
  // attack", is answered since the nineteenth session: "record" before a noun reads as a superlative).
  { coverage: 'bundled', file: 'blind/bundled-7.json', hitAt1: 0.88, hitAt3: 0.9, abstention: 0.9, knownAbstained: ['b25'] },
  { coverage: 'fixture', file: 'blind/fixture-7.json', hitAt1: 0.85, hitAt3: 0.95, abstention: 0.8, knownAbstained: [] },
  { coverage: 'bundled', file: 'blind/bundled-8.json', hitAt1: 0.64, hitAt3: 0.8, abstention: 0.95, knownAbstained: ['b32'] },
  { coverage: 'fixture', file: 'blind/fixture-8.json', hitAt1: 0.8, hitAt3: 0.8, abstention: 0.8, knownAbstained: ['f04'] },
  // Sets 9 were written at the start of the fourth session and scored before its changes; bundled-9
  // was used to find some of them, fixture-9 was kept back (README). Still declined: fixture-9 f05,
  // f07, f12, f14 (bundled-9 b13, "that record attack", is answered since the nineteenth session). bundled-6's abstention is 0.833 since "after rutte" only
  // says when: b41 ("… meant to meet sybiha after rutte. what did they agree on") is answered by
  // the sentence on the planned meeting, which says nothing agreed; it was declined only because
  // Rutte was required.
  { coverage: 'bundled', file: 'blind/bundled-9.json', hitAt1: 0.88, hitAt3: 0.9, abstention: 0.8, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-9.json', hitAt1: 0.8, hitAt3: 0.8, abstention: 0.8, knownAbstained: ['f05', 'f12', 'f14'] },
  // Sets 10 were written at the start of the fifth session and scored before its changes; bundled-10
  // was used to find them, fixture-10 was kept back until they were done, then used for the last
  // one (README). fixture-10 f16 ("what are the rest of the deliveries waiting on") is answered since
  // the fifteenth session. bundled-10 b39 ("where's the 75th anniversary summit … and what dates"),
  // declined from the twenty-first session to the twenty-sixth, is asked where first since ("what
  // dates" only helps a sentence that gives them too).
  { coverage: 'bundled', file: 'blind/bundled-10.json', hitAt1: 0.8, hitAt3: 0.9, abstention: 0.9, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-10.json', hitAt1: 0.85, hitAt3: 0.85, abstention: 0.6, knownAbstained: [] },
  // Sets 11 were written at the start of the sixth session and scored before its changes; bundled-11
  // was used to find them, fixture-11 was kept back (README). Still declined: bundled-11 b09 ("the
  // mine ban treaty", a name the coverage never uses for it), b29 (a quote asked by a paraphrase);
  // fixture-11 f05, f25. A period after the coverage's end ("this year", "last month") is now read
  // as possibly the article's own words: the answer says the coverage has nothing then and gives
  // the question read without it. That answers fixture-7 f15, fixture-9 f07, fixture-10 f21 and
  // f25, and also fixture-6 f23 and fixture-7 f24, whose question without the period is answered by
  // a sentence that does not say (hence fixture-6's abstention of 0.667).
  // bundled-11 b40 and bundled-12 b45 ("how many nato troops (r) in kosovo rn") were declined
  // only because "rn" was an unknown word; read as "now", they are answered with sentences on
  // NATO in Kosovo that count no troops (a count of people is not told from other counts yet).
  { coverage: 'bundled', file: 'blind/bundled-11.json', hitAt1: 0.75, hitAt3: 0.8, abstention: 0.7, knownAbstained: ['b09', 'b29'] },
  // fixture-11 f05 ("interceptors delivered percent pentagon") is answered since "percent" asks for a
  // figure the coverage writes as "%" (seventh session); f20 ("how many interceptors exactly … this
  // yr") is now read without "this yr" as without "this year", and answered by the percentage
  // delivered, which is no exact count (hence 0.333).
  { coverage: 'fixture', file: 'blind/fixture-11.json', hitAt1: 0.75, hitAt3: 0.8, abstention: 0.3, knownAbstained: ['f25'] },
  // Sets 12 were written at the start of the seventh session and scored before its changes;
  // bundled-12 was used to find them, fixture-12 was kept back (README). Still declined:
  // bundled-12 b19 ("clashed lately": the coverage says "violence … has occurred twice"); b36 ("the
  // family photo": it writes "group photo") is answered since the eighteenth session, b40 ("that
  // record drone strike": "biggest-ever") since the nineteenth;
  // fixture-12 f13 ("the summit kickoff ceremony"; f06, "new production or stocks", is answered since
  // the twenty-eighth session: "the systems" further on stand for the Patriot system). fixture-12 was
  // then used for the session's last changes ("minster", "kellers job", "pct … this yr").
  { coverage: 'bundled', file: 'blind/bundled-12.json', hitAt1: 0.9, hitAt3: 0.9, abstention: 0.9, knownAbstained: ['b19'] },
  { coverage: 'fixture', file: 'blind/fixture-12.json', hitAt1: 0.8, hitAt3: 0.85, abstention: 0.5, knownAbstained: ['f13'] },
  // Sets 13 were written at the start of the eighth session and scored before its changes;
  // bundled-13 was used to find them, fixture-13 was kept back (README). fixture-13 f18
  // ("what's holding it up") is answered since the fifteenth session; f08 (a minister's words asked by an epithet of the
  // role, "ukraine's top diplomat") is answered since the ninth session.
  { coverage: 'bundled', file: 'blind/bundled-13.json', hitAt1: 0.75, hitAt3: 0.9, abstention: 0.9, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-13.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.8, knownAbstained: [] },
  // Sets 14 were written at the start of the ninth session and scored before its changes;
  // bundled-14 was used to find them, fixture-14 was kept back (README). Still declined:
  // bundled-14 b17 ("til biden leaves office" for "until the administration concludes"; b14, "who
  // built", since the twenty-eighth session: a country doing it answers); fixture-14's eight, read
  // only after it was scored (five since the tenth session: f17's "threatening" and f18's "msg" are
  // read, f24 too; f25 since the eighteenth; f23, "tons … on the first boat", since the twenty-eighth).
  { coverage: 'bundled', file: 'blind/bundled-14.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.95, knownAbstained: ['b17'] },
  { coverage: 'fixture', file: 'blind/fixture-14.json', hitAt1: 0.5, hitAt3: 0.7, abstention: 0.95, knownAbstained: ['f02', 'f06', 'f22'] },
  // bundled-15 was used to find the tenth session's changes, fixture-15 was kept back (README).
  // Still declined: bundled-15 b08 ("sitdown"), b17 (an idiom), b25, b37 (b43 is answered since the
  // twenty-ninth session); fixture-15's four, read only after it was scored (f15 is answered since the eighteenth session).
  { coverage: 'bundled', file: 'blind/bundled-15.json', hitAt1: 0.7, hitAt3: 0.75, abstention: 0.9, knownAbstained: ['b08', 'b17', 'b25', 'b37'] },
  { coverage: 'fixture', file: 'blind/fixture-15.json', hitAt1: 0.7, hitAt3: 0.75, abstention: 0.3, knownAbstained: ['f05', 'f07', 'f14'] },
  // bundled-16 was used to find the eleventh session's changes, fixture-16 was kept back (README).
  // Still declined: fixture-16 f18, not read.
  { coverage: 'bundled', file: 'blind/bundled-16.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.9, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-16.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.65, knownAbstained: ['f18'] },
  // bundled-17 was used to find the twelfth session's changes, fixture-17 was kept back (README)
  // and used in the thirteenth. Still declined: bundled-17 b09 ("3 ms", an acronym of its own) and
  // b32 (a paraphrase); fixture-17 f17 ("the german army's top general": the tagger reads an
  // organisation the coverage calls otherwise); f24 ("the rest of the deliveries") is answered since the fifteenth.
  { coverage: 'bundled', file: 'blind/bundled-17.json', hitAt1: 0.7, hitAt3: 0.75, abstention: 0.9, knownAbstained: ['b09', 'b32'] },
  { coverage: 'fixture', file: 'blind/fixture-17.json', hitAt1: 0.7, hitAt3: 0.75, abstention: 0.95, knownAbstained: ['f17'] },
  // bundled-18 was used to find the thirteenth session's changes, fixture-18 was kept back (README)
  // and used in the fourteenth. Still declined: fixture-18 f05 ("newly built": the coverage says "from German stocks").
  { coverage: 'bundled', file: 'blind/bundled-18.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.95, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-18.json', hitAt1: 0.85, hitAt3: 0.85, abstention: 0.95, knownAbstained: ['f05'] },
  // bundled-19 was used to find the fourteenth session's changes, fixture-19 was kept back (README)
  // and used in the fifteenth. bundled-19 b24 (who boycotted: countries, not people) is answered
  // since the twenty-eighth session, b29 ("the record attack") since the nineteenth. Still declined: fixture-19 f03 (how urgent: the
  // minister's words say "now, not next winter"), f07 ("brand new": the coverage says "from German stocks").
  { coverage: 'bundled', file: 'blind/bundled-19.json', hitAt1: 0.75, hitAt3: 0.85, abstention: 0.95, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-19.json', hitAt1: 0.85, hitAt3: 0.85, abstention: 0.95, knownAbstained: ['f03', 'f07'] },
  // bundled-20 was used to find the fifteenth session's changes, fixture-20 was kept back (README)
  // and used in the sixteenth. bundled-20 b07 ("who built …": the maker is a country, no person) and
  // b13 (who boycotted: countries) are answered since the twenty-eighth session. Still declined: fixture-20 f06 ("their own army": the coverage
  // says "German stocks" and names the army only as the Bundeswehr), f07 ("top general": the
  // coverage gives Breuer the rank alone, "Gen.", and "top" nowhere).
  { coverage: 'bundled', file: 'blind/bundled-20.json', hitAt1: 0.7, hitAt3: 0.7, abstention: 0.95, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-20.json', hitAt1: 0.8, hitAt3: 0.85, abstention: 0.95, knownAbstained: ['f06', 'f07'] },
  // bundled-21 was used to find the sixteenth session's changes, fixture-21 was kept back (README)
  // and used in the seventeenth.
  // Still declined: bundled-21 b21-07 (a wrong premise naming a summit city the coverage never
  // mentions: "created at the madrid summit right?").
  { coverage: 'bundled', file: 'blind/bundled-21.json', hitAt1: 0.9, hitAt3: 0.9, abstention: 0.95, knownAbstained: ['b21-07'] },
  { coverage: 'fixture', file: 'blind/fixture-21.json', hitAt1: 0.9, hitAt3: 0.95, abstention: 0.95, knownAbstained: [] },
  // bundled-22 was used to find the seventeenth session's changes, fixture-22 was kept back (README)
  // and used in the eighteenth.
  { coverage: 'bundled', file: 'blind/bundled-22.json', hitAt1: 0.95, hitAt3: 0.95, abstention: 0.95, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-22.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.95, knownAbstained: [] },
  // bundled-23 was used to find the eighteenth session's changes; fixture-23 was kept back (README)
  // and used in the nineteenth with bundled-24. Still declined: fixture-23 f23-11 (Germany sends
  // the third Patriot only by its article's title: the sentence says "in Berlin"), f23-15 ("the
  // building": the coverage says auditorium, no kind of building to WordNet); bundled-24 b24-18
  // (a wrong premise naming a summit city the coverage never mentions).
  { coverage: 'bundled', file: 'blind/bundled-23.json', hitAt1: 0.95, hitAt3: 0.95, abstention: 0.95, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-23.json', hitAt1: 0.7, hitAt3: 0.7, abstention: 0.95, knownAbstained: ['f23-11', 'f23-15'] },
  { coverage: 'bundled', file: 'blind/bundled-24.json', hitAt1: 0.65, hitAt3: 0.8, abstention: 0.95, knownAbstained: ['b24-18'] },
  // fixture-24 was kept back (README) and used in the twentieth session with bundled-25. Still
  // declined: bundled-25 b25-02 (the summit asked by the alliance's birthday: the coverage says
  // anniversary in another sentence), b25-17 ("ammo" against the coverage's "munitions").
  { coverage: 'fixture', file: 'blind/fixture-24.json', hitAt1: 0.7, hitAt3: 0.9, abstention: 0.95, knownAbstained: [] },
  { coverage: 'bundled', file: 'blind/bundled-25.json', hitAt1: 0.7, hitAt3: 0.75, abstention: 0.95, knownAbstained: ['b25-02', 'b25-17'] },
  // fixture-25 was kept back (README) and used in the twenty-first session with bundled-26. Still
  // declined: fixture-25 f25-10 ("the patriot stuff": the sentence says "the systems", five
  // sentences after the one naming the system; f25-13, a "nato boss" quote asked by "the weekend
  // before the summit", is no longer declined since the twenty-second session, and answered first
  // since the twenty-sixth: the weekend and the summit only help); bundled-26 b26-12 ("get
  // ukraine in good shape before peace talks") is answered since the twenty-eighth: making it ready, "in preparation for".
  { coverage: 'fixture', file: 'blind/fixture-25.json', hitAt1: 0.7, hitAt3: 0.85, abstention: 0.95, knownAbstained: ['f25-10'] },
  { coverage: 'bundled', file: 'blind/bundled-26.json', hitAt1: 0.75, hitAt3: 0.85, abstention: 0.95, knownAbstained: [] },
  // fixture-26 was kept back (README) and used in the twenty-second session with bundled-27. Still
  // declined (f26-06, the "grain boat" for the "cargo ship", is answered since the twenty-eighth session): f26-08
  // ("existing kit": the coverage says "German stocks"), f26-14 ("the factories": the coverage
  // says "production lines").
  { coverage: 'fixture', file: 'blind/fixture-26.json', hitAt1: 0.65, hitAt3: 0.7, abstention: 0.75, knownAbstained: ['f26-08', 'f26-14'] },
  { coverage: 'bundled', file: 'blind/bundled-27.json', hitAt1: 0.8, hitAt3: 0.9, abstention: 1, knownAbstained: [] },
  // fixture-27 was kept back (README) and used in the twenty-third session with bundled-28. Still
  // declined: fixture-27 f27-05 ("where is the gear coming from": the sentence says the systems
  // "would come from German stocks", four sentences from the package), f27-07 ("say anything
  // about berlin's weapons": the minister's words are on "the decision"), f27-12 ("why isnt the us
  // done shipping": the coverage says "remaining deliveries"). bundled-28 b28-12 ("tony" for
  // Antony) is answered since the forty-fourth session (a pet form of a given name, short-names.ts),
  // b28-21 (who made the drones "russia used") since the twenty-eighth: the country the passive names as the maker. fixture-27's abstention is 0.25: three unanswerable details are answered with
  // sentences on the same event.
  { coverage: 'fixture', file: 'blind/fixture-27.json', hitAt1: 0.7, hitAt3: 0.7, abstention: 0.25, knownAbstained: ['f27-05', 'f27-07', 'f27-12'] },
  { coverage: 'bundled', file: 'blind/bundled-28.json', hitAt1: 0.85, hitAt3: 0.85, abstention: 0.8, knownAbstained: [] },
  // bundled-29 was written in the twenty-fourth session and used in it with fixture-28 (not gated:
  // f28-05's label is the article's "Source:" line, which the build reads as metadata, no sentence).
  { coverage: 'bundled', file: 'blind/bundled-29.json', hitAt1: 0.75, hitAt3: 0.9, abstention: 1, knownAbstained: [] },
  // bundled-30 was written in the twenty-fifth session and used in it with fixture-29 (kept back until
  // then). Still declined: b30-05 ("why rush the weapons out b4 trump takes over": no sentence says
  // "rush"); f29-19 (the remaining deliveries "waiting on" what the sentence says they "depend on").
  { coverage: 'bundled', file: 'blind/bundled-30.json', hitAt1: 0.85, hitAt3: 0.85, abstention: 0.8, knownAbstained: ['b30-05'] },
  { coverage: 'fixture', file: 'blind/fixture-29.json', hitAt1: 0.8, hitAt3: 0.85, abstention: 0.25, knownAbstained: ['f29-19'] },
  // bundled-31 was written in the twenty-sixth session and used in it with fixture-30 (kept back until
  // then). Still declined: b31-05 ("when was the last time the us shipped those": the sentence says
  // "for the first time in decades", no date); f30-20 ("whats the holdup on the rest of the …": no
  // sentence says "holdup" or a word of its senses, and the answer is a cause, "depend on"). f30-16's
  // hit@3 turns on near ties (Kubrakov's words fourth, behind two sentences on the ships), so 0.8.
  { coverage: 'bundled', file: 'blind/bundled-31.json', hitAt1: 0.9, hitAt3: 0.9, abstention: 0.8, knownAbstained: ['b31-05'] },
  { coverage: 'fixture', file: 'blind/fixture-30.json', hitAt1: 0.8, hitAt3: 0.8, abstention: 0.75, knownAbstained: ['f30-20'] },
  // bundled-32 was written in the twenty-seventh session and used in it with fixture-31 (kept back
  // until then). Still declined: f31-10 (a long message whose question, "where does it kick off",
  // follows a claim typed as a question, "… got inked back in 49??", read whole: the claim names
  // a building and an "original alliance treaty" the coverage never calls so).
  { coverage: 'bundled', file: 'blind/bundled-32.json', hitAt1: 0.9, hitAt3: 0.9, abstention: 0.8, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-31.json', hitAt1: 0.85, hitAt3: 0.85, abstention: 0.75, knownAbstained: ['f31-10'] },
  // bundled-33 was written in the twenty-eighth session and used in it with fixture-32 (kept back
  // until then). Still declined: f32-17 ("austin met the ukrainian defence min in brussles last month
  // right?": the meeting was in Ramstein, and a place the coverage never names declines the claim).
  { coverage: 'bundled', file: 'blind/bundled-33.json', hitAt1: 0.8, hitAt3: 0.9, abstention: 0.8, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-32.json', hitAt1: 0.6, hitAt3: 0.7, abstention: 0.5, knownAbstained: ['f32-17'] },
  // bundled-34 was written in the twenty-ninth session and used in it with fixture-33 (kept back
  // until then). Still declined: b34-05 ("eli5 why … gets away w grabbing land": the sentence says
  // "act with impunity … open season"), b34-08 (a wrong summit, one the coverage never names, in a
  // claim), b34-23 (its answer is in a news item of another day after the article, which the builder
  // drops as page furniture); f33-15 ("what they need inorder to deliver rest of the interceptors":
  // "the remaining deliveries depend on …").
  { coverage: 'bundled', file: 'blind/bundled-34.json', hitAt1: 0.75, hitAt3: 0.75, abstention: 0.8, knownAbstained: ['b34-05', 'b34-08', 'b34-23'] },
  { coverage: 'fixture', file: 'blind/fixture-33.json', hitAt1: 0.75, hitAt3: 0.9, abstention: 0.9, knownAbstained: ['f33-15'] },
  // bundled-35 was written in the thirtieth session and used in it with fixture-34 (kept back until
  // then). Still declined: b35-11 (its answer is in a news item of another day after the article,
  // which the builder drops as page furniture), b35-24 ("…, who was he seeing after that": the one
  // met after the meeting the message tells of, which the question must not be about).
  { coverage: 'bundled', file: 'blind/bundled-35.json', hitAt1: 0.85, hitAt3: 0.85, abstention: 0.4, knownAbstained: ['b35-11', 'b35-24'] },
  { coverage: 'fixture', file: 'blind/fixture-34.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.6, knownAbstained: [] },
  // bundled-36 was written in the thirty-first session and used in it with fixture-35 (kept back
  // until then; not gated: one label is the page's "Source:" line, which the builder does not keep
  // as a sentence). Still declined: b36-19 and b36-25 (their answers are in
  // news items of another year after the article, which the builder drops as page furniture).
  { coverage: 'bundled', file: 'blind/bundled-36.json', hitAt1: 0.75, hitAt3: 0.8, abstention: 1, knownAbstained: ['b36-19', 'b36-25'] },
  // bundled-37 and fixture-36 (kept back until then) were the thirty-second session's working sets.
  // Still declined: b37-24 (its answer is in a news item of another year after the article, dropped
  // as page furniture); f36-06, f36-10, f36-16 and f36-25 (an origin, a label number, who eats the
  // cargo and a building, each answered only in other words than the question's).
  { coverage: 'bundled', file: 'blind/bundled-37.json', hitAt1: 0.9, hitAt3: 0.9, abstention: 1, knownAbstained: ['b37-24'] },
  { coverage: 'fixture', file: 'blind/fixture-36.json', hitAt1: 0.75, hitAt3: 0.75, abstention: 1, knownAbstained: ['f36-06', 'f36-10', 'f36-16', 'f36-25'] },
  // bundled-38 and fixture-37 (kept back until then) were the thirty-third session's working sets.
  // Still declined: b38-21 (its premise is wrong: the coverage says the opposite, shown among the
  // closest sentences).
  { coverage: 'bundled', file: 'blind/bundled-38.json', hitAt1: 0.75, hitAt3: 0.75, abstention: 0.8, knownAbstained: ['b38-21'] },
  { coverage: 'fixture', file: 'blind/fixture-37.json', hitAt1: 1, hitAt3: 1, abstention: 1, knownAbstained: [] },
  // bundled-39 and fixture-38 (kept back until then) were the thirty-fourth session's working sets.
  // Still declined: b39-07 (its answer is in another story's item after the article, dropped as
  // page furniture); f38-19 and f38-22 (factories for "production lines", the army's stocks for
  // "German stocks": answered only in other words than the question's).
  { coverage: 'bundled', file: 'blind/bundled-39.json', hitAt1: 0.9, hitAt3: 0.95, abstention: 1, knownAbstained: ['b39-07'] },
  { coverage: 'fixture', file: 'blind/fixture-38.json', hitAt1: 0.9, hitAt3: 0.9, abstention: 0.8, knownAbstained: ['f38-19', 'f38-22'] },
  // bundled-40 and fixture-39 (kept back until then) were the thirty-fifth session's working sets.
  // Still declined: b40-13 (the question is in a "like …" restatement after a remark), b40-25 (its
  // answer is in another story's item after the article, dropped as page furniture). f39-18 ("did
  // he push back": the answer says he voted for it) is answered since the forty-second session.
  { coverage: 'bundled', file: 'blind/bundled-40.json', hitAt1: 0.65, hitAt3: 0.9, abstention: 1, knownAbstained: ['b40-13', 'b40-25'] },
  // f39-24 also labels the page's "Source: …" line, which the build reads as the publisher and drops as page furniture.
  { coverage: 'fixture', file: 'blind/fixture-39.json', hitAt1: 0.95, hitAt3: 0.95, abstention: 1, knownAbstained: [], furnitureLabels: ['Source: Baltic Wire, citing the Ukrainian infrastructure ministry'] },
  // bundled-41 and fixture-40 (kept back until then) were the thirty-sixth session's working sets.
  // Still declined: b41-16 (whether something is "rare": the coverage says "for the first time in
  // decades", never the word); f40-01 and f40-07 (a word of another language that is no stop
  // word, "pasó", "paket", beside one that is: read as a thing the coverage never mentions), f40-19
  // (where the grain ends up, said only as whom it feeds). Still answered though unanswerable:
  // f40-04 (the ship's name: no sentence gives one) and f40-12 (why some voted against: no
  // sentence gives a reason, and a "why" question is not declined for want of one).
  { coverage: 'bundled', file: 'blind/bundled-41.json', hitAt1: 0.7, hitAt3: 0.9, abstention: 1, knownAbstained: ['b41-16'] },
  { coverage: 'fixture', file: 'blind/fixture-40.json', hitAt1: 0.8, hitAt3: 0.8, abstention: 0.6, knownAbstained: ['f40-01', 'f40-07', 'f40-19'] },
  // bundled-42 and fixture-41 (kept back until then) were the thirty-seventh session's working sets.
  // Still declined: b42-03 (an office typed as autocorrect made it, "sec of defiance": no word of
  // it is the coverage's) and b42-13 (how many boycotted: the sentence lists them, no count).
  { coverage: 'bundled', file: 'blind/bundled-42.json', hitAt1: 0.75, hitAt3: 0.85, abstention: 1, knownAbstained: ['b42-03', 'b42-13'] },
  { coverage: 'fixture', file: 'blind/fixture-41.json', hitAt1: 0.95, hitAt3: 1, abstention: 1, knownAbstained: [] },
  // bundled-43 and fixture-42 (kept back until then) were the thirty-eighth session's working sets.
  // Still declined: b43-25 (its answer is in a list of the site's other stories after the article,
  // which the build drops as page furniture).
  { coverage: 'bundled', file: 'blind/bundled-43.json', hitAt1: 0.85, hitAt3: 0.85, abstention: 1, knownAbstained: ['b43-25'] },
  { coverage: 'fixture', file: 'blind/fixture-42.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.6, knownAbstained: [], furnitureLabels: ['Source: Baltic Wire, citing the Ukrainian infrastructure ministry'] },
  // bundled-44 and fixture-43 (kept back until then) were the thirty-ninth session's working sets.
  // Still declined: f43-12 (factories asked about, "production lines" in the coverage). b44-01 (the
  // diplomat asked about is anonymous in one sentence, quoted in the one before) is answered since
  // the forty-second session.
  { coverage: 'bundled', file: 'blind/bundled-44.json', hitAt1: 0.8, hitAt3: 0.9, abstention: 0.8, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-43.json', hitAt1: 0.8, hitAt3: 0.85, abstention: 1, knownAbstained: ['f43-12'] },
  // bundled-45 and fixture-44 (kept back until then) were the fortieth session's working sets.
  { coverage: 'bundled', file: 'blind/bundled-45.json', hitAt1: 0.95, hitAt3: 0.95, abstention: 1, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-44.json', hitAt1: 1, hitAt3: 1, abstention: 0.8, knownAbstained: [] },
  // bundled-46 and fixture-45 (kept back until then) were the forty-first session's working sets.
  // Still declined: bundled-46 b46-25 (its answer is in a column of other news the cleaning drops),
  // fixture-45 f45-10 (what someone does "on 7/11": the sentence says "on the final day of the summit").
  { coverage: 'bundled', file: 'blind/bundled-46.json', hitAt1: 0.9, hitAt3: 0.95, abstention: 0.8, knownAbstained: ['b46-25'] },
  { coverage: 'fixture', file: 'blind/fixture-45.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 1, knownAbstained: ['f45-10'] },
  // bundled-47 and fixture-46 (kept back until then) were the forty-second session's working sets.
  // Still declined: bundled-47 b47-17 (its answer is in a column of other news after the article,
  // which the cleaning drops, as b46-25's).
  { coverage: 'bundled', file: 'blind/bundled-47.json', hitAt1: 0.8, hitAt3: 0.8, abstention: 1, knownAbstained: ['b47-17'] },
  { coverage: 'fixture', file: 'blind/fixture-46.json', hitAt1: 0.95, hitAt3: 1, abstention: 1, knownAbstained: [] },
  // bundled-48 and fixture-47 (kept back until then) were the forty-third session's working sets.
  { coverage: 'bundled', file: 'blind/bundled-48.json', hitAt1: 0.85, hitAt3: 0.9, abstention: 0.8, knownAbstained: [] },
  { coverage: 'fixture', file: 'blind/fixture-47.json', hitAt1: 0.95, hitAt3: 1, abstention: 0.8, knownAbstained: [] },
  // bundled-49 and fixture-48 (kept back until then) were the forty-fourth session's working sets.
  // Still declined: bundled-49 b49-23 (its answer is in a column of other news after the article,
  // which the cleaning drops, as b47-17's).
  { coverage: 'bundled', file: 'blind/bundled-49.json', hitAt1: 0.8, hitAt3: 0.8, abstention: 0.8, knownAbstained: ['b49-23'] },
  { coverage: 'fixture', file: 'blind/fixture-48.json', hitAt1: 0.9, hitAt3: 0.95, abstention: 0.6, knownAbstained: [] },
] as readonly Gate[])('through the router, as users type, on $file', ({ coverage, file, hitAt1, hitAt3, abstention, knownAbstained, furnitureLabels = [] }) => {
  let questions: EvalQuestion[];
  beforeAll(async () => {
    questions = await loadEvalQuestions(at('tests', 'eval', file));
  });

  if (coverage === 'fixture') {
    it('labels every answerable question with text found verbatim in a fixture sentence', () => {
      expect(questions.filter((q) => q.answerable).length).toBeGreaterThanOrEqual(10);
      expect(questions.filter((q) => !q.answerable).length).toBeGreaterThanOrEqual(4);
      expect(labelsMissingFrom(questions, fixture)).toEqual(furnitureLabels);
    });
  }

  it(`clears hit@1 ≥ ${hitAt1}, hit@3 ≥ ${hitAt3}, abstention ≥ ${abstention} in both casings, abstaining on no other answerable question`, () => {
    const report = evaluateBothCasings(questions, routerRanker(coverage === 'bundled' ? bundled : fixture));
    for (const casing of [report.asWritten, report.lowerCase]) {
      expect(casing.abstainedAnswerable).toEqual(knownAbstained);
      expect(casing.hitAt1).toBeGreaterThanOrEqual(hitAt1);
      expect(casing.hitAt3).toBeGreaterThanOrEqual(hitAt3);
      expect(casing.abstentionRate).toBeGreaterThanOrEqual(abstention);
    }
  });
});

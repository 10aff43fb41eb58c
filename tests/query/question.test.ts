// What a question asks for, read from its words: the same in any case, with or without its
// question mark, with a typo in the question word.
import { describe, expect, it } from 'vitest';
import { annotateSentence, entityKinds, entitySpans } from '../../src/ingest/annotate.js';
import { plainForm, understandQuestion } from '../../src/query/question.js';

const variants = (question: string) => [question, question.toLowerCase(), question.toLowerCase().replace(/[?!.]+$/u, ''), question.toUpperCase()];

describe('understandQuestion', () => {
  it('GIVEN "how many" things THEN a count or a share is wanted, never a sum; GIVEN a sum named ("worth", "dollars") THEN only a sum', () => {
    expect(understandQuestion('how many cars drive on the bridge a day').expects).toEqual(['count', 'percent']);
    expect(understandQuestion('how many dollars did the fair raise').expects).toEqual(['money']);
    expect(understandQuestion('how much is the ferry order worth').expects).toEqual(['money']);
    expect(understandQuestion('how much did the bridge cost').expects).toEqual(['money']);
    expect(understandQuestion('how much aid did pellonia send').expects).toEqual(['money', 'count', 'percent']);
    // The size of a thing of money is its sum first; of anything else, a count.
    expect(understandQuestion('how big was the ferry package').expects).toEqual(['money', 'count', 'percent']);
    expect(understandQuestion('how big is the ferry fleet').expects).toEqual(['count', 'money', 'percent']);
  });

  it('GIVEN "how much of" THEN a share is wanted first, and a sum or a count in part', () => {
    expect(understandQuestion('how much of the budget goes to schools').expects).toEqual(['percent', 'money', 'count']);
  });

  it.each([
    ['Who leads the delegation?', 'who', 'person'],
    ['When did the talks open?', 'when', 'date'],
    ['In what year was the treaty signed?', 'when', 'date'],
    ['Where is the factory?', 'where', 'place'],
    ['Which country hosts the fair?', 'where', 'place'],
    // The kind's noun in the plural, whether or not the list spells it.
    ['which towns boycotted the fair', 'where', 'place'],
    ['what islands were hit by the storm', 'where', 'place'],
    ['which firms won the ferry contracts', 'which-organisation', 'organisation'],
    ['How much did the city spend?', 'how-much', 'money'],
    ['How many ships left the port?', 'how-many', 'count'],
    ['What share of the shells arrived?', 'percent', 'percent'],
    ['What % of the shells arrived?', 'percent', 'percent'],
    ['What was the vote on the ferry bill?', 'how-many', 'count'],
    ['How long will the repairs take?', 'how-long', 'duration'],
    ['How old is the bridge?', 'how-old', 'age'],
    ['At what age did the captain retire?', 'how-old', 'age'],
    ['What is the age of the harbour wall?', 'how-old', 'age'],
    ['How far is the island from the port?', 'how-many', 'length'],
    ['How heavy is the new bell?', 'how-many', 'weight'],
    ['How hot did it get in the valley?', 'how-many', 'temperature'],
    ['Which company builds the engines?', 'which-organisation', 'organisation'],
    ['Name the designer of the bridge.', 'who', 'person'],
    ['The accord was signed when?', 'when', 'date'],
    ['The summit was held where?', 'where', 'place'],
    ['The new envoy is who?', 'who', 'person'],
    ['harbour bridge opening date', 'when', 'date'],
    ['harbour festival dates', 'when', 'date'],
    ['Flood relief aid amount', 'how-much', 'money'],
    ['earthquake death toll', 'how-many', 'count'],
    ['What was the final tally of the vote?', 'how-many', 'count'],
    ['Why did the talks fail?', 'why', 'reason'],
  ])('GIVEN "%s" THEN it is a %s question expecting a %s, in every casing and without punctuation', (question, kind, expected) => {
    for (const typed of variants(question)) {
      const understood = understandQuestion(typed);
      expect(understood.kind, typed).toBe(kind);
      expect(understood.expects[0], typed).toBe(expected);
    }
  });

  it.each([
    ['Is the bridge open?', 'yes-no'],
    ['What did the minister announce?', 'what'],
    ['aid to the region', 'statement'],
    // "count" is the verb here, not a figure asked for.
    ['Which clubs count as partners of the league?', 'what'],
    // The noun after a preposition is not the one asked for: the answer is a message, not a border.
    ['What message about borders did the minister send?', 'what'],
  ])('GIVEN "%s" THEN it is %s and expects no kind of entity', (question, kind) => {
    for (const typed of variants(question)) {
      expect(understandQuestion(typed).kind, typed).toBe(kind);
      expect(understandQuestion(typed).expects, typed).toEqual([]);
    }
  });

  it('GIVEN a lead-in before the question word ("do you know when …", "… and i was wondering how much …") THEN the question starts at its question word, the lead-in kept as a restatement', () => {
    expect(understandQuestion('do you know when the bridge opens').kind).toBe('when');
    expect(understandQuestion('can you tell me who leads the council').plain).toBe('who leads the council');
    const rambling = understandQuestion('so the council keeps paying for ferries and i was wondering how much it has paid so far');
    expect(rambling.kind).toBe('how-much');
    expect(rambling.plain).toBe('how much it has paid so far');
    expect(rambling.restated).toBe('the council keeps paying for ferries');
  });

  it('GIVEN a plural list noun at the end or a question word THEN the ending does not decide', () => {
    expect(understandQuestion('aid amounts').kind).toBe('statement');
    expect(understandQuestion('key dates').kind).toBe('statement');
    expect(understandQuestion('what happened to the budget amount').kind).toBe('what');
  });

  it('GIVEN a typo or a missing apostrophe in the question word THEN it is mended', () => {
    expect(understandQuestion('wen did the talks open').kind).toBe('when');
    expect(understandQuestion('hw many ships left').kind).toBe('how-many');
    expect(understandQuestion('whos the mayor').plain).toBe('who is the mayor');
    expect(understandQuestion('wich country hosts the fair').kind).toBe('where');
  });

  it('GIVEN a question word missing a letter that other question words are also one edit from THEN the dropped letter is mended', () => {
    // "whn" is one edit from "when", "who" and "why"; only "when" has it with a letter left out.
    expect(understandQuestion('whn did the talks open').kind).toBe('when');
    expect(understandQuestion('whn did the talks open').plain).toBe('when did the talks open');
    expect(plainForm('wy did the ferry stop')).toBe('why did the ferry stop');
  });

  it('GIVEN chat shorthand THEN it is spelled out, "please" dropped, and words it only resembles are left alone', () => {
    expect(understandQuestion('wat did the sec gen say abt ur plan, pls').plain).toBe('what did the secretary general say about your plan');
    expect(understandQuestion('pls, what did the sec gen say').plain).toBe('what did the secretary general say');
    expect(understandQuestion('wats the govt position abt sanctions').kind).toBe('what');
    expect(understandQuestion('who is the us sec of state').plain).toBe('who is the u.s. secretary of state');
    expect(understandQuestion('where is nato hq').plain).toBe('where is nato headquarters');
    expect(understandQuestion('how many urban areas second the motion').plain).toBe('how many urban areas second the motion');
    expect(understandQuestion('what weapons r in the package').plain).toBe('what weapons are in the package');
    expect(understandQuestion('what r the new sanctions').plain).toBe('what are the new sanctions');
    expect(understandQuestion('r u sure').kind).toBe('yes-no');
    expect(understandQuestion('is r kelly in the news').plain).toBe('is r kelly in the news');
    expect(understandQuestion('what did the zorvian pm say').plain).toBe('what did the zorvian prime minister say');
    expect(understandQuestion('who met the pellonian fm').plain).toBe('who met the pellonian foreign minister');
    expect(understandQuestion('is the meeting at 5 pm').plain).toBe('is the meeting at 5 pm');
    expect(understandQuestion('what is on 101.1 fm').plain).toBe('what is on 101.1 fm');
    // Everyday idioms read as the verb news writes.
    expect(understandQuestion('when did haraldsen sit down with berg').plain).toBe('when did haraldsen meet with berg');
    expect(understandQuestion('who did berg see after his sit-down with haraldsen').plain).toBe('who did berg meet after his meeting with haraldsen');
    expect(understandQuestion('when is berg showing up at the fair').plain).toBe('when is berg attending the fair');
    expect(understandQuestion('did they sit down').plain).toBe('did they sit down');
    expect(understandQuestion('what did r kelly say').plain).toBe('what did r kelly say');
    expect(understandQuestion('how many drones r there').plain).toBe('how many drones are there');
  });

  it('GIVEN chat openers, fillers and an "or nah" tail THEN they are no words of the question', () => {
    expect(plainForm('hey bot whos the mayor')).toBe('who is the mayor');
    expect(plainForm('yo ok so what did the council actually send')).toBe('what did the council send');
    expect(plainForm('has the council basically handed over the ferries or nah')).toBe('has the council handed over the ferries');
    expect(plainForm('is the ferry running or not')).toBe('is the ferry running');
    // Alone, a greeting stays one (the router answers it with help).
    expect(plainForm('hey bot')).toBe('hey bot');
    expect(plainForm('or not')).toBe('or not');
  });

  it('GIVEN a second clause that restates the question THEN only the question is read', () => {
    expect(plainForm('what did the mayor promise about the ferry, like is the council going to keep paying')).toBe('what did the mayor promise about the ferry');
    expect(plainForm("why did the mayor close the bridge, what's the bigger picture here")).toBe('why did the mayor close the bridge');
    // A list or a topic after the comma is part of the question.
    expect(plainForm('what did the mayor say about ferries, bridges and roads')).toBe('what did the mayor say about ferries, bridges and roads');
    expect(plainForm('what did the mayor say, like about the ferry')).toBe('what did the mayor say, like about the ferry');
  });

  it('GIVEN a contraction typed without its apostrophe after the first words THEN it is spelled out there too', () => {
    expect(plainForm('mayor ferry plan whats in it')).toBe('mayor ferry plan what is in it');
  });

  it('GIVEN "admin" THEN it is the administration', () => {
    expect(plainForm('what did the admin say')).toBe('what did the administration say');
  });

  it('GIVEN everyday words that look like typos THEN they are left alone', () => {
    expect(plainForm('then what')).toBe('then what');
    expect(plainForm('hat trick')).toBe('hat trick');
    expect(plainForm('were they there')).toBe('were they there');
  });

  it('GIVEN "US" in capitals or "the us" THEN it reads as the country, not the pronoun', () => {
    expect(plainForm('Did the US send tanks?')).toBe('did the u.s. send tanks');
    expect(plainForm('did the us send tanks')).toBe('did the u.s. send tanks');
    expect(plainForm('tell us more')).toBe('tell us more');
  });

  it.each([
    ['how much us aid has kenya had', 'how much u.s. aid has kenya had'],
    ['did us send tanks', 'did u.s. send tanks'],
    ['us aid to kenya', 'u.s. aid to kenya'],
    ['is us aid drying up', 'is u.s. aid drying up'],
    ['what did us officials say', 'what did u.s. officials say'],
    ['has us given more than france', 'has u.s. given more than france'],
    ['did france and us send tanks', 'did france and u.s. send tanks'],
    ['what is us policy on kenya', 'what is u.s. policy on kenya'],
  ])('GIVEN lower-case "us" where a subject or modifier stands: %j THEN it reads as the country', (typed, plain) => {
    expect(plainForm(typed)).toBe(plain);
  });

  it.each(['can you tell us about the summit', 'give us the latest', 'help us understand the package', 'what does this mean for us', 'how much did kenya get from us', 'let us know'])(
    'GIVEN the pronoun "us": %j THEN it is left alone',
    (typed) => {
      expect(plainForm(typed)).toBe(typed);
    },
  );

  it.each(["What's in the package?", 'whats actually in the new package', 'what was in the bill'])('GIVEN %j THEN it asks what the thing includes', (question) => {
    expect(understandQuestion(question).plain).toMatch(/^what does (?:the new |the )(?:package|bill) include$/u);
  });

  it('GIVEN "what year" or "which country" THEN the noun that frames the answer is not a topic', () => {
    expect(understandQuestion('what year did the war end').frame).toBe('year');
    expect(understandQuestion('which country hosts the fair').frame).toBe('country');
    expect(understandQuestion('which minister spoke').frame).toBeNull();
  });
});

describe('annotateSentence', () => {
  it.each([
    ['The talks open on March 4, 2025.', ['date', 'count']],
    ['The city spent $4.5 million on the bridge.', ['money', 'count']],
    ['About 40% of the shells arrived.', ['percent', 'count']],
    ['Three ships left the port.', ['count']],
    ['Its No. 2 tranche left the port.', []],
    ['The #3 ship left the port.', []],
    ['The No. 2 tranche held 40 ships.', ['count']],
    ['Ten ships left.', ['count']],
    ['Seventeen ships left.', ['count']],
    ['The delegation was led by Maria Lopez, the deputy minister.', ['person']],
    ['Mayor Jonas Berg opened the bridge.', ['person']],
    // An honorific as written is a title before a name, opening the sentence or not.
    ['Mr Jonas Berg, harbour master, opened the bridge.', ['person']],
    ['The bridge was opened by Dr. Ada Holm.', ['person']],
    ['The factory is in Tampere.', ['place']],
    ['Officials from Japan attended.', ['place']],
    ['The Transport Ministry approved it.', ['organisation']],
    ['It rained.', []],
  ])('GIVEN "%s" THEN it states %o', (text, kinds) => {
    expect(entityKinds(annotateSentence(text))).toEqual(kinds);
  });

  it('GIVEN the capitalised first word of a sentence or a place after "in" THEN no person is claimed', () => {
    expect(entityKinds(annotateSentence('Workers arrived in Palo Alto.'))).not.toContain('person');
  });

  it.each([
    ["Jonas Berg, the harbour master, opened the bridge.", 'Jonas Berg'],
    ['Maria Lopez said the talks would resume.', 'Maria Lopez'],
  ])('GIVEN %j, a name opening the sentence with an apposition or a speech verb after it THEN it is a person', (text, name) => {
    expect(entitySpans(text, 'person').map(([start, end]) => text.slice(start, end))).toEqual([name]);
  });

  it.each(['The Senate said the vote would be close.', 'South Korea, the largest donor, said more.', 'Jonas Berg opened the bridge on Monday.'])(
    'GIVEN %j THEN the opening words are not claimed as a person',
    (text) => expect(entitySpans(text, 'person')).toEqual([]),
  );

  it('GIVEN country names of several words THEN each is a place, as is a name it starts with', () => {
    const text = 'Officials from the United Arab Emirates and South Korea attended.';
    expect(entitySpans(text, 'place').map(([start, end]) => text.slice(start, end))).toEqual(['United Arab Emirates', 'South', 'South Korea']);
  });

  it('GIVEN several counts THEN the spans name each of them, and the sentence states a count', () => {
    const text = 'Its No. 2 tranche held 40 ships, three tugs and a two-day supply of fuel.';
    expect(entitySpans(text, 'count').map(([start, end]) => text.slice(start, end))).toEqual(['40', 'three', 'two']);
    expect(entityKinds(annotateSentence(text))).toContain('count');
  });

  it('GIVEN a sentence THEN the spans of a kind point at its words', () => {
    const text = 'The talks open on March 4, 2025 in Geneva.';
    const [span] = entitySpans(text, 'date');
    expect(span && text.slice(span[0], span[1])).toContain('March');
  });
});

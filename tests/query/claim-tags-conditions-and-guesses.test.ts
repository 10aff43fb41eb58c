// Claims and guesses as chat puts them: "my cousin keeps saying x, is that true (or is he making it
// up)", a rough sum in a claim ("like 100 million"), a question after a condition ("once brenn is
// back is he gonna stop …"), the bot's guess on a thing the coverage never mentions ("do u think
// olsen gets a promotion"), which of two came first ("is she going … before or after she met …? idk
// which way round it was"), how long answered by a date only as the span's start or end ("since
// 2019", not "said on sunday"), and why the user asks ("for my class: …", "… asking for a friend").
import { describe, expect, it } from 'vitest';
import { answerLine } from '../../src/pipeline.js';
import { understandQuestion } from '../../src/query/question.js';
import { coverageForTests, expectAnsweredFirst } from '../helpers/built-coverage.js';
import { bothCasings } from '../helpers/casings.js';

const MILITARY = 'According to the town hall, Tarnby has provided roughly €44 million in military assistance to Lindvik.';
const BOATS = "Most of the boats that Lindvik used in its biggest-ever patrol just last weekend were made and supplied by Vesta, Olsen said.";
const REFUSED = 'Vesta has refused to send weapons to either town.';
const ATTEND = 'Mayor Olsen is expected to attend the league council on the final day of the fair.';
const RETURN = "Mayors gathered in Lindvik, with top priority given to rallying support for the ferry ahead of Governor Brenn's return to the town hall in January.";
const FERRY = 'Olsen said the ferry would keep running through the winter.';
const TRAVEL = 'Harbour chief Lena Holm will travel to Lindvik next week, her aide added.';
const MET = 'Holm met Harbour Minister Ola Dahl in Tarnby last month.';
const SAID_SUNDAY = 'Harbour Minister Ola Dahl said on Sunday that the towns were expected to agree on a long-term ferry deal.';
const CHAIRS = 'Dahl has chaired the harbour board since 2019.';

const { facts, first } = coverageForTests({
  'aid.md': ['---\ntitle: Tarnby and Lindvik\npublisher: Coast Herald\npublished: 2025-06-11\n---', MILITARY, BOATS, REFUSED].join('\n\n'),
  'fair.md': ['---\ntitle: Mayors gather for the fair\npublisher: Valley Weekly\npublished: 2025-07-08\n---', ATTEND, RETURN, FERRY].join('\n\n'),
  'holm.md': ['---\ntitle: Harbour chief travels\npublisher: Coast Herald\npublished: 2025-10-15\n---', TRAVEL, MET, SAID_SUNDAY].join('\n\n'),
  'board.md': ['---\ntitle: Board\npublisher: Valley Weekly\npublished: 2025-03-01\n---', CHAIRS].join('\n\n'),
});

describe('GIVEN a claim, then a tag asking whether it holds', () => {
  it.each(bothCasings('my cousin keeps saying tarnby already gave lindvik like 100 million just in weapons, is that true or is he making it up'))(
    '%j THEN it asks what "is it true that …" asks, with the rough sum asking for the sum the coverage states, in whatever words it says what the sum bought',
    (question) => {
      const read = understandQuestion(question);
      expect(read).toMatchObject({ kind: 'yes-no', frame: 'true' });
      expect(read.plain.startsWith('is it true that tarnby')).toBe(true);
      expect(read.expects[0]).toBe('money');
      expectAnsweredFirst(facts(), question, MILITARY);
    },
  );

  it('THEN a tag after a question, or none, changes nothing', () => {
    expect(understandQuestion('did they sign it, is that true').plain).toBe('did they sign it');
    expect(understandQuestion('turn right').kind).toBe('statement');
  });
});

describe('GIVEN a question asked after a condition', () => {
  it.each(bothCasings('once brenn is back in the town hall is he gonna stop funding the ferry? like realistically what do u think'))('%j THEN it asks whether that stops: a sentence only naming his return declines', (question) => {
    expect(understandQuestion(question).kind).toBe('yes-no');
    expect(first(question)).toBe('');
  });

  it.each(bothCasings('if the council agrees will the ferry keep running'))('%j THEN the question after it is asked, and answered', (question) => {
    expect(understandQuestion(question).kind).toBe('yes-no');
    expectAnsweredFirst(facts(), question, FERRY);
  });
});

describe("GIVEN the bot asked for its guess on a thing the coverage never mentions", () => {
  it.each(bothCasings('do u think olsen actually gets a promotion at the fair tho'))('%j THEN it declines and says what the coverage lacks', (question) => {
    expect(first(question)).toBe('');
    expect(answerLine(question, facts()).message).toContain('never mentions');
  });

  it.each(bothCasings('do you think olsen will attend the league council'))('%j THEN a guess on what the coverage states is answered', (question) => {
    expectAnsweredFirst(facts(), question, ATTEND);
  });
});

describe('GIVEN why the user asks, said around the question', () => {
  it('THEN it is no part of what is asked', () => {
    expect(understandQuestion('For my essay: what did Olsen say about the ferry?').plain).toBe('what did olsen say about the ferry');
    expect(understandQuestion('sorry if dumb question but who is the sec gen').plain).toBe('who is the secretary general');
    expect(understandQuestion('who chairs the council, asking for a friend').plain).toBe('who chairs the council');
  });
});

describe('GIVEN the order of two happenings asked as chat asks it', () => {
  it.each(bothCasings('ok so the harbour chief holm, is she going to lindvik before or after she met dahl in tarnby? idk which way round it was'))(
    '%j THEN each happening of hers is a side, the remark after the question asks nothing, and each side\'s sentence is shown',
    (question) => {
      expect(understandQuestion(question)).toMatchObject({ kind: 'when', ordered: ['harbour chief holm going to lindvik', 'harbour chief holm met dahl in tarnby'] });
      const answer = answerLine(question, facts());
      expect(answer.message).toContain('for you to compare');
      expect(answer.items.map((item) => item.text)).toEqual([TRAVEL, MET]);
    },
  );

  it.each(bothCasings('wait which is first, the league council or olsens ferry thing'))('%j THEN "which is first" asks the order as "which came first" does', (question) => {
    expect(understandQuestion(question).ordered).toEqual(['league council', 'olsens ferry thing']);
  });
});

describe('GIVEN how long someone has done something', () => {
  it.each(bothCasings('how long has dahl been minister, when is his term up'))('%j THEN a date of something he said is no start or end of it: it declines', (question) => {
    expect(first(question)).toBe('');
  });

  it.each(bothCasings('how long has dahl been chairing the harbour board'))('%j THEN the date it started answers', (question) => {
    expectAnsweredFirst(facts(), question, CHAIRS);
  });

  const DECLARED = 'On July 24, 2011, the board declared a harbour emergency over the silted channel.';
  const emergency = coverageForTests({ 'emergency.md': ['---\ntitle: Harbour emergency\npublisher: Coast Herald\npublished: 2024-07-20\n---', DECLARED, 'Olsen said on Sunday that the channel was still silted.'].join('\n\n') });

  it.each(bothCasings('how long has the harbour emergency been going on, when was it declared'))('%j THEN the date of the happening it names answers', (question) => {
    expect(emergency.first(question)).toBe(DECLARED);
  });
});


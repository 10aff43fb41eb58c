// "Which members voted no" is not answered by "Cook voted for the levy": a sentence on the other
// side of a vote names the wrong people (a claim checked, "did she vote against it", is answered
// by it: rank.ts asks this of who and what questions only). Decided on the words (general
// English): a vote for ("yes", "aye", "in favour") against one against ("no", "nay").
const AGAINST = /\bvot(?:e|es|ed|ing) (?:no|nay|against)\b/u;
const FOR = /\bvot(?:e|es|ed|ing) (?:yes|aye|for|in favou?r)\b/u;

export type VoteSide = 'for' | 'against';

/** The side of a vote the question asks about, if it asks about one. */
export function askedVoteSide(plain: string): VoteSide | null {
  const against = AGAINST.test(plain);
  const isFor = FOR.test(plain);
  return against === isFor ? null : against ? 'against' : 'for';
}

/** Whether the sentence tells only of the other side of the vote than the one asked. */
export function aboutOtherVoteSide(side: VoteSide | null, text: string): boolean {
  if (side === null) return false;
  const lower = text.toLowerCase();
  const against = AGAINST.test(lower);
  const isFor = FOR.test(lower);
  return side === 'against' ? isFor && !against : against && !isFor;
}

/** Whether the sentence tells of a vote on the side asked ("voted against", "voted for"). */
export function statesVoteSide(side: VoteSide, text: string): boolean {
  return (side === 'against' ? AGAINST : FOR).test(text.toLowerCase());
}

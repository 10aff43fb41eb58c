// English prepositions that do not mark the doer of an action: a name right after one is where
// something happens, whom it is for or against, what it is about ("the attack *on* Pellonia",
// "aid *to* Zorvia", "talks *between* Berg and Holm"). "By", "from", "of" and "with" may mark
// the doer ("sent *by* Pellonia", "drones *from* Zorvia", "together *with* Berg"), so they are not
// here; nor are those that also open a clause ("*after* Pellonia sent", "*since* Zorvia joined").
export const NON_AGENT_PREPOSITIONS: ReadonlySet<string> = new Set([
  'about', 'above', 'across', 'against', 'along', 'amid', 'amidst', 'among', 'amongst', 'around', 'at', 'behind',
  'below', 'beneath', 'beside', 'besides', 'between', 'beyond', 'despite', 'during', 'for', 'in', 'inside', 'into',
  'near', 'on', 'onto', 'outside', 'over', 'per', 'regarding', 'through', 'throughout', 'to', 'toward', 'towards', 'under',
  'unto', 'upon', 'versus', 'via', 'within', 'without',
]);

// Adverb particles that make a phrasal verb with the verb before them ("push *back*", "step
// *down*", "roll *out*"). Not "in" nor "on": names end so ("brandon", "paton"), and chat closes
// only these up with their verb ("pushback", "rollout").
export const ADVERB_PARTICLES: readonly string[] = ['up', 'down', 'out', 'off', 'over', 'back', 'around', 'away'];

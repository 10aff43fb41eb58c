// A time of day stated in a sentence ("at 10:30", "3 p.m.", "noon"): what a "what time"
// question asks for. A date ("on Wednesday", "June 3") says when, but not at what time.
// Decimals ("$3.25 billion") are not times: a 24-hour time needs its colon, a dotted one its
// "a.m." or "p.m.".
export const CLOCK_TIME =
  /\b(?:[01]?\d|2[0-3]):[0-5]\d\b|\b(?:1[0-2]|0?[1-9])(?:[:.][0-5]\d)?\s?(?:a\.m\.|p\.m\.|[ap]m\b)|\b(?:noon|midday|midnight|o'clock)\b/iu;

// A part of the day, said in words ("in the evening", "Monday night", "overnight"): what a choice
// between them asks ("morning or evening"), and a "what time" question in part.
export const PART_OF_DAY = /\b(?:morning|afternoon|evening|night|overnight|dawn|dusk|daybreak|nightfall)\b/iu;

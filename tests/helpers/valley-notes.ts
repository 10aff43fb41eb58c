// Other news for a small test coverage, so that its words weigh as they would in a real one: in
// five sentences' coverage every word is rare, and a question's common words would pass for its topic.
export const VALLEY_NOTES = ['---\ntitle: Valley notes\npublisher: Coast Herald\npublished: 2025-09-03\n---', 'The valley league meets every spring in Lindvik.', 'Vesta opened a new school in March.', 'Farmers in the north had a good harvest this year.', 'The museum will close for repairs in the autumn.'].join('\n\n');

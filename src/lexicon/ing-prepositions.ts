// Words ending in -ing that work as prepositions ("*according* to", "*including* the ferries"): they
// narrow what they follow; they offer no answer, as a verb's -ing form may (", buying new").
export const ING_PREPOSITIONS: ReadonlySet<string> = new Set([
  'according', 'regarding', 'concerning', 'including', 'excluding', 'following', 'during', 'pending', 'considering',
  'barring', 'starting', 'beginning', 'counting', 'involving', 'excepting', 'touching', 'respecting',
]);

// Calendar words, once for every reader: month and weekday names and the abbreviations news
// writing uses. Callers build their own patterns from these (case, dots and word boundaries
// differ between a date parser and a name filter).

export const MONTH_NAMES: readonly string[] = [
  'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December',
];
export const WEEKDAY_NAMES: readonly string[] = ['Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Month abbreviations as news writing uses them ("Sept." and "Sep." both). */
export const MONTH_ABBREVIATIONS: readonly string[] = ['Jan', 'Feb', 'Mar', 'Apr', 'Jun', 'Jul', 'Aug', 'Sep', 'Sept', 'Oct', 'Nov', 'Dec'];

/** "January|February|…": an alternation for a regular expression. */
export const MONTH_ALTERNATION = MONTH_NAMES.join('|');
export const WEEKDAY_ALTERNATION = WEEKDAY_NAMES.join('|');

// Plain code-unit order (what `<` compares), not localeCompare: file order, ids, the order of
// people and of the index's terms (binary-searched with `<`) must not depend on the machine's locale.
export const byCodeUnit = (a: string, b: string): number => (a < b ? -1 : a > b ? 1 : 0);

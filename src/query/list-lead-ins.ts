// "Key provisions of the bill:" and then its items, one to a paragraph ("$26 million for the
// harbour", "new cranes for the port"): an item says what it is part of only through the line
// that leads the list. That line is the item's context, as the sentences before it in a paragraph
// are; alone, a line ending with a colon says nothing, what it leads does.
import type { LoadedFactBase } from '../factbase/persist.js';
import { terms } from '../factbase/terms.js';

// How many items a list may run to before one of them is too far from its lead-in to lean on it.
const MAX_ITEMS_BACK = 12;

/** Whether the sentence leads what follows it ("The bill includes:"), ending with a colon. */
export const leadsList = (text: string): boolean => /:\s*$/u.test(text);

// A lead-in this short says nothing but what it leads ("Key parts of the plan:"); a longer one
// ending with a colon ("In 1886 the bishop wrote the prayer that is still read today:") says much itself.
const FEW_LEAD_IN_TERMS = 6;

/** Whether the sentence only leads what follows it: a colon ending a few words. */
export const onlyLeadsList = (text: string): boolean => leadsList(text) && terms(text).length < FEW_LEAD_IN_TERMS;

/**
 * The sentence leading the list whose item this sentence is, or undefined: walking back over the
 * items before it, each a paragraph of one sentence, to a sentence ending with a colon, in the
 * paragraph right before the first item.
 */
export function listLeadIn(facts: LoadedFactBase, sentenceId: number): number | undefined {
  const { articleId } = facts.sentence(sentenceId);
  const alone = (id: number) => {
    const { paragraph } = facts.sentence(id);
    const before = id > 0 ? facts.sentence(id - 1) : undefined;
    const after = id + 1 < facts.data.sentences.length ? facts.sentence(id + 1) : undefined;
    return (before?.articleId !== articleId || before.paragraph !== paragraph) && (after?.articleId !== articleId || after.paragraph !== paragraph);
  };
  for (let id = sentenceId; id > 0 && sentenceId - id < MAX_ITEMS_BACK; id--) {
    if (!alone(id)) return undefined;
    const before = facts.sentence(id - 1);
    if (before.articleId !== articleId) return undefined;
    if (leadsList(before.text)) return id - 1;
  }
  return undefined;
}

/** The items of the list the sentence leads, in order (none when it leads no list). */
export function listItems(facts: LoadedFactBase, leadIn: number): number[] {
  if (!leadsList(facts.sentence(leadIn).text)) return [];
  const items: number[] = [];
  for (let id = leadIn + 1; id < facts.data.sentences.length && items.length < MAX_ITEMS_BACK && listLeadIn(facts, id) === leadIn; id++) items.push(id);
  return items;
}

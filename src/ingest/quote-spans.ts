// Where the quotations of a paragraph are: pairs of double quotation marks, straight or curly.
// Single quotes are left alone: they are apostrophes far more often than quotation marks.

export interface QuoteSpan {
  /** Offset of the opening mark. */
  open: number;
  /** Offset of the closing mark. */
  close: number;
}

const OPENING = new Set(['"', '“', '„']);
const CLOSING = new Set(['"', '”']);

/** The balanced quotation spans of `text`, in order; an opening mark never closed is ignored. */
export function findQuoteSpans(text: string): QuoteSpan[] {
  const spans: QuoteSpan[] = [];
  let open = -1;
  for (let i = 0; i < text.length; i++) {
    const char = text.charAt(i);
    if (open < 0 && OPENING.has(char)) open = i;
    else if (open >= 0 && CLOSING.has(char)) {
      spans.push({ open, close: i });
      open = -1;
    }
  }
  return spans;
}

// People candidates as the build cache keeps them: each distinct name form (words, as written,
// role, titled form) once for the whole cache, as a key in a vocabulary beside the word
// vocabularies (build-cache.ts), and per candidate three integers in its entry's columns: its
// form's id, its sentence and its flags. The White House cache held its 159k candidates as 33 MB
// of entry JSON (40k distinct forms), parsed on every build into objects that were copied again
// when stitched. Now a build parses each form it uses once, and stitching makes each candidate
// from its row, its form's parts shared (the segment 31 MB smaller, the heap ~12 MB).
import { Vocabulary } from '../factbase/vocabulary.js';
import type { Candidate, CandidateRows, NameForm } from './people-scan.js';

/** A candidate's flags, one bit each. */
const TITLED = 1;
const FIRST_WORD_UNSURE = 2;
const HEADLINE = 4;
const BACKED = 8;
const LOWER_FIRST = 16;
/** Flags above this are not ours. */
export const MAX_FLAGS = 31;
/** Integers per candidate: its form's id, its sentence, its flags. */
export const ROW = 3;

/** A form's key: its parts as JSON, the role as a pair (its objects' key order may differ). */
const keyOf = (form: NameForm): string => JSON.stringify([form.words, form.written, form.role === null ? null : [form.role.title, form.role.organisation], form.titledForm]);

const isString = (value: unknown): value is string => typeof value === 'string';

/** The form a key gives, or null when it is not one `keyOf` makes. */
function formOf(key: string): NameForm | null {
  let parts: unknown;
  try {
    parts = JSON.parse(key);
  } catch {
    return null;
  }
  if (!Array.isArray(parts) || parts.length !== 4) return null;
  const [words, written, role, titledForm] = parts as unknown[];
  if (!Array.isArray(words) || !words.every(isString) || !isString(written) || !(titledForm === null || isString(titledForm))) return null;
  if (role === null) return { words, written, role: null, titledForm };
  if (!Array.isArray(role) || role.length !== 2 || !isString(role[0]) || !(role[1] === null || isString(role[1]))) return null;
  return { words, written, role: { title: role[0], organisation: role[1] }, titledForm };
}

/** The cache's name forms: their keys (written with its vocabularies), each parsed once when used. */
export class NameForms {
  readonly vocabulary: Vocabulary;
  readonly #forms: (NameForm | null | undefined)[] = [];

  constructor(keys?: string[]) {
    this.vocabulary = new Vocabulary(keys);
  }

  /** The form `id` names; null for an unknown id or a key that is not a form. */
  form(id: number): NameForm | null {
    let form = this.#forms[id];
    if (form === undefined) {
      const key = this.vocabulary.words[id];
      form = key === undefined ? null : formOf(key);
      this.#forms[id] = form;
    }
    return form;
  }

  /** `candidates` (of one article) as rows of these forms, new forms added. */
  rowsOf(candidates: readonly Candidate[]): CandidateRows {
    const rows = new Int32Array(ROW * candidates.length);
    candidates.forEach((c, i) => {
      const id = this.vocabulary.idOf(keyOf(c));
      this.#forms[id] ??= { words: c.words, written: c.written, role: c.role === null ? null : { title: c.role.title, organisation: c.role.organisation }, titledForm: c.titledForm };
      rows[ROW * i] = id;
      rows[ROW * i + 1] = c.sentenceId;
      rows[ROW * i + 2] = (c.titled ? TITLED : 0) | (c.firstWordUnsure ? FIRST_WORD_UNSURE : 0) | (c.headline ? HEADLINE : 0) | (c.backed ? BACKED : 0) | (c.lowerFirst ? LOWER_FIRST : 0);
    });
    return { rows, forms: this };
  }
}

/**
 * Appends the candidates of `stored` (an article's, as objects or rows) to `into`, of the article
 * `articleId`, their sentence ids moved by `offset`: copies, so that the article's work can be
 * let go. A row's candidate shares its form's words and role with the others of that form.
 */
export function pushCandidates(stored: readonly Candidate[] | CandidateRows, articleId: string, offset: number, into: Candidate[]): void {
  if (Array.isArray(stored)) {
    for (const candidate of stored) into.push({ ...candidate, sentenceId: candidate.sentenceId + offset });
    return;
  }
  const { rows, forms } = stored as CandidateRows;
  for (let i = 0; i < rows.length; i += ROW) {
    const form = forms.form(rows[i]!);
    if (form === null) throw new Error(`a people candidate of ${articleId} has an unknown name form`);
    const flags = rows[i + 2]!;
    into.push({
      words: form.words,
      written: form.written,
      role: form.role,
      titledForm: form.titledForm,
      sentenceId: rows[i + 1]! + offset,
      titled: (flags & TITLED) !== 0,
      firstWordUnsure: (flags & FIRST_WORD_UNSURE) !== 0,
      headline: (flags & HEADLINE) !== 0,
      backed: (flags & BACKED) !== 0,
      lowerFirst: (flags & LOWER_FIRST) !== 0,
      articleId,
    });
  }
}

// A question as written and as people type it in chat (lower case, no final question mark), the
// two casings every answer must hold for; the lower-case form is the evaluation's own.
import { typedInLowerCase } from '../../src/cli/evaluation.js';

export const bothCasings = (question: string): string[] => [question, typedInLowerCase(question)];

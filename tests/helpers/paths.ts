// Where the repository's own inputs are, for tests that build or spawn from them.
import path from 'node:path';
import { fileURLToPath } from 'node:url';

export const REPO_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');
/** The coverage the bot ships with. */
export const BUNDLED_ARTICLES = path.join(REPO_ROOT, 'data', 'articles');
/** The small made-up coverage the tests are written against. */
export const FIXTURE_ARTICLES = path.join(REPO_ROOT, 'tests', 'fixtures', 'articles');
export const EVAL_DIR = path.join(REPO_ROOT, 'tests', 'eval');

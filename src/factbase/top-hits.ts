// The search's result set: a bounded heap of the best hits so far.

export interface SearchHit {
  sentenceId: number;
  score: number;
}

/** The best `limit` hits seen so far (ties: lower id first), as a bounded min-heap. */
export class TopHits {
  readonly #limit: number;
  // heap[0] is the worst kept hit: lowest score, then highest id.
  readonly #docs: number[] = [];
  readonly #scores: number[] = [];

  constructor(limit: number) {
    this.#limit = limit;
  }

  get full(): boolean {
    return this.#docs.length >= this.#limit;
  }

  worstScore(): number {
    return this.#scores[0] ?? 0;
  }

  /** Adds a hit; when full, it replaces the worst one (the caller checked that it beats it). */
  add(doc: number, score: number): void {
    if (!this.full) {
      this.#docs.push(doc);
      this.#scores.push(score);
      this.#siftUp(this.#docs.length - 1);
    } else {
      this.#docs[0] = doc;
      this.#scores[0] = score;
      this.#siftDown(0);
    }
  }

  best(): SearchHit[] {
    return this.#docs
      .map((doc, i) => ({ sentenceId: doc, score: this.#scores[i] ?? 0 }))
      .sort((a, b) => b.score - a.score || a.sentenceId - b.sentenceId);
  }

  #worse(i: number, j: number): boolean {
    const a = this.#scores[i]!;
    const b = this.#scores[j]!;
    return a < b || (a === b && this.#docs[i]! > this.#docs[j]!);
  }

  #siftUp(index: number): void {
    let child = index;
    while (child > 0) {
      const parent = (child - 1) >> 1;
      if (!this.#worse(child, parent)) return;
      this.#swap(child, parent);
      child = parent;
    }
  }

  #siftDown(index: number): void {
    let parent = index;
    for (;;) {
      const left = parent * 2 + 1;
      const right = left + 1;
      let smallest = parent;
      if (left < this.#docs.length && this.#worse(left, smallest)) smallest = left;
      if (right < this.#docs.length && this.#worse(right, smallest)) smallest = right;
      if (smallest === parent) return;
      this.#swap(parent, smallest);
      parent = smallest;
    }
  }

  #swap(i: number, j: number): void {
    const doc = this.#docs[i]!;
    const score = this.#scores[i]!;
    this.#docs[i] = this.#docs[j]!;
    this.#scores[i] = this.#scores[j]!;
    this.#docs[j] = doc;
    this.#scores[j] = score;
  }
}

import { describe, expect, it } from 'vitest';
import { Lru } from '../src/lru.js';

describe('Lru', () => {
  it('GIVEN more entries than it holds THEN the least recently used is forgotten first', () => {
    const lru = new Lru<string, number>(2);
    lru.set('a', 1);
    lru.set('b', 2);
    expect(lru.get('a')).toBe(1); // a is now the most recent
    lru.set('c', 3);
    expect(lru.get('b')).toBeUndefined();
    expect(lru.get('a')).toBe(1);
    expect(lru.get('c')).toBe(3);
  });

  it('computes a missing value once and remembers it', () => {
    const lru = new Lru<string, string>(4);
    let calls = 0;
    const compute = () => `value ${++calls}`;
    expect(lru.getOrCompute('k', compute)).toBe('value 1');
    expect(lru.getOrCompute('k', compute)).toBe('value 1');
    expect(calls).toBe(1);
  });
});

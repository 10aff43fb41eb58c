// Drawn charts are kept per fact-base version and request: the page buttons of a `chart:true`
// answer send the same chart again without drawing it, and a new fact base (a live reload)
// never gets an old one's chart.
import { beforeAll, describe, expect, it } from 'vitest';
import { runChart } from '../src/commands/index.js';
import type { LoadedFactBase } from '../src/factbase/persist.js';
import { ChartCache } from '../src/render/chart-cache.js';
import { chartPngFor } from '../src/render/chart-image.js';
import { builtCoverage } from './helpers/built-coverage.js';
import { datedCoverage } from './helpers/dated-coverage.js';

describe('ChartCache', () => {
  const counting = () => {
    let draws = 0;
    const draw = async () => {
      draws += 1;
      return Buffer.from(`png ${draws}`);
    };
    return { draw, draws: () => draws };
  };

  it('WHEN the same key comes again THEN it serves what it drew, without drawing', async () => {
    const cache = new ChartCache();
    const { draw, draws } = counting();
    const first = await cache.png('v1|timeline|{}', draw);
    const again = await cache.png('v1|timeline|{}', draw);
    expect(again).toBe(first);
    expect(draws()).toBe(1);
    expect(cache.drawn).toBe(1);
  });

  it('WHEN another key comes THEN it draws; without a key it always draws and keeps nothing', async () => {
    const cache = new ChartCache();
    const { draw, draws } = counting();
    await cache.png('v1|timeline|{}', draw);
    await cache.png('v2|timeline|{}', draw);
    await cache.png(undefined, draw);
    await cache.png(undefined, draw);
    expect(draws()).toBe(4);
  });

  it('WHEN presses come while the chart is still being drawn THEN they all wait for that one drawing', async () => {
    const cache = new ChartCache();
    const { draw, draws } = counting();
    const [a, b, c] = await Promise.all([cache.png('k', draw), cache.png('k', draw), cache.png('k', draw)]);
    expect(draws()).toBe(1);
    expect(b).toBe(a);
    expect(c).toBe(a);
  });

  it('remembers "nothing to plot" too', async () => {
    const cache = new ChartCache();
    let draws = 0;
    const none = async () => {
      draws += 1;
      return null;
    };
    expect(await cache.png('k', none)).toBeNull();
    expect(await cache.png('k', none)).toBeNull();
    expect(draws).toBe(1);
  });

  it('WHEN a drawing fails THEN that failure is not served again', async () => {
    const cache = new ChartCache();
    let calls = 0;
    const flaky = async () => {
      calls += 1;
      if (calls === 1) throw new Error('renderer hiccup');
      return Buffer.from('png');
    };
    await expect(cache.png('k', flaky)).rejects.toThrow('renderer hiccup');
    expect(await cache.png('k', flaky)).toEqual(Buffer.from('png'));
    expect(await cache.png('k', flaky)).toEqual(Buffer.from('png'));
    expect(calls).toBe(2);
  });

  it('is bounded: the least recently used chart is the one forgotten', async () => {
    const cache = new ChartCache(2);
    const { draw, draws } = counting();
    await cache.png('a', draw);
    await cache.png('b', draw);
    await cache.png('a', draw);
    await cache.png('c', draw);
    expect(draws()).toBe(3);
    await cache.png('a', draw);
    expect(draws()).toBe(3);
    await cache.png('b', draw);
    expect(draws()).toBe(4);
  });
});

describe('GIVEN chart requests on a fact base', () => {
  let facts: LoadedFactBase;
  beforeAll(async () => {
    facts = await builtCoverage(datedCoverage({ perOutlet: 3 }));
  }, 60_000);

  it('WHEN the pages of one request are turned THEN the chart is drawn once and sent again as the same bytes', async () => {
    const cache = new ChartCache();
    const first = await chartPngFor(runChart('timeline', { chart: true }, facts), cache);
    expect(first).not.toBeNull();
    for (const options of [{ chart: true, page: 2 }, { chart: 'true', page: 3 }, { chart: true, page: 2, private: true }]) {
      expect(await chartPngFor(runChart('timeline', options, facts), cache)).toBe(first);
    }
    expect(cache.drawn).toBe(1);
  });

  it('WHEN the request shapes the chart differently THEN it is drawn anew', async () => {
    const cache = new ChartCache();
    await chartPngFor(runChart('timeline', { chart: true }, facts), cache);
    await chartPngFor(runChart('timeline', { chart: true, from: '2023' }, facts), cache);
    await chartPngFor(runChart('aid', { chart: true }, facts), cache);
    await chartPngFor(runChart('aid', { chart: true, page: 2 }, facts), cache);
    expect(cache.drawn).toBe(3);
  });

  it('WHEN the fact base is replaced (a new version) THEN the same request is drawn from the new one, never served the old chart', async () => {
    const cache = new ChartCache();
    await chartPngFor(runChart('aid', { chart: true }, facts), cache);
    const reloaded: LoadedFactBase = { ...facts, version: `${facts.version}-next` };
    const before = runChart('aid', { chart: true }, facts).key;
    const after = runChart('aid', { chart: true }, reloaded).key;
    expect(after).not.toBe(before);
    await chartPngFor(runChart('aid', { chart: true }, reloaded), cache);
    expect(cache.drawn).toBe(2);
    // And the old version's chart is still its own: requests that began before the swap finish on it.
    await chartPngFor(runChart('aid', { chart: true, page: 2 }, facts), cache);
    expect(cache.drawn).toBe(2);
  });

  it('WHEN the options are invalid THEN nothing is cached and there is no chart', async () => {
    const cache = new ChartCache();
    const request = runChart('timeline', { chart: true, from: 'not a date' }, facts);
    expect(request.key).toBeUndefined();
    expect(await chartPngFor(request, cache)).toBeNull();
  });
});

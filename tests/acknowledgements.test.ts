// Deferred answers wait for the acknowledgements on their way, but not for ever: an
// acknowledgement that never completes (a stalled connection, a shutdown) must not hold them.
import { describe, expect, it } from 'vitest';
import { Acknowledgements } from '../src/discord/acknowledgements.js';

describe('Acknowledgements.settled', () => {
  it('GIVEN nothing in flight THEN it resolves at once', async () => {
    await expect(new Acknowledgements().settled()).resolves.toBeUndefined();
  });

  it('GIVEN an acknowledgement that completes THEN it resolves when it does', async () => {
    const acks = new Acknowledgements();
    let finish = () => {};
    void acks.send(() => new Promise<void>((resolve) => (finish = resolve)));
    const settled = acks.settled(60_000);
    finish();
    await expect(settled).resolves.toBeUndefined();
    expect(acks.pending).toBe(0);
  });

  it('GIVEN an acknowledgement that never completes THEN it still resolves, after its bound', async () => {
    const acks = new Acknowledgements();
    void acks.send(() => new Promise<void>(() => {}));
    await expect(acks.settled(20)).resolves.toBeUndefined();
    expect(acks.pending).toBe(1);
  });
});

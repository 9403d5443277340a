import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareHlc, decodeHlc, encodeHlc, HybridClock, type Hlc } from '../../../../src-shared/domain/sync/hlc';

const hlcArb = fc.record({ wall: fc.integer({ min: 0, max: 2 ** 45 }), counter: fc.integer({ min: 0, max: 99_999 }), node: fc.stringMatching(/^[a-z0-9]{1,12}$/) });

describe('hybrid logical clock', () => {
  it('never goes backwards, whatever the wall clock does', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 2 ** 42 }), { minLength: 1, maxLength: 200 }), (walls) => {
        let i = 0;
        const clock = new HybridClock('a', () => walls[i % walls.length]!);
        let previous: Hlc | undefined;
        for (; i < walls.length * 2; i++) {
          const next = clock.tick();
          if (previous) expect(compareHlc(next, previous)).toBe(1);
          previous = next;
        }
      }),
    );
  });

  it('orders local events after every remote clock it has received, even one far ahead (skew)', () => {
    fc.assert(
      fc.property(fc.array(fc.oneof(fc.record({ remote: hlcArb }), fc.record({ wall: fc.integer({ min: 0, max: 2 ** 42 }) })), { maxLength: 100 }), (events) => {
        let now = 1_000;
        const clock = new HybridClock('local', () => now);
        let highest: Hlc = clock.tick();
        for (const event of events) {
          if ('remote' in event) {
            const received = clock.receive(event.remote);
            expect(compareHlc(received, highest)).toBe(1);
            expect(received.wall >= event.remote.wall).toBe(true);
            highest = received;
          } else {
            now = event.wall;
            const ticked = clock.tick();
            expect(compareHlc(ticked, highest)).toBe(1);
            highest = ticked;
          }
        }
      }),
    );
  });

  it('compares encoded clocks as strings exactly as it compares the clocks', () => {
    fc.assert(
      fc.property(hlcArb, hlcArb, (a, b) => {
        const plain = encodeHlc(a) < encodeHlc(b) ? -1 : encodeHlc(a) > encodeHlc(b) ? 1 : 0;
        expect(plain).toBe(compareHlc(a, b));
        expect(decodeHlc(encodeHlc(a))).toEqual(a);
      }),
    );
  });

  it('keeps counting when one millisecond holds more events than the counter has digits', () => {
    const clock = new HybridClock('a', () => 5);
    let last = clock.tick();
    for (let i = 0; i < 100_001; i++) last = clock.tick();
    expect(last.wall).toBe(6);
  });

  it('refuses node ids that would break the encoding', () => {
    expect(() => new HybridClock('a:b')).toThrow();
  });
});

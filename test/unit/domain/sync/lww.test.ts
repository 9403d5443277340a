import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { encodeHlc } from '../../../../src-shared/domain/sync/hlc';
import { applyFieldChanges, mergeStates, stateToObject, type FieldChange, type MergedState } from '../../../../src-shared/domain/sync/lww';

// Small value spaces so that changes collide on the same fields often.
const changeArb = fc.record({
  table: fc.constantFrom('accounts', 'columns'),
  rowId: fc.constantFrom('r1', 'r2', 'r3'),
  field: fc.constantFrom('name', 'followers', 'deleted_at'),
  value: fc.oneof(fc.string({ maxLength: 4 }), fc.integer(), fc.constant(null), fc.boolean()),
  hlc: fc.record({ wall: fc.integer({ min: 0, max: 20 }), counter: fc.integer({ min: 0, max: 3 }), node: fc.constantFrom('a', 'b', 'c') }).map(encodeHlc),
});
const changesArb = fc.array(changeArb, { maxLength: 40 });

function stateOf(changes: FieldChange[]): MergedState {
  const state: MergedState = new Map();
  applyFieldChanges(state, changes);
  return state;
}

function same(a: MergedState, b: MergedState): void {
  expect(stateToObject(a)).toEqual(stateToObject(b));
}

describe('per-field last-writer-wins merge', () => {
  it('is commutative', () => {
    fc.assert(fc.property(changesArb, changesArb, (x, y) => same(mergeStates(stateOf(x), stateOf(y)), mergeStates(stateOf(y), stateOf(x)))));
  });

  it('is associative', () => {
    fc.assert(fc.property(changesArb, changesArb, changesArb, (x, y, z) => same(mergeStates(mergeStates(stateOf(x), stateOf(y)), stateOf(z)), mergeStates(stateOf(x), mergeStates(stateOf(y), stateOf(z))))));
  });

  it('is idempotent', () => {
    fc.assert(fc.property(changesArb, (x) => same(mergeStates(stateOf(x), stateOf(x)), stateOf(x))));
  });

  it('gives the same state whatever order the changes arrive in, and however often', () => {
    fc.assert(
      fc.property(
        changesArb.chain((changes) => fc.tuple(fc.constant(changes), fc.shuffledSubarray(changes, { minLength: changes.length, maxLength: changes.length }))),
        ([changes, shuffled]) => {
          same(stateOf(changes), stateOf([...shuffled, ...changes]));
        },
      ),
    );
  });

  it('keeps the later write of a field and leaves the other fields alone', () => {
    const state = stateOf([
      { table: 'accounts', rowId: 'r1', field: 'name', value: '旧名', hlc: encodeHlc({ wall: 2, counter: 0, node: 'a' }) },
      { table: 'accounts', rowId: 'r1', field: 'followers', value: 10, hlc: encodeHlc({ wall: 1, counter: 0, node: 'b' }) },
      { table: 'accounts', rowId: 'r1', field: 'name', value: '新名', hlc: encodeHlc({ wall: 3, counter: 0, node: 'b' }) },
      { table: 'accounts', rowId: 'r1', field: 'name', value: '迟到的旧值', hlc: encodeHlc({ wall: 1, counter: 5, node: 'c' }) },
    ]);
    const row = stateToObject(state).accounts!.r1!;
    expect(row.name!.value).toBe('新名');
    expect(row.followers!.value).toBe(10);
  });
});

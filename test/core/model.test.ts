import { describe, expect, it } from '@jest/globals';
import { evaluateGroup, whyUnavailable, type PersonAvailability } from '../../src/core/availability/model.js';

const window = { start: 0, end: 1000 };
const ana: PersonAvailability = {
  id: 'ana',
  window,
  blocks: [
    { start: 100, end: 200, reason: 'busy' },
    { start: 200, end: 300, reason: 'oof' },
  ],
};

describe('whyUnavailable', () => {
  it('returns null for a slot that only touches a block', () => {
    expect(whyUnavailable(ana, { start: 300, end: 400 })).toBeNull();
    expect(whyUnavailable(ana, { start: 50, end: 100 })).toBeNull();
  });
  it('returns the strongest reason among overlapping blocks', () => {
    expect(whyUnavailable(ana, { start: 150, end: 250 })).toBe('oof');
  });
  it('returns unknown outside the availability window', () => {
    expect(whyUnavailable(ana, { start: 900, end: 1100 })).toBe('unknown');
  });
});

describe('evaluateGroup', () => {
  it('splits people into available and unavailable with reasons', () => {
    const ben: PersonAvailability = { id: 'ben', window, blocks: [] };
    expect(evaluateGroup([ana, ben], { start: 120, end: 130 })).toEqual({
      available: ['ben'],
      unavailable: [{ id: 'ana', reason: 'busy' }],
    });
  });
});

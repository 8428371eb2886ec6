import type { PersonAvailability } from '../availability/model.js';

/**
 * Answers "is this person free for [start, end)?" for a sequence of intervals whose starts never go
 * backwards, in amortized O(1): each person keeps a pointer to their first block that ends after the
 * last start asked about, and pointers only move forward. Over a whole search every block is passed
 * once, so the cost is O(candidates checked + blocks), not O(candidates x blocks).
 */
export class FreeSweep {
  private readonly pointers: Uint32Array;

  constructor(private readonly people: readonly PersonAvailability[]) {
    this.pointers = new Uint32Array(people.length);
  }

  /** Starts must be non-decreasing between calls for the same person. */
  isFree(personIndex: number, start: number, end: number): boolean {
    const person = this.people[personIndex]!;
    // Outside the span we have a calendar for, we never claim someone is free.
    if (start < person.window.start || end > person.window.end) return false;
    const blocks = person.blocks;
    let p = this.pointers[personIndex]!;
    while (p < blocks.length && blocks[p]!.end <= start) p++;
    this.pointers[personIndex] = p;
    return p === blocks.length || blocks[p]!.start >= end;
  }
}

/**
 * @jest-environment jsdom
 *
 * The one hook for long work: its phases, progress, Stop, the error in words, and a newer run replacing
 * an older one. Rendered with React Testing Library in jsdom; the work is a promise the test settles.
 */
import { describe, expect, it } from '@jest/globals';
import { act, renderHook } from '@testing-library/react';
import { useLongWork } from '../../src/ui/common/useLongWork.js';

/** A piece of work the test finishes by hand, which stops when its signal does. */
function controlled<T>() {
  let finish!: (value: T) => void;
  let fail!: (error: unknown) => void;
  let signal: AbortSignal | undefined;
  let report: ((message: string) => void) | undefined;
  const work = (s: AbortSignal, onProgress: (message: string) => void) => {
    signal = s;
    report = onProgress;
    return new Promise<T>((resolve, reject) => {
      finish = resolve;
      fail = reject;
      s.addEventListener('abort', () => reject(Object.assign(new Error('Stopped.'), { name: 'AbortError' })));
    });
  };
  return { work, finish: (v: T) => finish(v), fail: (e: unknown) => fail(e), progress: (m: string) => report?.(m), signal: () => signal };
}

describe('useLongWork', () => {
  it('goes idle, working with progress, then done with the value', async () => {
    const { result } = renderHook(() => useLongWork<number, string>());
    expect(result.current.state).toEqual({ phase: 'idle' });
    const job = controlled<number>();
    let answer: Promise<number | undefined>;
    act(() => {
      answer = result.current.run(job.work);
    });
    expect(result.current.busy).toBe(true);
    act(() => job.progress('2 of 4 parts'));
    expect(result.current.state).toEqual({ phase: 'working', progress: '2 of 4 parts' });
    await act(async () => {
      job.finish(42);
      await answer;
    });
    expect(result.current.state).toEqual({ phase: 'done', value: 42 });
    expect(await answer!).toBe(42);
  });

  it('Stop aborts the signal and ends as stopped, not as an error', async () => {
    const { result } = renderHook(() => useLongWork<number, string>());
    const job = controlled<number>();
    let answer: Promise<number | undefined>;
    act(() => {
      answer = result.current.run(job.work);
    });
    await act(async () => {
      result.current.stop();
      await answer;
    });
    expect(job.signal()!.aborted).toBe(true);
    expect(result.current.state).toEqual({ phase: 'stopped' });
    expect(await answer!).toBeUndefined();
  });

  it('says what went wrong in words, and fail() shows a problem found before any work', async () => {
    const { result } = renderHook(() => useLongWork<number, string>());
    const job = controlled<number>();
    let answer: Promise<number | undefined>;
    act(() => {
      answer = result.current.run(job.work);
    });
    await act(async () => {
      job.fail(new Error('Graph is not answering.'));
      await answer;
    });
    expect(result.current.state).toEqual({ phase: 'failed', message: expect.stringContaining('Graph is not answering.') });
    act(() => result.current.fail('Check the form: Add at least two people.'));
    expect(result.current.state).toEqual({ phase: 'failed', message: 'Check the form: Add at least two people.' });
  });

  it('a newer run replaces an older one: the older is stopped and its answer dropped', async () => {
    const { result } = renderHook(() => useLongWork<string, string>());
    const first = controlled<string>();
    const second = controlled<string>();
    let firstAnswer: Promise<string | undefined>;
    let secondAnswer: Promise<string | undefined>;
    act(() => {
      firstAnswer = result.current.run(first.work);
    });
    act(() => {
      secondAnswer = result.current.run(second.work);
    });
    expect(first.signal()!.aborted).toBe(true);
    await act(async () => {
      await firstAnswer;
    });
    expect(result.current.state).toEqual({ phase: 'working' });
    await act(async () => {
      second.finish('second');
      await secondAnswer;
    });
    expect(result.current.state).toEqual({ phase: 'done', value: 'second' });
    expect(await firstAnswer!).toBeUndefined();
  });

  it('leaving the screen stops the work', () => {
    const { result, unmount } = renderHook(() => useLongWork<number, string>());
    const job = controlled<number>();
    act(() => {
      void result.current.run(job.work);
    });
    unmount();
    expect(job.signal()!.aborted).toBe(true);
  });
});

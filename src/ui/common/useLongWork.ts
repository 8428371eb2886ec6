/**
 * Long work a person started and watches: its phase, its progress, Stop, and the error in words. One hook
 * for every screen that books, searches or invites. A newer run replaces an older one (whose answer is then
 * dropped); leaving the screen stops the run.
 */
import { useCallback, useEffect, useRef, useState } from 'react';
import { isAbortError } from '../../services/longWork.js';
import { errorText } from './errorText.js';

export type LongWorkState<T, P> =
  | { readonly phase: 'idle' }
  | { readonly phase: 'working'; readonly progress?: P }
  | { readonly phase: 'done'; readonly value: T }
  | { readonly phase: 'stopped' }
  | { readonly phase: 'failed'; readonly message: string };

export interface LongWork<T, P> {
  readonly state: LongWorkState<T, P>;
  readonly busy: boolean;
  /** Runs `work`, which should stop at its next step once `signal` aborts; resolves with its value, or undefined if it failed, stopped or was replaced. */
  run(work: (signal: AbortSignal, onProgress: (progress: P) => void) => Promise<T>): Promise<T | undefined>;
  /** Asks the running work to stop; it ends as 'stopped' (or 'done' if it finished first). */
  stop(): void;
  /** Back to idle (any running work is stopped and its answer dropped). */
  reset(): void;
  /** Shows a problem found before any work started (a form to fix). */
  fail(message: string): void;
}

export function useLongWork<T, P = never>(): LongWork<T, P> {
  const [state, setState] = useState<LongWorkState<T, P>>({ phase: 'idle' });
  const current = useRef<AbortController | null>(null);
  useEffect(() => () => current.current?.abort(), []);

  const run = useCallback(async (work: (signal: AbortSignal, onProgress: (progress: P) => void) => Promise<T>) => {
    current.current?.abort();
    const controller = new AbortController();
    current.current = controller;
    const live = () => current.current === controller;
    setState({ phase: 'working' });
    try {
      const value = await work(controller.signal, (progress) => live() && setState({ phase: 'working', progress }));
      if (live()) setState({ phase: 'done', value });
      return live() ? value : undefined;
    } catch (error) {
      if (live()) setState(isAbortError(error) ? { phase: 'stopped' } : { phase: 'failed', message: errorText(error) });
      return undefined;
    } finally {
      if (live()) current.current = null;
    }
  }, []);

  const stop = useCallback(() => current.current?.abort(), []);
  const reset = useCallback(() => {
    const running = current.current;
    current.current = null;
    running?.abort();
    setState({ phase: 'idle' });
  }, []);
  const fail = useCallback((message: string) => {
    const running = current.current;
    current.current = null;
    running?.abort();
    setState({ phase: 'failed', message });
  }, []);

  return { state, busy: state.phase === 'working', run, stop, reset, fail };
}

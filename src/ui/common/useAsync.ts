/** Loads something when its inputs change and ignores answers that arrive after a newer request. */
import { useEffect, useState } from 'react';
import type { DependencyList } from 'react';
import { errorText } from './errorText.js';

export type AsyncState<T> =
  { readonly status: 'idle' } | { readonly status: 'loading' } | { readonly status: 'done'; readonly value: T } | { readonly status: 'failed'; readonly message: string };

/** `load` returning undefined means "nothing to load" (idle). */
export function useAsync<T>(load: () => Promise<T> | undefined, deps: DependencyList): AsyncState<T> {
  const [state, setState] = useState<AsyncState<T>>({ status: 'idle' });
  useEffect(() => {
    const pending = load();
    if (!pending) {
      setState({ status: 'idle' });
      return undefined;
    }
    let live = true;
    setState({ status: 'loading' });
    pending.then(
      (value) => live && setState({ status: 'done', value }),
      (error: unknown) => live && setState({ status: 'failed', message: errorText(error) }),
    );
    return () => {
      live = false;
    };
  }, deps); // the caller's deps decide when to load again, as with useEffect

  return state;
}

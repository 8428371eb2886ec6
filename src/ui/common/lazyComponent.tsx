/**
 * A component whose code loads the first time it is shown, with a spinner meanwhile, so the first page
 * carries only what it shows (bench/tab.ts measures it). `preload` starts the download early, for parts
 * a person is about to need; once it has arrived, the component shows at once, with no spinner between.
 */
import { lazy, Suspense, useState, type ComponentType } from 'react';
import { Spinner } from '@fluentui/react-components';
import { SHELL_TEXT } from '../text/uiText.js';

export type LazyComponent<P extends object> = ComponentType<P> & { preload(): Promise<unknown> };

export function lazyComponent<P extends object>(load: () => Promise<ComponentType<P>>, loadingLabel: string = SHELL_TEXT.loading): LazyComponent<P> {
  let loading: Promise<ComponentType<P>> | undefined;
  let loaded: ComponentType<P> | undefined;
  const preload = () =>
    (loading ??= load().then(
      (component) => (loaded = component),
      (error: unknown) => {
        loading = undefined; // a failed download (a new build deployed, a dropped connection) is tried again next time
        throw error;
      },
    ));
  const Lazy = lazy(async () => ({ default: await preload() }));
  function Loaded(props: P) {
    // Decided once per mount: switching between the two later would remount the part and lose its state.
    const [Ready] = useState(() => loaded);
    if (Ready) return <Ready {...props} />;
    return (
      <Suspense fallback={<Spinner size="small" label={loadingLabel} />}>
        <Lazy {...props} />
      </Suspense>
    );
  }
  return Object.assign(Loaded, { preload });
}

/**
 * The screens, each loaded when first shown: a coach's first page carries Find time, not the invite
 * bodies' HTML sanitizer or the Sent invites and learning-walk screens (see bench/tab.ts for the sizes).
 */
import { lazy, Suspense, type ComponentProps, type ComponentType, type ReactNode } from 'react';
import { Spinner } from '@fluentui/react-components';

function lazyScreen<P extends object>(load: () => Promise<ComponentType<P>>): ComponentType<P> {
  const Lazy = lazy(async () => ({ default: await load() }));
  return function Screen(props: P) {
    return (
      <Suspense fallback={<ScreenLoading />}>
        <Lazy {...(props as P & ComponentProps<typeof Lazy>)} />
      </Suspense>
    );
  };
}

function ScreenLoading(): ReactNode {
  return <Spinner label="Loading..." />;
}

export const FindTimeScreen = lazyScreen(async () => (await import('../findTime/FindTimeScreen/index.js')).FindTimeScreen);
export const MyInvitesScreen = lazyScreen(async () => (await import('../invites/MyInvitesScreen/index.js')).MyInvitesScreen);
export const SentInvitesScreen = lazyScreen(async () => (await import('../sent/SentInvitesScreen/index.js')).SentInvitesScreen);

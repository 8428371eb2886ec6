/** The compose pane's state: each action's progress and outcome, so the render stays a function of it. */
import { useCallback, useState } from 'react';
import type { TemplateKind } from '../../core/agenda/model.js';
import type { AddinCalendar } from '../../graph/index.js';
import type { ComposeMeeting, ItemPerson } from '../../ui/host/office/index.js';
import type { AppServices } from '../../ui/services/appServices.js';
import { errorText } from '../../ui/common/errorText.js';
import { describeSlot, findTimesForItem, insertAgenda, markProtected, useTime } from './composeActions.js';
import type { FoundTimes, ProtectOutcome } from './composeActions.js';

export type Step<T> =
  | { readonly status: 'idle' }
  | { readonly status: 'working'; readonly progress?: string }
  | { readonly status: 'done'; readonly value: T }
  | { readonly status: 'failed'; readonly message: string };

const IDLE = { status: 'idle' } as const;

function useStep<T>() {
  const [step, setStep] = useState<Step<T>>(IDLE);
  const run = useCallback(async (work: (progress: (text: string) => void) => Promise<T>) => {
    setStep({ status: 'working' });
    try {
      const value = await work((text) => setStep({ status: 'working', progress: text }));
      setStep({ status: 'done', value });
    } catch (error) {
      setStep({ status: 'failed', message: errorText(error) });
    }
  }, []);
  return [step, run] as const;
}

export interface ComposeContext {
  readonly item: ComposeMeeting;
  readonly services: AppServices;
  readonly calendar: AddinCalendar;
  readonly organizer: ItemPerson;
  readonly zone: string;
  readonly now: () => number;
}

export function useComposeActions({ item, services, calendar, organizer, zone, now }: ComposeContext) {
  const [agenda, runAgenda] = useStep<{ replaced: boolean }>();
  const [times, runTimes] = useStep<FoundTimes>();
  const [chosen, runChosen] = useStep<string>();
  const [protect, runProtect] = useStep<ProtectOutcome>();

  return {
    agenda,
    times,
    chosen,
    protect,
    insertAgenda: (kind: TemplateKind, hostSchool?: string, location?: string) =>
      runAgenda(() => insertAgenda(item, { kind, coachName: organizer.name, ...(hostSchool && { hostSchool }), ...(location && { location }) })),
    findTimes: (kind: TemplateKind) =>
      runTimes((progress) =>
        findTimesForItem(item, services.findTime, {
          kind,
          organizer,
          now: now(),
          timeZone: zone,
          onProgress: ({ message }) => progress(message),
        }),
      ),
    useTime: (slot: { start: number; end: number }, location?: string) =>
      runChosen(async () => {
        await useTime(item, slot, location);
        return `The meeting is now ${describeSlot(slot, zone)}${location ? `, at ${location}` : ''}.`;
      }),
    markProtected: (kind: TemplateKind, save: boolean) => runProtect(() => markProtected(item, calendar, kind, { save })),
  };
}

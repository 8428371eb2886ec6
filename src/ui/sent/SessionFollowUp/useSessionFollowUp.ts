import { useCallback, useState } from 'react';
import { errorText } from '../../common/errorText.js';
import { formatSlot } from '../../common/formatTime.js';
import { useAppServices } from '../../services/appServices.js';
import type { FollowUpLoad, SessionFollowUpProps, SessionFollowUpState } from './SessionFollowUp.types.js';
import { FOLLOW_UP_TEXT } from '../../text/sentText.js';

const WAITING = new Set(['none', 'notResponded']);

/** One session's answers with notes and proposals, loaded when opened; remind, move to a proposal, or keep. */
export function useSessionFollowUp(props: SessionFollowUpProps): SessionFollowUpState {
  const { invites } = useAppServices();
  const [load, setLoad] = useState<FollowUpLoad>({ status: 'closed' });
  const [busy, setBusy] = useState<string | undefined>();
  const [message, setMessage] = useState<SessionFollowUpState['message']>();

  const read = useCallback(async () => {
    setLoad({ status: 'loading' });
    try {
      setLoad({ status: 'done', value: await invites.answers(props.eventId) });
    } catch (error) {
      setLoad({ status: 'failed', message: errorText(error) });
    }
  }, [invites, props.eventId]);

  const act = useCallback(
    async (what: string, work: () => Promise<SessionFollowUpState['message']>) => {
      setBusy(what);
      setMessage(undefined);
      try {
        setMessage(await work());
        await read();
      } catch (error) {
        setMessage({ intent: 'error', text: errorText(error) });
      } finally {
        setBusy(undefined);
      }
    },
    [read],
  );

  const answers = load.status === 'done' ? load.value.answers : [];
  const nameOf = (address: string) => answers.find((a) => a.address === address)?.name ?? address;
  return {
    props,
    load,
    busy,
    message,
    waiting: answers.filter((a) => WAITING.has(a.response)).length,
    open: () => void read(),
    remind: () =>
      void act('remind', async () => {
        const { reminded } = await invites.remind(props.eventId);
        return reminded.length === 0
          ? { intent: 'warning', text: FOLLOW_UP_TEXT.nobodyReminded }
          : { intent: 'success', text: FOLLOW_UP_TEXT.remindedSent(reminded.map(nameOf).join(', ')) };
      }),
    moveTo: (proposer) =>
      void act(`move:${proposer}`, async () => {
        const outcome = await invites.moveToProposal(props.eventId, proposer);
        if (outcome.status === 'moved') return { intent: 'success', text: FOLLOW_UP_TEXT.moved(formatSlot(outcome.slot.start, outcome.slot.end, props.zone)) };
        return { intent: 'warning', text: outcome.message };
      }),
    keep: (proposer) =>
      void act(`keep:${proposer}`, async () => {
        await invites.keepTime(props.eventId, proposer);
        return { intent: 'success', text: FOLLOW_UP_TEXT.keptTime(nameOf(proposer)) };
      }),
  };
}

import { useCallback, useState } from 'react';
import { DateTime } from 'luxon';
import type { SessionEvent } from '../../../core/booking/sessionEvents.js';
import type { Interval } from '../../../core/time/interval.js';
import { localDateTimeToInstant } from '../../../core/time/zones.js';
import { errorText } from '../../common/errorText.js';
import { formatSlot } from '../../common/formatTime.js';
import { useAppServices } from '../../services/appServices.js';
import type { Load, ManageMode, ManageOutcome, ManageScope, ManageSessionProps, ManageSessionState } from './ManageSession.types.js';

const local = (ms: number, zone: string, format: string) => DateTime.fromMillis(ms, { zone }).toFormat(format);

/** The dialog's state: what is read when it opens, the coach's choices, and the outcome read back from Graph. */
export function useManageSession(props: ManageSessionProps): ManageSessionState {
  const { manage } = useAppServices();
  const { zone } = props;
  const [mode, setMode] = useState<ManageMode>('closed');
  const [scope, setScope] = useState<ManageScope>('one');
  const [meetings, setMeetings] = useState<Load<readonly SessionEvent[]>>({ status: 'idle' });
  const [meetingId, setMeetingId] = useState<string | undefined>();
  const [choices, setChoices] = useState<ManageSessionState['choices']>({ status: 'idle' });
  const [picked, setPicked] = useState('time:0');
  const [otherDate, setOtherDate] = useState(local(props.start, zone, 'yyyy-MM-dd'));
  const [otherTime, setOtherTime] = useState(local(props.start, zone, 'HH:mm'));
  const [seriesTime, setSeriesTime] = useState(local(props.start, zone, 'HH:mm'));
  const [otherError, setOtherError] = useState<string | undefined>();
  const [comment, setComment] = useState('');
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [outcome, setOutcome] = useState<ManageOutcome | undefined>();
  const [after, setAfter] = useState<SessionEvent | undefined>();
  const [finished, setFinished] = useState(false);
  const [changed, setChanged] = useState<string | undefined>();

  /** The meeting a change applies to: the chosen meeting of a series, the whole series, or the single event. */
  const target = (): string | undefined => (props.recurring && scope === 'one' ? meetingId : props.eventId);

  const readChoices = useCallback(
    async (eventId: string) => {
      setChoices({ status: 'loading' });
      try {
        const found = await manage.moveChoices(eventId, zone);
        setChoices({ status: 'done', value: { times: found.times, notBefore: found.notBefore } });
        setPicked(found.times.length > 0 ? 'time:0' : 'other');
      } catch (error) {
        setChoices({ status: 'failed', message: errorText(error) });
        setPicked('other');
      }
    },
    [manage, zone],
  );

  /** A series' meetings from now on; the first is chosen unless the chosen one is still there. */
  const readMeetings = useCallback(
    async (keep?: string): Promise<readonly SessionEvent[]> => {
      setMeetings({ status: 'loading' });
      try {
        const value = await manage.upcoming(props.eventId);
        setMeetings({ status: 'done', value });
        const chosen = value.find((m) => m.id === keep) ?? value[0];
        setMeetingId(chosen?.id);
        return value;
      } catch (error) {
        setMeetings({ status: 'failed', message: errorText(error) });
        return [];
      }
    },
    [manage, props.eventId],
  );

  const open = (next: 'move' | 'cancel') => {
    setMode(next);
    setScope('one');
    setOutcome(undefined);
    setAfter(undefined);
    setFinished(false);
    setConfirming(false);
    setOtherError(undefined);
    setChoices({ status: 'idle' });
    void (async () => {
      if (props.recurring) {
        const value = await readMeetings();
        if (next === 'move' && value[0]) await readChoices(value[0].id);
        else if (next === 'move') setChoices({ status: 'failed', message: 'This series has no meetings left to move.' });
      } else if (next === 'move') {
        await readChoices(props.eventId);
      }
    })();
  };

  const close = () => {
    setMode('closed');
    if (changed !== undefined) props.onChanged?.(changed);
    setChanged(undefined);
  };

  const chooseMeeting = (id: string) => {
    setMeetingId(id);
    setOutcome(undefined);
    const meeting = meetings.status === 'done' ? meetings.value.find((m) => m.id === id) : undefined;
    if (meeting) {
      setOtherDate(local(meeting.start, zone, 'yyyy-MM-dd'));
      setOtherTime(local(meeting.start, zone, 'HH:mm'));
    }
    if (mode === 'move') void readChoices(id);
  };

  /** The current length of the meeting being moved. */
  const length = (): number => {
    const meeting = meetings.status === 'done' ? meetings.value.find((m) => m.id === meetingId) : undefined;
    return meeting ? meeting.end - meeting.start : props.end - props.start;
  };

  /** Runs one move with the dialog busy; a thrown error is said in words, and nothing was changed. */
  const moving = (work: () => Promise<void>) => {
    setBusy(true);
    setOutcome(undefined);
    void (async () => {
      try {
        await work();
      } catch (error) {
        setOutcome({ intent: 'error', title: 'Not moved', text: `${errorText(error)} Nothing was changed; try again.` });
      } finally {
        setBusy(false);
      }
    })();
  };

  /** A move that went through: the dialog is done, and the screen is told when it closes. */
  const moved = (text: string) => {
    setFinished(true);
    setOutcome({ intent: 'success', title: 'Moved', text });
    setChanged(text);
  };

  const moveTo = (slot: Interval) => {
    const eventId = target();
    if (!eventId) return;
    moving(async () => {
      const result = await manage.move(eventId, slot, zone);
      if (result.status === 'moved') {
        const now = await manage.read(eventId);
        setAfter(now);
        moved(`${result.message} It is now ${formatSlot(now.start, now.end, zone)}.`);
        if (props.recurring) await readMeetings(eventId);
      } else if (result.status === 'conflict') {
        setOutcome({ intent: 'warning', title: 'Not moved: that time is taken', text: result.message, ...(result.nextBest ? { nextBest: result.nextBest } : {}) });
      } else {
        setOutcome({ intent: 'error', title: 'Not moved', text: result.message });
      }
    });
  };

  /** Every meeting of the series to a new start time: all are checked first; the meetings are read back from Graph. */
  const moveSeriesTo = (startTime: string) =>
    moving(async () => {
      const result = await manage.moveSeries(props.eventId, startTime, zone);
      if (result.status === 'moved') {
        const left = await readMeetings();
        const next = left[0];
        if (next) setAfter(next);
        moved(
          next
            ? `${result.message} ${left.length} ${left.length === 1 ? 'meeting' : 'meetings'} from today on; the next is ${formatSlot(next.start, next.end, zone)}.`
            : result.message,
        );
      } else if (result.status === 'conflict') {
        setOutcome({ intent: 'warning', title: 'Not moved: some meetings are taken at that time', text: result.message });
      } else {
        setOutcome({ intent: 'error', title: 'Not moved', text: result.message });
      }
    });

  const move = () => {
    if (props.recurring && scope === 'series') {
      if (!/^\d{2}:\d{2}$/.test(seriesTime)) {
        setOtherError('Enter the new start time (like 10:30).');
        return;
      }
      setOtherError(undefined);
      return moveSeriesTo(seriesTime);
    }
    if (picked.startsWith('time:') && choices.status === 'done') {
      const slot = choices.value.times[Number(picked.slice(5))];
      if (slot) return moveTo(slot);
    }
    let start: number;
    try {
      if (!/^\d{4}-\d{2}-\d{2}$/.test(otherDate)) throw new RangeError('date');
      if (!/^\d{2}:\d{2}$/.test(otherTime)) throw new RangeError('time');
      start = localDateTimeToInstant(`${otherDate}T${otherTime}`, zone, 'new time');
    } catch {
      setOtherError('Enter the new date (like 2027-01-12) and start time (like 10:30).');
      return;
    }
    setOtherError(undefined);
    moveTo({ start, end: start + length() });
  };

  const confirmCancel = () => {
    const eventId = target();
    if (!eventId) return;
    setBusy(true);
    setOutcome(undefined);
    void (async () => {
      try {
        const result = await manage.cancel(eventId, comment.trim() === '' ? undefined : comment.trim());
        setConfirming(false);
        if (result.status !== 'cancelled') {
          setOutcome({ intent: 'error', title: 'Not cancelled', text: result.message });
          return;
        }
        setFinished(true);
        let text = result.message;
        if (props.recurring && scope === 'one') {
          // Read back what Graph keeps of the series: the other meetings stay.
          const left = await readMeetings();
          text += left.length === 0 ? ' No meetings of the series are left.' : ` ${left.length} ${left.length === 1 ? 'meeting stays' : 'meetings stay'} in the series.`;
        }
        setOutcome({ intent: 'success', title: 'Cancelled', text });
        setChanged(text);
      } catch (error) {
        setOutcome({ intent: 'error', title: 'Not cancelled', text: `${errorText(error)} Nothing was changed; try again.` });
      } finally {
        setBusy(false);
      }
    })();
  };

  return {
    props,
    mode,
    scope,
    meetings,
    meetingId,
    choices,
    picked,
    otherDate,
    otherTime,
    seriesTime,
    otherError,
    comment,
    confirming,
    busy,
    outcome,
    after,
    finished,
    open,
    close,
    setScope: (next) => {
      setScope(next);
      setConfirming(false);
      setOtherError(undefined);
      setOutcome(undefined);
    },
    chooseMeeting,
    pick: (value) => {
      setPicked(value);
      setOtherError(undefined);
    },
    setOtherDate,
    setOtherTime,
    setSeriesTime,
    setComment,
    move,
    moveTo,
    askToCancel: () => {
      setOutcome(undefined);
      setConfirming(true);
    },
    keep: () => setConfirming(false),
    confirmCancel,
  };
}

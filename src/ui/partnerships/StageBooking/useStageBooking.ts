import { useEffect, useMemo, useRef, useState } from 'react';
import { DateTime } from 'luxon';
import { PARTNERSHIP_STAGES, STAGE_NAMES } from '../../../core/booking/planPartnership.js';
import type { Interval } from '../../../core/time/interval.js';
import type { AgendaEntry } from '../../../services/booking/index.js';
import type { BookingProgress } from '../../../services/booking/outcomes.js';
import type { Suggestions } from '../../../services/findTime/suggestTimes.js';
import type { WorkProgress } from '../../../services/longWork.js';
import type { PartnershipOutcome } from '../../../services/relations/index.js';
import { agendaToSend, templatesFor } from '../../booking/agendaValues.js';
import { formatSlot } from '../../common/formatTime.js';
import { todayIn } from '../../common/today.js';
import { useLongWork } from '../../common/useLongWork.js';
import { checkForm, defaultForm, DURATION_CHOICES, type FormErrors } from '../../findTime/findTimeForm.js';
import { useAppServices } from '../../services/appServices.js';
import { STAGE_BOOKING_TEXT } from '../../text/partnershipText.js';
import { slotKeyOf, type StageBookingProps, type StageBookingState } from './StageBooking.types.js';

/** Times shown at once: enough to choose from, few enough to read. */
const SHOWN_TIMES = 6;
const PER_DAY = 2;
/** Times ranked by the search, enough to spread six over several days. */
const RANKED_TIMES = 40;
/** Days searched by default: three school weeks. */
const DEFAULT_SPAN_DAYS = 20;

function addressLine(address: { street?: string; city?: string; state?: string; postalCode?: string } | undefined): string {
  if (!address) return '';
  return [address.street, address.city, [address.state, address.postalCode].filter(Boolean).join(' ')].filter((part) => part && part.trim() !== '').join(', ');
}

/**
 * The times to offer, from the search's best-first list: no two overlapping and at most two a day, so the
 * supervisor chooses between days rather than between half hours of one afternoon; shown in date order.
 */
export function spreadOut(ranked: readonly Interval[], zone: string): Interval[] {
  const picked: Interval[] = [];
  const perDay = new Map<string, number>();
  for (const slot of ranked) {
    if (picked.length === SHOWN_TIMES) break;
    const day = DateTime.fromMillis(slot.start, { zone }).toISODate()!;
    if ((perDay.get(day) ?? 0) >= PER_DAY || picked.some((p) => p.start < slot.end && slot.start < p.end)) continue;
    picked.push({ start: slot.start, end: slot.end });
    perDay.set(day, (perDay.get(day) ?? 0) + 1);
  }
  return picked.sort((a, b) => a.start - b.start);
}

/** The first day worth searching: tomorrow, or the day after the stage before, whichever is later. */
function firstSearchDay(today: string, zone: string, afterMs: number | undefined): string {
  const tomorrow = DateTime.fromISO(today, { zone }).plus({ days: 1 });
  const dayAfter = afterMs === undefined ? tomorrow : DateTime.fromMillis(afterMs, { zone }).startOf('day').plus({ days: 1 });
  return (dayAfter > tomorrow ? dayAfter : tomorrow).toISODate()!;
}

export function useStageBooking({ user, zone, partnership, onBooked, onCancel }: StageBookingProps): StageBookingState {
  const { findTime, partnerships, templates } = useAppServices();
  const stage = partnership.next;
  const stageNumber = PARTNERSHIP_STAGES.indexOf(stage) + 1;
  const principalName = partnership.principal.name ?? partnership.principal.address;
  const previous = PARTNERSHIP_STAGES[stageNumber - 2];
  const previousBooked = previous === undefined ? undefined : partnership.booked.find((b) => b.stage === previous);
  const template = templatesFor(stage, templates)[0];
  const templateMinutes = template?.durationMinutes ?? 60;
  const durations = useMemo(() => [...new Set([...DURATION_CHOICES, templateMinutes])].sort((a, b) => a - b), [templateMinutes]);

  const [form, setForm] = useState(() => {
    const firstDate = firstSearchDay(todayIn(zone), zone, previousBooked?.firstStart);
    const lastDate = DateTime.fromISO(firstDate).plus({ days: DEFAULT_SPAN_DAYS }).toISODate()!;
    return { firstDate, lastDate, durationMinutes: templateMinutes };
  });
  const [errors, setErrors] = useState<FormErrors>({});
  const [chosen, setChosen] = useState<Interval | undefined>();
  const [agenda, setAgenda] = useState<AgendaEntry | undefined>();
  const search = useLongWork<Suggestions, WorkProgress>();
  const booking = useLongWork<PartnershipOutcome, BookingProgress>();
  const headingRef = useRef<HTMLHeadingElement>(null);
  const problemRef = useRef<HTMLDivElement>(null);
  useEffect(() => headingRef.current?.focus(), []);
  // A problem after Book (taken time, a field to fix) is where the supervisor's attention goes next.
  useEffect(() => {
    if (booking.state.phase === 'failed' || (booking.state.phase === 'done' && booking.state.value.status !== 'booked')) problemRef.current?.focus();
  }, [booking.state]);

  const jointWork = stage === 'partnershipJointWork';
  const where = !jointWork
    ? { text: STAGE_BOOKING_TEXT.online, problem: false }
    : partnership.school
      ? { text: STAGE_BOOKING_TEXT.atSchool(partnership.school.name, addressLine(partnership.school.address)), problem: false }
      : { text: STAGE_BOOKING_TEXT.noSchool(principalName), problem: true };

  // Both free, and after the stage before (the service refuses a stage that comes before it).
  const found = search.state.phase === 'done' ? search.state.value.slots : [];
  const offered = spreadOut(
    found.filter((s) => previousBooked === undefined || s.start > previousBooked.firstStart),
    zone,
  );
  const times = chosen && !offered.some((t) => slotKeyOf(t) === slotKeyOf(chosen)) ? [chosen, ...offered] : offered;

  const changeForm = (change: Partial<typeof form>) => {
    setForm((f) => ({ ...f, ...change }));
    setErrors({});
  };

  return {
    stage,
    stageNumber,
    stageName: STAGE_NAMES[stage],
    principalName,
    zone,
    where,
    ...(previous && previousBooked
      ? { after: STAGE_BOOKING_TEXT.after(STAGE_NAMES[previous], formatSlot(previousBooked.firstStart, previousBooked.firstEnd ?? previousBooked.firstStart, zone)) }
      : {}),
    ...form,
    durations,
    errors,
    search: search.state,
    times,
    slotKey: chosen ? slotKeyOf(chosen) : '',
    agenda,
    booking: booking.state,
    busy: search.busy || booking.busy,
    headingRef,
    problemRef,
    setFirstDate: (firstDate) => changeForm({ firstDate }),
    setLastDate: (lastDate) => changeForm({ lastDate }),
    setDuration: (durationMinutes) => changeForm({ durationMinutes }),
    find: () => {
      // The two of them are the cohort: the form's checks (dates, range, length) apply as in Find time.
      const { errors: found, checked } = checkForm({ ...defaultForm(form.firstDate, stage, form.durationMinutes), cohortMode: 'people', ...form }, 2, zone);
      setErrors(found);
      if (!checked) return;
      setChosen(undefined);
      booking.reset();
      const principal = { id: partnership.principal.address, displayName: principalName, mail: partnership.principal.address };
      const organizer = { id: user.upn, displayName: user.displayName, mail: user.upn };
      void search.run(async (signal, onProgress) => {
        const { result } = await findTime.findTimes(
          {
            cohort: [principal],
            organizer,
            window: checked.window,
            durationMinutes: form.durationMinutes,
            timeZone: zone,
            tentativeCountsAsFree: false,
            kind: stage,
            maxResults: RANKED_TIMES,
          },
          { signal, onProgress },
        );
        return result;
      });
    },
    stop: search.stop,
    chooseSlot: (key) => {
      setChosen(times.find((t) => slotKeyOf(t) === key));
      booking.reset();
    },
    setAgenda,
    useInstead: (slot) => {
      setChosen(slot);
      booking.reset();
    },
    book: () => {
      if (!chosen) {
        booking.fail(STAGE_BOOKING_TEXT.chooseTime);
        return;
      }
      const slot = chosen;
      const sent = agendaToSend(stage, agenda, templates);
      void booking
        .run((_signal, onProgress) =>
          partnerships.book(
            {
              me: { address: user.upn, name: user.displayName },
              principal: partnership.principal,
              stage,
              timeZone: zone,
              slot,
              ...(sent ? { agenda: sent } : {}),
            },
            onProgress,
          ),
        )
        .then((outcome) => {
          if (outcome?.status === 'booked') onBooked(slot);
        });
    },
    cancel: () => {
      search.reset();
      booking.reset();
      onCancel();
    },
  };
}

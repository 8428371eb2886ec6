import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import { STAGE_NAMES } from '../../../core/booking/planPartnership.js';
import type { DirectoryPerson } from '../../../core/directory/model.js';
import { formatSlot } from '../../common/formatTime.js';
import { useAsync } from '../../common/useAsync.js';
import { usePeopleSearch } from '../../findTime/CohortPicker/useCohortPicker.js';
import { useAppServices } from '../../services/appServices.js';
import { PARTNERSHIP_TEXT } from '../../text/partnershipText.js';
import type { PartnershipsScreenProps, PartnershipsScreenState } from './PartnershipsScreen.types.js';

export function usePartnershipsScreen({ user, zone }: PartnershipsScreenProps): PartnershipsScreenState {
  const { partnerships, reads } = useAppServices();
  const [reload, setReload] = useState(0);
  const mine = useAsync(() => partnerships.mine(), [partnerships, reload]);
  const [bookingFor, setBookingFor] = useState('');
  // Cancel closes the form: focus goes back to that principal's Book button, not to the page body.
  const [returnTo, setReturnTo] = useState('');
  const returnFocusRef = useCallback((button: HTMLButtonElement | null) => button?.focus(), [returnTo]);
  const [notice, setNotice] = useState<string | undefined>();
  const noticeRef = useRef<HTMLDivElement>(null);
  // After a booking, focus goes to what was booked (the form that had focus is gone).
  useEffect(() => {
    if (notice) noticeRef.current?.focus();
  }, [notice]);

  const [otherChosen, setOtherChosen] = useState<DirectoryPerson | undefined>();
  const noneChosen = useMemo(() => [], []);
  const other = usePeopleSearch({
    directory: reads,
    people: noneChosen,
    onChange: ({ people }) => {
      const person = people?.[people.length - 1];
      if (person) setOtherChosen(person);
    },
  });
  const otherCheck = useAsync(
    () => (otherChosen ? partnerships.check({ address: user.upn, name: user.displayName }, { address: otherChosen.mail, name: otherChosen.displayName }) : undefined),
    [partnerships, otherChosen, user.upn, user.displayName],
  );

  return {
    user,
    zone,
    mine,
    bookingFor,
    returnTo,
    returnFocusRef,
    ...(notice && { notice }),
    noticeRef,
    other,
    ...(otherChosen && { otherChosen }),
    otherCheck,
    refresh: () => {
      setNotice(undefined);
      setReload((r) => r + 1);
    },
    openBooking: (address) => {
      setNotice(undefined);
      setReturnTo('');
      setBookingFor(address.toLowerCase());
    },
    closeBooking: () => {
      setReturnTo(bookingFor);
      setBookingFor('');
    },
    booked: (partnership, slot) => {
      const stage = partnership.next ? STAGE_NAMES[partnership.next] : '';
      setBookingFor('');
      setNotice(PARTNERSHIP_TEXT.bookedNotice(stage, partnership.principal.name ?? partnership.principal.address, formatSlot(slot.start, slot.end, zone)));
      // Booked means booked in Graph: the list is read again, not patched here.
      setReload((r) => r + 1);
    },
  };
}

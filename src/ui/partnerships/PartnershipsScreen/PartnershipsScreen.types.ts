import type { RefObject } from 'react';
import type { DirectoryPerson } from '../../../core/directory/model.js';
import type { Interval } from '../../../core/time/interval.js';
import type { Organizer } from '../../../services/booking/index.js';
import type { PartnershipView, YourPartnership } from '../../../services/relations/index.js';
import type { AsyncState } from '../../common/useAsync.js';
import type { PeopleSearchState } from '../../findTime/CohortPicker/CohortPicker.types.js';

export interface PartnershipsScreenProps {
  /** The signed-in supervisor. */
  readonly user: Organizer;
  readonly zone: string;
}

export interface PartnershipsScreenState {
  readonly user: Organizer;
  readonly zone: string;
  /** The principals who report to the signed-in person, with where each partnership stands. */
  readonly mine: AsyncState<YourPartnership[]>;
  /** The principal whose next stage is being booked (lower-case address), or ''. */
  readonly bookingFor: string;
  /** The principal whose booking was just cancelled: their Book button takes focus through `returnFocusRef`. */
  readonly returnTo: string;
  readonly returnFocusRef: (button: HTMLButtonElement | null) => void;
  /** What was just booked, in words. */
  readonly notice?: string;
  readonly noticeRef: RefObject<HTMLDivElement | null>;
  /** Checking any other principal: the search, who was chosen, and whose principal they are. */
  readonly other: PeopleSearchState;
  readonly otherChosen?: DirectoryPerson;
  readonly otherCheck: AsyncState<PartnershipView>;
  refresh(): void;
  openBooking(principalAddress: string): void;
  closeBooking(): void;
  booked(partnership: YourPartnership, slot: Interval): void;
}

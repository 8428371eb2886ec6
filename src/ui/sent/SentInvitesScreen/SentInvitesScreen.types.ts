import type { SentInvite } from '../../../core/invites/model.js';
import type { Organizer } from '../../../services/booking/index.js';
import type { AsyncState } from '../../common/useAsync.js';

export interface SentInvitesScreenProps {
  readonly user: Organizer;
  readonly zone: string;
}

export interface SentInvitesScreenState {
  readonly user: Organizer;
  readonly zone: string;
  readonly sent: AsyncState<SentInvite[]>;
  /** The sessions still to come, soonest first, and those that started before now, most recent first. */
  readonly upcoming: readonly SentInvite[];
  readonly earlier: readonly SentInvite[];
  /** What the last move or cancel did; the list below is read again from Graph after it. */
  readonly notice: string | undefined;
  refresh(): void;
  /** A session was moved or cancelled: say so and read the list again. */
  changed(message: string): void;
}

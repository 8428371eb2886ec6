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
  refresh(): void;
}

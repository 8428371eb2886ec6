import { useState } from 'react';
import { useAsync } from '../../common/useAsync.js';
import { useAppServices } from '../../services/appServices.js';
import type { SentInvitesScreenProps, SentInvitesScreenState } from './SentInvitesScreen.types.js';

export function useSentInvitesScreen({ user, zone }: SentInvitesScreenProps): SentInvitesScreenState {
  const { invites } = useAppServices();
  const [reload, setReload] = useState(0);
  const sent = useAsync(() => invites.sentInvites(), [invites, reload]);
  return { user, zone, sent, refresh: () => setReload((r) => r + 1) };
}

import { useState } from 'react';
import { useAsync } from '../../common/useAsync.js';
import { useAppServices } from '../../services/appServices.js';
import type { SentInvitesScreenProps, SentInvitesScreenState } from './SentInvitesScreen.types.js';

export function useSentInvitesScreen({ user, zone }: SentInvitesScreenProps): SentInvitesScreenState {
  const { invites } = useAppServices();
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<string | undefined>();
  const sent = useAsync(() => invites.sentInvites(), [invites, reload]);
  return {
    user,
    zone,
    sent,
    notice,
    refresh: () => setReload((r) => r + 1),
    changed: (message) => {
      setNotice(message);
      setReload((r) => r + 1);
    },
  };
}

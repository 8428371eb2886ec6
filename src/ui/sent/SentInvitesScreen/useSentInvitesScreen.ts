import { useState } from 'react';
import { nowMs } from '../../common/today.js';
import { useAsync } from '../../common/useAsync.js';
import { useAppServices } from '../../services/appServices.js';
import type { SentInvitesScreenProps, SentInvitesScreenState } from './SentInvitesScreen.types.js';

export function useSentInvitesScreen({ user, zone }: SentInvitesScreenProps): SentInvitesScreenState {
  const { invites } = useAppServices();
  const [reload, setReload] = useState(0);
  const [notice, setNotice] = useState<string | undefined>();
  const sent = useAsync(() => invites.sentInvites(), [invites, reload]);
  // A term of past sessions would otherwise push what is coming to the bottom of the page.
  const now = nowMs();
  const all = sent.status === 'done' ? sent.value : [];
  const upcoming = all.filter((i) => i.start >= now).sort((a, b) => a.start - b.start);
  const earlier = all.filter((i) => i.start < now).sort((a, b) => b.start - a.start);
  return {
    user,
    zone,
    sent,
    upcoming,
    earlier,
    notice,
    refresh: () => setReload((r) => r + 1),
    changed: (message) => {
      setNotice(message);
      setReload((r) => r + 1);
    },
  };
}

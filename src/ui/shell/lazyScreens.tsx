/**
 * The screens, each loaded when first shown: a coach's first page carries Find time, not the invite
 * bodies' HTML sanitizer or the Sent invites and learning-walk screens (see bench/tab.ts for the sizes).
 */
import { lazyComponent } from '../common/lazyComponent.js';

export const FindTimeScreen = lazyComponent(async () => (await import('../findTime/FindTimeScreen/index.js')).FindTimeScreen);
export const MyInvitesScreen = lazyComponent(async () => (await import('../invites/MyInvitesScreen/index.js')).MyInvitesScreen);
export const SentInvitesScreen = lazyComponent(async () => (await import('../sent/SentInvitesScreen/index.js')).SentInvitesScreen);
export const PartnershipsScreen = lazyComponent(async () => (await import('../partnerships/PartnershipsScreen/index.js')).PartnershipsScreen);

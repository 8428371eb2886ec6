/** Which screens each role sees, where each lands, and the screen a Teams static tab's URL asks for. */
import { SHELL_TEXT } from '../../text/uiText.js';
import type { ScreenId } from './AppShell.types.js';

/** Every screen, in the navigation's order. */
export const SCREENS: readonly { readonly id: ScreenId; readonly label: string }[] = [
  { id: 'report', label: SHELL_TEXT.screens.report },
  { id: 'findTime', label: SHELL_TEXT.screens.findTime },
  { id: 'invites', label: SHELL_TEXT.screens.invites },
  { id: 'sent', label: SHELL_TEXT.screens.sent },
  { id: 'partnerships', label: SHELL_TEXT.screens.partnerships },
];

/**
 * The screens each role uses, landing screen first; unknown roles (no role claim) get the coach's and principal's.
 * Coaches include principal supervisors (Partnerships lists whoever reports to the signed-in person).
 */
export function screensFor(role: string | undefined): ScreenId[] {
  if (role === 'districtAdmin') return ['report', 'invites'];
  if (role === 'coach') return ['findTime', 'sent', 'partnerships', 'invites'];
  if (role === 'principal') return ['invites'];
  return ['invites', 'findTime', 'sent', 'partnerships'];
}

/** A Teams static tab opens a given screen with `?screen=findTime` or `?screen=invites`. */
export function screenFromUrl(search: string): ScreenId | undefined {
  const wanted = new URLSearchParams(search).get('screen');
  return SCREENS.find((s) => s.id === wanted)?.id;
}

/** District admins land on the report, coaches on Find time, everyone else on what they were invited to. */
export function landingScreen(role: string | undefined): ScreenId {
  return screensFor(role)[0]!;
}

/** "Coach", "Principal", "District admin"; an unknown role as it is spelled, capitalized. */
export function roleLabel(role: string | undefined): string | undefined {
  if (role === undefined) return undefined;
  return SHELL_TEXT.roles[role] ?? role.charAt(0).toUpperCase() + role.slice(1);
}

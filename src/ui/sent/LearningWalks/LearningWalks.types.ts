import type { BookingPlan } from '../../../core/booking/index.js';
import type { WalkBrief } from '../../../services/answers/hostBrief.js';
import type { DraftOutcome, VisitorInviteOutcome, WalkRotation, WalkStatus, WalkWay } from '../../../services/booking/index.js';
import type { Organizer } from '../../../services/booking/index.js';
import type { AsyncState } from '../../common/useAsync.js';
import type { LongWorkState } from '../../common/useLongWork.js';
import type { StoredWalkPlan } from '../../session/walkPlans.js';

export interface LearningWalksProps {
  readonly user: Organizer;
  readonly zone: string;
}

export interface LearningWalksState {
  readonly zone: string;
  /** Rotations this browser kept the plan of (they can also book missing walks). */
  readonly stored: readonly StoredWalkPlan[];
  /** Rotations in Graph this browser has no plan for: worked from the plan id (each walk keeps its roster). */
  readonly fromGraph: readonly WalkRotation[];
  readonly found: AsyncState<WalkRotation[]>;
  /** Nothing to show: no rotation anywhere and Graph answered. */
  readonly empty: boolean;
  onSaved(entry: StoredWalkPlan): void;
}

export interface WalkRotationCardProps {
  readonly planId: string;
  /** The plan as this browser kept it, when it did. */
  readonly stored?: StoredWalkPlan;
  /** The rotation as found in Graph, when this browser has no plan for it. */
  readonly found?: WalkRotation;
  readonly zone: string;
  onSaved(entry: StoredWalkPlan): void;
}

/** What a coach's action on a rotation came to. */
export type RotationActionResult =
  | { readonly kind: 'invited'; readonly outcomes: readonly VisitorInviteOutcome[] }
  | { readonly kind: 'booked' }
  /** `taken`: every problem was a time someone took meanwhile (a warning, not an error). */
  | { readonly kind: 'problems'; readonly message: string; readonly taken: boolean; readonly outcomes: readonly DraftOutcome[] };

export interface WalkRotationCardState {
  readonly zone: string;
  readonly stored?: StoredWalkPlan;
  readonly status: AsyncState<WalkStatus[]>;
  readonly walks: readonly WalkStatus[];
  /** Each walk's host brief, read from the hosts' answers (and put on the walk for the visitors when newer). */
  readonly briefs: AsyncState<WalkBrief[]>;
  briefOf(walk: WalkStatus): WalkBrief | undefined;
  readonly drafts: BookingPlan['drafts'];
  readonly total: number;
  /** Walks of the plan with no event in Graph: never booked, stopped, taken by a conflict, or deleted in Outlook. */
  readonly missing: BookingPlan['drafts'];
  readonly readyForVisitors: number;
  readonly action: LongWorkState<RotationActionResult, string>;
  readonly working: boolean;
  readonly first?: { readonly start: number; readonly end: number };
  outcomeOf(walk: WalkStatus): VisitorInviteOutcome | undefined;
  nameOf(address: string): string;
  refresh(): void;
  invite(): void;
  bookMissing(): void;
  /** The ways forward the last booking's conflict offered for a walk (by its key), re-checked then. */
  waysFor(key: string): readonly WalkWay[];
  /** Books that walk at the way's time under the rotation's plan id (the others are found as booked). */
  takeWay(key: string, way: WalkWay): void;
}

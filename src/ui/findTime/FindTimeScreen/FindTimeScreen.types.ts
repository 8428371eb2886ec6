import type { FormEvent, RefObject } from 'react';
import type { NoFitOffer } from '../../../core/slots/explainNoFit.js';
import type { BookedSession } from '../../../services/booking/bookedSessions.js';
import type { CohortGroup, DirectoryPerson } from '../../../core/directory/model.js';
import type { GraphReads } from '../../../graph/index.js';
import type { SessionPlan } from '../../../services/booking/sessionPlan.js';
import type { FindTimeResult, SeriesSuggestion, Suggestion } from '../../../services/findTime/index.js';
import type { CoachingPair } from '../../../services/findTime/index.js';
import type { WorkProgress } from '../../../services/longWork.js';
import type { AsyncState } from '../../common/useAsync.js';
import type { LongWorkState } from '../../common/useLongWork.js';
import type { FindTimeForm, FormErrors } from '../findTimeForm.js';

export interface FindTimeScreenProps {
  /** The coach who books: they organize every invite. */
  readonly user: { readonly upn: string; readonly displayName: string };
  /** The coach's IANA zone: dates are read and times shown in it. */
  readonly zone: string;
  readonly narrow: boolean;
}

export interface FindTimeScreenState {
  readonly user: FindTimeScreenProps['user'];
  readonly zone: string;
  readonly narrow: boolean;
  /** Where people are searched for the cohort. */
  readonly directory: Pick<GraphReads, 'searchPeople'>;
  readonly form: FindTimeForm;
  readonly errors: FormErrors;
  readonly groups: AsyncState<CohortGroup[]>;
  readonly members: AsyncState<DirectoryPerson[]>;
  readonly cohort: readonly DirectoryPerson[];
  readonly search: LongWorkState<FindTimeResult, WorkProgress>;
  /** The plan being booked, once the coach chose a suggestion. */
  readonly plan: SessionPlan | null;
  readonly resultsHeadingRef: RefObject<HTMLHeadingElement | null>;
  /** Stops the search (the answer, if it comes, is dropped). */
  stop(): void;
  update(change: Partial<FindTimeForm>): void;
  chooseKind(kind: string): void;
  submit(event: FormEvent): void;
  /** Searches again the way an empty search's explanation offered (the next window, fewer required). */
  takeOffer(offer: NoFitOffer): void;
  /** When a rotation left schools out: search longer, through a later last day (each offer searches again). */
  readonly rotationOffers: readonly NoFitOffer[];
  /** The booked session of a suggestion on screen, read from Graph, if it is booked. */
  booked(suggestion: Suggestion): BookedSession | undefined;
  /** A booked suggestion was moved or cancelled: says so and reads the booked state again. */
  bookedChanged(message: string): void;
  readonly bookedNotice: string | undefined;
  chooseTime(suggestion: Suggestion): void;
  chooseSeries(series: SeriesSuggestion): void;
  choosePair(pair: CoachingPair, series: SeriesSuggestion): void;
  setPlan(plan: SessionPlan | null): void;
}

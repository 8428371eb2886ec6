import { Badge, Button, Card, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { PARTNERSHIP_STAGES, STAGE_NAMES, type PartnershipStage } from '../../../core/booking/planPartnership.js';
import type { YourPartnership } from '../../../services/relations/index.js';
import { formatSlot } from '../../common/formatTime.js';
import { PeopleSearchBox } from '../../findTime/CohortPicker/PeopleSearchBox.js';
import { PARTNERSHIP_TEXT } from '../../text/partnershipText.js';
import { StageBooking } from '../StageBooking/index.js';
import type { PartnershipsScreenState } from './PartnershipsScreen.types.js';
import type { PartnershipsScreenClasses } from './usePartnershipsScreenStyles.styles.js';

export function renderPartnershipsScreen(state: PartnershipsScreenState, classes: PartnershipsScreenClasses) {
  const { mine } = state;
  return (
    <div className={classes.root}>
      <div className={classes.bar}>
        <h2 className={classes.heading}>{PARTNERSHIP_TEXT.heading}</h2>
        <Button size="small" onClick={state.refresh} disabled={mine.status === 'loading'}>
          {PARTNERSHIP_TEXT.refresh}
        </Button>
      </div>
      <Text>{PARTNERSHIP_TEXT.intro}</Text>
      <div role="status" aria-live="polite">
        {mine.status === 'loading' && <Spinner size="small" label={PARTNERSHIP_TEXT.loading} />}
        {mine.status === 'done' && <Text>{mine.value.length === 0 ? PARTNERSHIP_TEXT.none : PARTNERSHIP_TEXT.count(mine.value.length)}</Text>}
      </div>
      {state.notice && (
        <div ref={state.noticeRef} tabIndex={-1} className={classes.notice}>
          <MessageBar intent="success">
            <MessageBarBody>{state.notice}</MessageBarBody>
          </MessageBar>
        </div>
      )}
      {mine.status === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{mine.message}</MessageBarBody>
        </MessageBar>
      )}
      {mine.status === 'done' && mine.value.length === 0 && <Text>{PARTNERSHIP_TEXT.noneFix}</Text>}
      {mine.status === 'done' && mine.value.length > 0 && (
        <ul className={classes.list} aria-label={PARTNERSHIP_TEXT.listLabel}>
          {mine.value.map((p) => (
            <PartnershipCard key={p.principal.address} partnership={p} state={state} classes={classes} />
          ))}
        </ul>
      )}
      <OtherPrincipal state={state} classes={classes} />
    </div>
  );
}

function PartnershipCard({ partnership, state, classes }: { partnership: YourPartnership; state: PartnershipsScreenState; classes: PartnershipsScreenClasses }) {
  const name = partnership.principal.name ?? partnership.principal.address;
  const { next } = partnership;
  const open = state.bookingFor === partnership.principal.address.toLowerCase();
  return (
    <li>
      <Card aria-label={name}>
        <h3 className={classes.title}>{name}</h3>
        {partnership.school && <Text>{partnership.school.name}</Text>}
        <ol className={classes.stages} aria-label={PARTNERSHIP_TEXT.stagesLabel(name)}>
          {PARTNERSHIP_STAGES.map((stage) => (
            <StageLine key={stage} stage={stage} partnership={partnership} zone={state.zone} classes={classes} />
          ))}
        </ol>
        <Text weight="semibold">{next ? PARTNERSHIP_TEXT.nextIs(STAGE_NAMES[next]) : PARTNERSHIP_TEXT.allBooked}</Text>
        {next && !open && (
          <div className={classes.actions}>
            <Button
              appearance="primary"
              onClick={() => state.openBooking(partnership.principal.address)}
              {...(state.returnTo === partnership.principal.address.toLowerCase() && { ref: state.returnFocusRef })}
            >
              {PARTNERSHIP_TEXT.book(PARTNERSHIP_STAGES.indexOf(next) + 1, name)}
            </Button>
          </div>
        )}
        {next && open && (
          <StageBooking
            user={state.user}
            zone={state.zone}
            partnership={{ ...partnership, next }}
            onBooked={(slot) => state.booked(partnership, slot)}
            onCancel={state.closeBooking}
          />
        )}
      </Card>
    </li>
  );
}

function StageLine({ stage, partnership, zone, classes }: { stage: PartnershipStage; partnership: YourPartnership; zone: string; classes: PartnershipsScreenClasses }) {
  const booked = partnership.booked.find((b) => b.stage === stage);
  const isNext = partnership.next === stage;
  return (
    <li className={classes.stage}>
      <Badge className={classes.badge} appearance={booked ? 'filled' : 'outline'} color={booked ? 'success' : isNext ? 'brand' : 'informative'}>
        {booked ? PARTNERSHIP_TEXT.booked : isNext ? PARTNERSHIP_TEXT.nextBadge : PARTNERSHIP_TEXT.notYet}
      </Badge>
      <Text>
        {STAGE_NAMES[stage]}
        {booked && `: ${PARTNERSHIP_TEXT.bookedFor(formatSlot(booked.firstStart, booked.firstEnd ?? booked.firstStart, zone))}`}
      </Text>
    </li>
  );
}

function OtherPrincipal({ state, classes }: { state: PartnershipsScreenState; classes: PartnershipsScreenClasses }) {
  const { otherCheck, otherChosen } = state;
  const name = otherChosen?.displayName ?? '';
  return (
    <section className={classes.other} aria-labelledby="partnerships-other">
      <h3 id="partnerships-other" className={classes.subheading}>
        {PARTNERSHIP_TEXT.other.heading}
      </h3>
      <PeopleSearchBox search={state.other} label={PARTNERSHIP_TEXT.other.label} hint={PARTNERSHIP_TEXT.other.hint} />
      <div role="status" aria-live="polite">
        {otherCheck.status === 'loading' && <Spinner size="tiny" label={PARTNERSHIP_TEXT.other.checking(name)} />}
        {otherCheck.status === 'done' && otherCheck.value.status === 'yours' && <Text>{PARTNERSHIP_TEXT.other.yours(name)}</Text>}
      </div>
      {otherCheck.status === 'done' && otherCheck.value.status === 'notYours' && (
        <MessageBar intent="warning" role="alert">
          <MessageBarBody>{otherCheck.value.message}</MessageBarBody>
        </MessageBar>
      )}
      {otherCheck.status === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{otherCheck.message}</MessageBarBody>
        </MessageBar>
      )}
    </section>
  );
}

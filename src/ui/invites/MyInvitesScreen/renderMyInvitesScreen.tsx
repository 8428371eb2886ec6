import { Button, MessageBar, MessageBarBody, Spinner, Text } from '@fluentui/react-components';
import { InviteCard } from '../InviteCard/index.js';
import type { MyInvitesScreenState } from './MyInvitesScreen.types.js';
import type { MyInvitesScreenClasses } from './useMyInvitesScreenStyles.styles.js';
import { MY_INVITES_TEXT as T } from '../../text/invitesText.js';

export function renderMyInvitesScreen(state: MyInvitesScreenState, classes: MyInvitesScreenClasses) {
  const { loaded, invites, weeksAhead } = state;
  return (
    <div className={classes.root}>
      <div className={classes.bar}>
        <h2 className={classes.heading}>{T.title}</h2>
        <Button size="small" onClick={state.refresh} disabled={loaded.status === 'loading'}>
          {T.refresh}
        </Button>
      </div>
      <div role="status" aria-live="polite">
        {loaded.status === 'loading' && <Spinner size="small" label={T.loading} />}
        {loaded.status === 'done' && <Text>{invites.length === 0 ? T.none(weeksAhead) : T.some(invites.length, weeksAhead, state.unanswered)}</Text>}
        {state.announcement && <Text weight="semibold"> {state.announcement}</Text>}
      </div>
      {loaded.status === 'failed' && (
        <MessageBar intent="error" role="alert">
          <MessageBarBody>{loaded.message}</MessageBarBody>
        </MessageBar>
      )}
      {invites.length > 0 && (
        <ul className={classes.list} aria-label={T.list}>
          {invites.map((invite) => (
            <li key={invite.id}>
              <InviteCard
                invite={invite}
                isOpenInOutlook={invite.id === state.focusEventId}
                timeZone={state.zone}
                {...(state.readerName && { readerName: state.readerName })}
                readerAddress={state.readerAddress}
                note={state.notes[invite.id] ?? ''}
                onNoteChange={(note) => state.setNote(invite.id, note)}
                onRespond={(response, note, proposal) => state.respond(invite, response, note, proposal)}
                onSendBrief={(brief, note, response) => state.sendBrief(invite, brief, note, response)}
              />
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}

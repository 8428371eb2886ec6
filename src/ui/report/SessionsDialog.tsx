/** Drill-down: the sessions behind one row, with each principal's answer as the organizer's calendar holds it. */
import { Button, Dialog, DialogActions, DialogBody, DialogContent, DialogSurface, DialogTitle } from '@fluentui/react-components';
import type { ReportRow, ReportSession } from '../../core/report/model.js';
import { ANSWER_WORDS, hoursText, sessionTime } from './reportWords.js';
import { useReportStyles } from './useReportStyles.js';

export interface SessionsDialogProps {
  readonly detail?: { readonly row: ReportRow; readonly sessions: readonly ReportSession[] };
  readonly nameOf: (key: string) => string;
  readonly kindLabel: (kind: string) => string;
  readonly onClose: () => void;
}

export function SessionsDialog({ detail, nameOf, kindLabel, onClose }: SessionsDialogProps) {
  const styles = useReportStyles();
  return (
    <Dialog open={detail !== undefined} onOpenChange={(_, d) => !d.open && onClose()}>
      <DialogSurface>
        <DialogBody>
          <DialogTitle>Sessions: {detail?.row.label}</DialogTitle>
          <DialogContent>
            {detail && detail.sessions.length === 0 && <p>No Common Time sessions in this window.</p>}
            {detail && detail.sessions.length > 0 && (
              <table className={styles.dataTable}>
                <caption className={styles.visuallyHidden}>Sessions of {detail.row.label}</caption>
                <thead>
                  <tr>
                    <th scope="col">When</th>
                    <th scope="col">Kind</th>
                    <th scope="col">Session</th>
                    <th scope="col">Hours</th>
                    <th scope="col">Answers</th>
                  </tr>
                </thead>
                <tbody>
                  {detail.sessions.map((s) => (
                    <tr key={`${s.organizer}|${s.id}`}>
                      <td>{sessionTime(s.start)}</td>
                      <td>{kindLabel(s.kind)}</td>
                      <td>{s.subject}</td>
                      <td>{hoursText(s.hours)}</td>
                      <td>
                        {Object.entries(s.answers)
                          .map(([k, a]) => `${nameOf(k)}: ${ANSWER_WORDS[a]}`)
                          .join('; ')}
                      </td>
                    </tr>
                  ))}
                </tbody>
              </table>
            )}
          </DialogContent>
          <DialogActions>
            <Button appearance="primary" onClick={onClose}>
              Close
            </Button>
          </DialogActions>
        </DialogBody>
      </DialogSurface>
    </Dialog>
  );
}

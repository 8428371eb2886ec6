/// <reference types="office-js" />
/**
 * The sign-in fallback in Outlook without nested app authentication: Microsoft's sign-in page cannot
 * run inside the task pane's frame, so it opens in an Office dialog (Mailbox 1.4), whose page sends the
 * result back with Office.context.ui.messageParent.
 */
import { officeCall, requireFeature } from './officeCalls.js';
import type { OfficeApi } from './officeCalls.js';

/** Office's code when the person closes the dialog themselves. */
const DIALOG_CLOSED_BY_USER = 12006;

export async function openOfficeDialog(office: OfficeApi, url: string, options: { height?: number; width?: number } = {}): Promise<string> {
  requireFeature(office, 'dialog');
  const dialog = await officeCall<Office.Dialog>('open the sign-in window', (cb) =>
    office.context.ui.displayDialogAsync(url, { height: options.height ?? 60, width: options.width ?? 30, promptBeforeOpen: false }, cb),
  );
  return new Promise<string>((resolve, reject) => {
    dialog.addEventHandler('dialogMessageReceived' as unknown as Office.EventType, (arg) => {
      dialog.close();
      if ('message' in arg) resolve(String(arg.message));
      else reject(new Error('The sign-in window answered without a result.'));
    });
    dialog.addEventHandler('dialogEventReceived' as unknown as Office.EventType, (arg) => {
      const code = 'error' in arg ? arg.error : 0;
      reject(new Error(code === DIALOG_CLOSED_BY_USER ? 'The sign-in window was closed before sign-in finished.' : `The sign-in window failed (Office error ${code}).`));
    });
  });
}

/** In the dialog's own page: hand the result to the task pane that opened it. */
export function replyToOfficeParent(office: OfficeApi, message: string): void {
  office.context.ui.messageParent(message);
}

/**
 * Response messages as Graph returns them: `@odata.type` `#microsoft.graph.eventMessageResponse`, the
 * body in HTML by default or as text with `Prefer: outlook.body-content-type="text"` (message-get.md).
 * The comment is text; in the HTML body every character HTML gives meaning to is escaped and line
 * breaks become `<br>`, so nothing an attendee typed can become markup.
 */
import type { StoredResponseMessage } from './responses.js';

export type BodyFormat = 'html' | 'text';

const ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' };

export function escapeHtmlText(text: string): string {
  return text.replace(/[&<>"']/g, (c) => ESCAPES[c]!);
}

/** Exchange's HTML document around a plain-text body (the meta line as in Graph's own examples). */
export function htmlBodyFor(comment: string): string {
  const inner = escapeHtmlText(comment).replace(/\r\n|\r|\n/g, '<br>');
  return `<html><head>\r\n<meta http-equiv="Content-Type" content="text/html; charset=utf-8">\r\n</head>\r\n<body>\r\n<div>${inner}</div>\r\n</body>\r\n</html>\r\n`;
}

/** Graph's bodyPreview: the first 255 characters of the body as text, whitespace folded. */
function previewOf(comment: string): string {
  return comment.replace(/\s+/g, ' ').trim().slice(0, 255);
}

export function presentMessage(message: StoredResponseMessage, format: BodyFormat): Record<string, unknown> {
  const { comment, eventId: _navigation, createdDateTime, proposedNewTime, ...fields } = message;
  return {
    '@odata.type': '#microsoft.graph.eventMessageResponse',
    '@odata.etag': `W/"${message.changeKey}"`,
    ...structuredClone(fields),
    createdDateTime,
    lastModifiedDateTime: createdDateTime,
    receivedDateTime: createdDateTime,
    sentDateTime: createdDateTime,
    categories: [],
    hasAttachments: false,
    internetMessageId: `<${message.id.slice(7, 31)}@demo.common-time.example>`,
    bodyPreview: previewOf(comment),
    importance: 'normal',
    parentFolderId: 'AQMkInbox',
    sender: structuredClone(message.from),
    ccRecipients: [],
    bccRecipients: [],
    replyTo: [],
    isDeliveryReceiptRequested: false,
    isReadReceiptRequested: false,
    isRead: false,
    isDraft: false,
    webLink: `https://outlook.office365.com/owa/?ItemID=${encodeURIComponent(message.id)}&exvsurl=1&viewmodel=ReadMessageItem`,
    inferenceClassification: 'focused',
    body: format === 'text' ? { contentType: 'text', content: comment } : { contentType: 'html', content: htmlBodyFor(comment) },
    meetingMessageType: MEETING_MESSAGE_TYPE[message.responseType],
    isOutOfDate: false,
    isDelegated: false,
    proposedNewTime: proposedNewTime ? structuredClone(proposedNewTime) : null,
  };
}

/** Graph's enum value really is spelled `meetingTenativelyAccepted` (microsoft-graph-types MeetingMessageType). */
const MEETING_MESSAGE_TYPE: Record<StoredResponseMessage['responseType'], string> = {
  accepted: 'meetingAccepted',
  tentativelyAccepted: 'meetingTenativelyAccepted',
  declined: 'meetingDeclined',
};

/** Every property a response message can be selected by. */
export const MESSAGE_PROPERTIES = [
  'id',
  'createdDateTime',
  'lastModifiedDateTime',
  'changeKey',
  'categories',
  'receivedDateTime',
  'sentDateTime',
  'hasAttachments',
  'internetMessageId',
  'subject',
  'bodyPreview',
  'importance',
  'parentFolderId',
  'conversationId',
  'isDeliveryReceiptRequested',
  'isReadReceiptRequested',
  'isRead',
  'isDraft',
  'webLink',
  'inferenceClassification',
  'body',
  'sender',
  'from',
  'toRecipients',
  'ccRecipients',
  'bccRecipients',
  'replyTo',
  'meetingMessageType',
  'startDateTime',
  'endDateTime',
  'location',
  'type',
  'recurrence',
  'isOutOfDate',
  'isAllDay',
  'isDelegated',
  'responseType',
  'proposedNewTime',
] as const;

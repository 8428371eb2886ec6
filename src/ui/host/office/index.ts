/** The one module that talks to Office.js: start-up, requirement sets, the open item, the sign-in dialog. */
export { REQUIREMENTS, OfficeCallError, OfficeUnsupportedError, type OfficeFeature, type Requirement } from './requirements.js';
export { supports, requireFeature, officeCall, type OfficeApi } from './officeCalls.js';
export { openItem, type BodyType, type ComposeMeeting, type ItemPerson, type OpenItem, type OtherItem, type ReadMeeting } from './outlookItem.js';
export { openOfficeDialog, replyToOfficeParent } from './officeDialog.js';
export { connectToOffice, officeGlobal, officeReady } from './officeHost.js';

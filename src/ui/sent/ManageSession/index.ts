export { ManageSession } from './ManageSession.js';
export type { ManageSessionProps } from './ManageSession.types.js';

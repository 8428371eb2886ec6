export { FindTimeScreen } from './FindTimeScreen.js';
export type { FindTimeScreenProps } from './FindTimeScreen.types.js';

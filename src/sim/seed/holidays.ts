/** The demo district's closures come from the district calendar the app itself honours (src/core/district). */
export { isClosed, isSchoolDay, schoolClosures, type Closure } from '../../core/district/usSchoolClosures.js';

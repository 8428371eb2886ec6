export { parseScheduleResponse } from './parse-schedule.js';
export { GraphInputError } from './json-reader.js';

export * from './model.js';
export { buildReport, type ReportInput } from './aggregate.js';
export { reportToCsv, escapeCsvCell, CSV_BOM } from './csv.js';
export { reportWindow, weekOf, weeksOf, weekCount, ReportInputError, MAX_REPORT_DAYS, type ReportWindow } from './window.js';

export { createReportService, type ReportGateway, type ReportRequest, type ReportRunOptions, type ReportService } from './reportService.js';
export { DEFAULT_REPORT_SETTINGS, type ReportSettings } from './reportSettings.js';

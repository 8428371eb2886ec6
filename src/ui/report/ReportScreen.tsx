/** The district admin's report in the tab: state hook, styles hook, render (Fluent's component split). */
import type { ReportScreenProps } from './Report.types.js';
import { renderReport } from './renderReport.js';
import { useReport } from './useReport.js';
import { useReportStyles } from './useReportStyles.js';

export function ReportScreen(props: ReportScreenProps) {
  const state = useReport(props);
  const styles = useReportStyles();
  return renderReport(state, styles);
}

export default ReportScreen;

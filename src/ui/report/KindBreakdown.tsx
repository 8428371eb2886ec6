/** Hours by kind of session (cohort meetings, learning walks, ...), with the figures as a table. */
import { DataVizPalette, DonutChart, getColorFromToken } from '@fluentui/react-charts';
import type { Report } from '../../core/report/model.js';
import { ChartWithTable } from './ChartWithTable.js';
import { hoursText } from './reportWords.js';

const PALETTE = Object.values(DataVizPalette)
  .slice(0, 12)
  .map((token) => getColorFromToken(token));

export function KindBreakdown({ report }: { report: Report }) {
  const total = report.rows.reduce((n, r) => n + r.hours.total, 0);
  return (
    <ChartWithTable
      title="Protected hours by kind of session"
      chart={
        report.rows.length === 0 ? (
          <p>No sessions in this window.</p>
        ) : (
          <DonutChart
            data={{ chartTitle: 'Hours by kind', chartData: report.rows.map((r, i) => ({ legend: r.label, data: r.hours.total, color: PALETTE[i % PALETTE.length]! })) }}
            innerRadius={55}
            valueInsideDonut={hoursText(total)}
            height={240}
          />
        )
      }
      columns={['Kind', 'Hours', 'Sessions', 'Principals taking part']}
      rows={report.rows.map((r) => [r.label, hoursText(r.hours.total), r.sessions, r.principals - r.principalsWithNone])}
    />
  );
}

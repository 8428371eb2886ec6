/** Hours set aside each week, stacked by answer, with the weekly figures as a table. */
import { DataVizPalette, VerticalStackedBarChart, getColorFromToken } from '@fluentui/react-charts';
import type { Report } from '../../core/report/model.js';
import { ChartWithTable } from './ChartWithTable.js';
import { hoursText, shortDate } from './reportWords.js';

export function WeekTrend({ report }: { report: Report }) {
  const data = report.rows.map((w) => ({
    xAxisPoint: shortDate(w.key),
    chartData: [
      // One fixed color per answer, from Fluent's data-visualization palette, so the legend matches the bars.
      { legend: 'Accepted', data: w.hours.accepted, color: getColorFromToken(DataVizPalette.color1) },
      { legend: 'Tentative', data: w.hours.tentative, color: getColorFromToken(DataVizPalette.color2) },
      { legend: 'Not answered yet', data: w.hours.pending, color: getColorFromToken(DataVizPalette.color3) },
    ],
  }));
  return (
    <ChartWithTable
      title="Protected hours by week"
      chart={<VerticalStackedBarChart data={data} height={260} yAxisTitle="Hours" hideLegend={false} />}
      columns={['Week of', 'Accepted', 'Tentative', 'Not answered yet', 'Total', 'Principals with none']}
      rows={report.rows.map((w) => [
        shortDate(w.key),
        hoursText(w.hours.accepted),
        hoursText(w.hours.tentative),
        hoursText(w.hours.pending),
        hoursText(w.hours.total),
        w.principalsWithNone,
      ])}
    />
  );
}

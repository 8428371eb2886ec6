/**
 * A chart and the same figures as a table: the table is always there for screen readers (visually
 * hidden until someone asks to see it), while the chart keeps its own labels and keyboard legend.
 */
import { useState, type ReactNode } from 'react';
import { Button } from '@fluentui/react-components';
import { useReportStyles } from './useReportStyles.js';

export interface ChartWithTableProps {
  readonly title: string;
  readonly chart: ReactNode;
  readonly columns: readonly string[];
  readonly rows: ReadonlyArray<ReadonlyArray<string | number>>;
}

export function ChartWithTable({ title, chart, columns, rows }: ChartWithTableProps) {
  const styles = useReportStyles();
  const [showTable, setShowTable] = useState(false);
  return (
    <>
      <div>{chart}</div>
      <Button appearance="subtle" size="small" onClick={() => setShowTable((s) => !s)} aria-expanded={showTable}>
        {showTable ? 'Hide the figures' : 'Show the figures as a table'}
      </Button>
      <table className={showTable ? styles.dataTable : styles.visuallyHidden}>
        <caption className={styles.visuallyHidden}>{title}</caption>
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c} scope="col">
                {c}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((r, i) => (
            <tr key={i}>
              {r.map((cell, j) =>
                j === 0 ? (
                  <th key={j} scope="row">
                    {cell}
                  </th>
                ) : (
                  <td key={j}>{cell}</td>
                ),
              )}
            </tr>
          ))}
        </tbody>
      </table>
    </>
  );
}

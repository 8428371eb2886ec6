/** The school-visit network: who has seen whose school on a learning walk, and which schools nobody visited. */
import type { Report } from '../../core/report/model.js';
import { useReportStyles } from './useReportStyles.js';

export function NetworkPanel({ report, nameOf }: { report: Report; nameOf: (key: string) => string }) {
  const styles = useReportStyles();
  const visitors = [...new Set(report.network.visits.map((v) => v.visitor))];
  return (
    <>
      <p>
        {report.network.notVisited.length === 0
          ? 'Every school was visited on a learning walk.'
          : `${report.network.notVisited.length} school${report.network.notVisited.length === 1 ? ' was' : 's were'} not visited on a learning walk in this window:`}
      </p>
      {report.network.notVisited.length > 0 && (
        <ul className={styles.list} tabIndex={0} aria-label="Schools not visited">
          {report.network.notVisited.map((s) => (
            <li key={s}>{s}</li>
          ))}
        </ul>
      )}
      <details>
        <summary>
          Who visited whose school ({report.network.visits.length} visits by {visitors.length} principals)
        </summary>
        <table className={styles.dataTable}>
          <caption className={styles.visuallyHidden}>Schools each principal visited on learning walks</caption>
          <thead>
            <tr>
              <th scope="col">Principal</th>
              <th scope="col">Schools visited</th>
            </tr>
          </thead>
          <tbody>
            {visitors.map((v) => (
              <tr key={v}>
                <th scope="row">{nameOf(v)}</th>
                <td>
                  {report.network.visits
                    .filter((x) => x.visitor === v)
                    .map((x) => (x.walks > 1 ? `${x.school} (${x.walks})` : x.school))
                    .join(', ')}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </>
  );
}

import { Button, mergeClasses } from '@fluentui/react-components';
import type { GridCellState } from '../../../services/findTime/availabilityGrid.js';
import { CELL_WORDS, GRID_WORDS } from '../../text/uiText.js';
import type { AvailabilityGridState } from './AvailabilityGrid.types.js';
import type { AvailabilityGridClasses } from './useAvailabilityGridStyles.styles.js';

const LOOK: Record<GridCellState, 'free' | 'busy' | 'tentative' | 'oof' | 'away'> = {
  free: 'free',
  busy: 'busy',
  tentative: 'tentative',
  oof: 'oof',
  workingElsewhere: 'away',
  outsideWorkingHours: 'away',
  unknown: 'away',
  excluded: 'away',
};

export function renderAvailabilityGrid(state: AvailabilityGridState, classes: AvailabilityGridClasses) {
  const { grid, columnLabels, highlighted } = state;
  const total = grid.rows.length;
  return (
    <section className={classes.root} aria-labelledby="who-is-free-title">
      <div className={classes.bar}>
        <h3 className={classes.heading} id="who-is-free-title">
          {GRID_WORDS.title}
        </h3>
        <Button size="small" disabled={!state.previousDay} onClick={state.showPrevious}>
          {GRID_WORDS.previousDay}
        </Button>
        <Button size="small" disabled={!state.nextDay} onClick={state.showNext}>
          {GRID_WORDS.nextDay}
        </Button>
      </div>
      <div className={classes.scroller} tabIndex={0} role="group" aria-label={GRID_WORDS.scrollLabel(state.dayLabel)}>
        <table className={classes.table}>
          <caption className={classes.caption} aria-live="polite">
            {GRID_WORDS.caption(state.dayLabel, state.zoneLabel, highlighted.some(Boolean))}
          </caption>
          <thead>
            <tr>
              <th scope="col" className={classes.person}>
                {GRID_WORDS.personColumn}
              </th>
              {columnLabels.map((label, i) => (
                <th key={grid.columns[i]!.start} scope="col" className={mergeClasses(classes.time, highlighted[i] && classes.marked)}>
                  {label}
                  {highlighted[i] && <span className={classes.hidden}> {GRID_WORDS.marked}</span>}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {grid.rows.map((row) => (
              <tr key={row.person}>
                <th scope="row" className={classes.person} title={row.person}>
                  {row.person}
                </th>
                {row.cells.map((cell, i) => (
                  <td key={grid.columns[i]!.start} className={mergeClasses(classes.cell, classes[LOOK[cell]], highlighted[i] && classes.markedCell)} title={CELL_WORDS[cell]}>
                    <span className={classes.hidden}>{CELL_WORDS[cell]}</span>
                  </td>
                ))}
              </tr>
            ))}
            <tr>
              <th scope="row" className={classes.person}>
                {GRID_WORDS.freeRow}
              </th>
              {grid.freeCounts.map((n, i) => (
                <td key={grid.columns[i]!.start} className={classes.count}>
                  <span aria-hidden="true">{n}</span>
                  <span className={classes.hidden}>{GRID_WORDS.freeCount(n, total)}</span>
                </td>
              ))}
            </tr>
          </tbody>
        </table>
      </div>
      <ul className={classes.legend} aria-label={GRID_WORDS.legend}>
        {(['free', 'busy', 'tentative', 'oof', 'outsideWorkingHours'] as const).map((s) => (
          <li key={s}>
            <span className={mergeClasses(classes.swatch, classes[LOOK[s]])} aria-hidden="true" />
            {CELL_WORDS[s]}
          </li>
        ))}
      </ul>
    </section>
  );
}

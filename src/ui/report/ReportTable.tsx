/**
 * The report as a sortable table by principal or by school (Fluent's DataGrid: arrow keys move between
 * cells, headers sort). Each row opens its sessions (drill-down).
 */
import {
  Badge,
  Button,
  DataGrid,
  DataGridBody,
  DataGridCell,
  DataGridHeader,
  DataGridHeaderCell,
  DataGridRow,
  createTableColumn,
  type TableColumnDefinition,
} from '@fluentui/react-components';
import type { ReportRow } from '../../core/report/model.js';
import type { TableMode } from './Report.types.js';
import { hoursText } from './reportWords.js';

const num = (get: (r: ReportRow) => number, id: string, label: string, text: (r: ReportRow) => string = (r) => hoursText(get(r))): TableColumnDefinition<ReportRow> =>
  createTableColumn<ReportRow>({ columnId: id, compare: (a, b) => get(a) - get(b), renderHeaderCell: () => label, renderCell: (r) => text(r) });

function columns(mode: TableMode, onOpen: (row: ReportRow) => void): TableColumnDefinition<ReportRow>[] {
  const name = createTableColumn<ReportRow>({
    columnId: 'name',
    compare: (a, b) => a.label.localeCompare(b.label),
    renderHeaderCell: () => (mode === 'principal' ? 'Principal' : 'School'),
    renderCell: (r) => (
      <>
        <Button appearance="transparent" size="small" onClick={() => onOpen(r)} aria-label={`Sessions of ${r.label}`}>
          {r.label}
        </Button>
        {r.incomplete && (
          <Badge appearance="tint" color="warning" size="small">
            incomplete
          </Badge>
        )}
      </>
    ),
  });
  const school = createTableColumn<ReportRow>({
    columnId: 'school',
    compare: (a, b) => (a.school ?? '').localeCompare(b.school ?? ''),
    renderHeaderCell: () => 'School',
    renderCell: (r) => r.school ?? '',
  });
  const onTrack = createTableColumn<ReportRow>({
    columnId: 'onTrack',
    compare: (a, b) => Number(a.onTrack) - Number(b.onTrack),
    renderHeaderCell: () => 'Target',
    renderCell: (r) =>
      r.targetHours === 0 ? (
        ''
      ) : r.onTrack ? (
        <Badge color="success" appearance="tint">
          On track
        </Badge>
      ) : (
        <Badge color="danger" appearance="tint">
          Below
        </Badge>
      ),
  });
  const shared = [
    num((r) => r.hours.total, 'total', 'Total'),
    num((r) => r.hours.accepted, 'accepted', 'Accepted'),
    num((r) => r.hours.tentative, 'tentative', 'Tentative'),
    num((r) => r.hours.pending, 'pending', 'Not answered'),
    num((r) => r.hours.declined, 'declined', 'Declined'),
    num(
      (r) => r.plannedHours,
      'planned',
      'Held / planned',
      (r) => `${hoursText(r.heldHours)} / ${hoursText(r.plannedHours)}`,
    ),
    num(
      (r) => r.sessions,
      'sessions',
      'Sessions',
      (r) => String(r.sessions),
    ),
    onTrack,
    num(
      (r) => r.walksHosted + r.walksVisited,
      'walks',
      'Walks hosted / visited',
      (r) => `${r.walksHosted} / ${r.walksVisited}`,
    ),
  ];
  return mode === 'principal'
    ? [name, school, ...shared]
    : [
        name,
        num(
          (r) => r.principals,
          'principals',
          'Principals',
          (r) => String(r.principals),
        ),
        num(
          (r) => r.principalsWithNone,
          'none',
          'With none',
          (r) => String(r.principalsWithNone),
        ),
        ...shared,
      ];
}

export interface ReportTableProps {
  readonly rows: readonly ReportRow[];
  readonly mode: TableMode;
  readonly onOpen: (row: ReportRow) => void;
}

export function ReportTable({ rows, mode, onOpen }: ReportTableProps) {
  return (
    <DataGrid
      items={[...rows]}
      columns={columns(mode, onOpen)}
      sortable
      resizableColumns
      columnSizingOptions={{
        name: { minWidth: 150, idealWidth: 170 },
        school: { minWidth: 150, idealWidth: 170 },
        planned: { minWidth: 110, idealWidth: 120 },
        walks: { minWidth: 100, idealWidth: 110 },
      }}
      defaultSortState={{ sortColumn: 'total', sortDirection: 'ascending' }}
      getRowId={(r: ReportRow) => r.key}
      aria-label={mode === 'principal' ? 'Protected time by principal' : 'Protected time by school'}
      size="small"
    >
      <DataGridHeader>
        <DataGridRow>{({ renderHeaderCell }) => <DataGridHeaderCell>{renderHeaderCell()}</DataGridHeaderCell>}</DataGridRow>
      </DataGridHeader>
      <DataGridBody<ReportRow>>
        {({ item, rowId }) => (
          <DataGridRow<ReportRow> key={rowId} data-row-key={item.key}>
            {({ renderCell }) => <DataGridCell>{renderCell(item)}</DataGridCell>}
          </DataGridRow>
        )}
      </DataGridBody>
    </DataGrid>
  );
}

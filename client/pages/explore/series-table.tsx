import type { SeriesPoint } from '../../../shared/series';
import { DataTable, num } from '../../components/ui/data-table';
import { expectedBand } from '../../lib/complaint-rows';
import { formatBand, formatCount, formatDateTime, formatSentiment, formatShare } from '../../lib/format';

const COLUMNS = [
  'Bucket start',
  ...['Posts', 'Complaints', 'Expected', 'Normal range', 'Negative', 'Mean sentiment', 'Official'].map(num),
];

/** The series as numbers, newest first: what an analyst checks before exporting. */
export function SeriesTable({ points }: { points: readonly SeriesPoint[] }) {
  const rows = [...points].reverse();
  return (
    <DataTable className="table--numeric" columns={COLUMNS} scroll label="The series, bucket by bucket">
      {rows.map((p) => {
        const above = p.expectedHigh !== null && p.complaints > p.expectedHigh;
        return (
          <tr key={p.t} className={above ? 'row--above' : undefined}>
            <td className="nowrap">{formatDateTime(p.t)}</td>
            <td className="num">{formatCount(p.posts)}</td>
            <td className="num">{formatCount(p.complaints)}</td>
            <td className="num">{formatCount(p.expected)}</td>
            <td className="num">{formatBand(expectedBand(p))}</td>
            <td className="num">{formatShare(p.negativeShare)}</td>
            <td className="num">{formatSentiment(p.meanSentiment)}</td>
            <td className="num">{formatCount(p.official)}</td>
          </tr>
        );
      })}
    </DataTable>
  );
}

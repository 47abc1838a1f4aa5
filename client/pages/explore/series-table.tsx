import type { SeriesPoint } from '../../../shared/series';
import { formatCount, formatDateTime, formatSentiment, formatShare } from '../../lib/format';

/** The series as numbers, newest first: what an analyst checks before exporting. */
export function SeriesTable({ points }: { points: readonly SeriesPoint[] }) {
  const rows = [...points].reverse();
  return (
    <div className="table-wrap table-wrap--scroll">
      <table className="table table--numeric">
        <thead>
          <tr>
            <th scope="col">Bucket start</th>
            <th scope="col" className="num">
              Posts
            </th>
            <th scope="col" className="num">
              Complaints
            </th>
            <th scope="col" className="num">
              Expected
            </th>
            <th scope="col" className="num">
              Normal range
            </th>
            <th scope="col" className="num">
              Negative
            </th>
            <th scope="col" className="num">
              Mean sentiment
            </th>
            <th scope="col" className="num">
              Official
            </th>
          </tr>
        </thead>
        <tbody>
          {rows.map((p) => {
            const above = p.expectedHigh !== null && p.complaints > p.expectedHigh;
            return (
              <tr key={p.t} className={above ? 'row--above' : undefined}>
                <td className="nowrap">{formatDateTime(p.t)}</td>
                <td className="num">{formatCount(p.posts)}</td>
                <td className="num">{formatCount(p.complaints)}</td>
                <td className="num">{formatCount(p.expected)}</td>
                <td className="num">
                  {p.expectedLow !== null && p.expectedHigh !== null
                    ? `${formatCount(p.expectedLow)}–${formatCount(p.expectedHigh)}`
                    : '–'}
                </td>
                <td className="num">{formatShare(p.negativeShare)}</td>
                <td className="num">{formatSentiment(p.meanSentiment)}</td>
                <td className="num">{formatCount(p.official)}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

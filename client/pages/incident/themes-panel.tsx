import type { EmergingTerm, ExamplePost, Incident } from '../../../shared/incident';
import { CategoryChart } from '../../components/charts/category-chart';
import { PostByline } from '../../components/posts/post-meta';
import { EmptyState } from '../../components/ui/empty-state';
import { Panel } from '../../components/ui/panel';
import { categoryName } from '../../lib/categories';
import { formatCount, formatShare, truncate } from '../../lib/format';

const MAX_TERMS = 6;
const EXAMPLES_PER_TERM = 2;

const exampleKey = (p: ExamplePost): string => `${p.source}:${p.id}`;

/** Each example post once, under the first (strongest) term it illustrates. */
export function distinctExamples(terms: readonly EmergingTerm[], perTerm: number): ExamplePost[][] {
  const seen = new Set<string>();
  return terms.map((t) => {
    const fresh = t.examples.filter((p) => !seen.has(exampleKey(p))).slice(0, perTerm);
    for (const p of fresh) seen.add(exampleKey(p));
    return fresh;
  });
}

export function ExampleQuote({ post }: { post: ExamplePost }) {
  return (
    <blockquote className="quote">
      <p>{truncate(post.text, 280)}</p>
      <footer className="quote__meta">
        <PostByline author={post.author} at={post.createdAt} url={post.url} />
      </footer>
    </blockquote>
  );
}

/** What people complained about: the categories, the words that stood out, and what they actually said. */
export function ThemesPanel({ incident }: { incident: Incident }) {
  const rows = [...incident.categories]
    .sort((a, b) => b.complaints - a.complaints)
    .map((c) => ({ id: c.category, name: categoryName(c.category), count: c.complaints }));
  const shares = new Map(incident.categories.map((c) => [c.category, c.share]));
  const terms = incident.terms.slice(0, MAX_TERMS);
  const examples = distinctExamples(terms, EXAMPLES_PER_TERM);
  return (
    <Panel
      title="Top complaint themes"
      subtitle={`From ${formatCount(incident.complaints)} complaints; a post can fall into several categories.`}
      className="report__themes"
    >
      <div className="themes">
        <div className="themes__categories">
          <h3 className="report__h3">Categories</h3>
          {rows.length === 0 ? (
            <EmptyState title="No categorised complaints" />
          ) : (
            <CategoryChart
              rows={rows}
              summary={rows.map((r) => `${r.name}: ${r.count} (${formatShare(shares.get(r.id))})`).join(', ')}
            />
          )}
        </div>
        <div className="themes__terms">
          <h3 className="report__h3">Emerging terms</h3>
          {terms.length === 0 ? (
            <p className="report__muted">No words stood out against the usual conversation.</p>
          ) : (
            <ol className="terms">
              {terms.map((t, i) => (
                <li key={t.term} className="term">
                  <p className="term__head">
                    <span className="term__word">{t.term}</span>
                    <span className="term__counts">
                      in {formatCount(t.incidentPosts)} complaints, {formatCount(t.baselinePosts)} posts
                      before
                    </span>
                  </p>
                  {(examples[i] ?? []).map((p) => (
                    <ExampleQuote key={exampleKey(p)} post={p} />
                  ))}
                </li>
              ))}
            </ol>
          )}
        </div>
      </div>
      {incident.examples.length > 0 ? (
        <div className="themes__examples">
          <h3 className="report__h3">Typical complaints</h3>
          <div className="quotes">
            {incident.examples.map((p) => (
              <ExampleQuote key={exampleKey(p)} post={p} />
            ))}
          </div>
        </div>
      ) : null}
    </Panel>
  );
}

import type { Post } from '../../../shared/post';
import { categoryName } from '../../lib/categories';
import { Badge } from '../ui/badge';

/** What the scorer and the source say about a post, most important first. */
export function PostBadges({ post }: { post: Post }) {
  const { score } = post;
  return (
    <div className="post__badges">
      {post.official ? (
        <Badge tone="official" title="Posted by one of the brand's official accounts">
          Official
        </Badge>
      ) : null}
      {score.harm ? (
        <Badge tone="danger" title="Mentions possible harm: fraud, lost money, safety">
          ⚠ Harm
        </Badge>
      ) : null}
      {score.complaint ? (
        <Badge tone="warning" title={`Complaint score ${Math.round(score.complaintScore * 100)}%`}>
          Complaint
        </Badge>
      ) : null}
      {!score.scored ? (
        <Badge tone="neutral" title="No lexicon for this language, so it was not scored">
          Not scored ({score.lang})
        </Badge>
      ) : score.label !== 'neutral' ? (
        <Badge tone={score.label === 'negative' ? 'danger-soft' : 'success'}>
          {score.label === 'negative' ? 'Negative' : 'Positive'}
        </Badge>
      ) : null}
      {score.categories.map((id) => (
        <Badge key={id} tone="info">
          {categoryName(id)}
        </Badge>
      ))}
    </div>
  );
}

import { describe, expect, it } from 'vitest';
import { contentPairs, pairIndex, referencingPosts } from '../../../server/detect/communication';
import { COMPLAINT, at, pub } from './fixtures';

describe('posts that refer to an official post by its words', () => {
  const reply = {
    t: at(60),
    text: 'Sorry to hear that. Could you borrow from friends and family until the issue is resolved?',
  };

  it('reads content-word pairs, leaving out stopwords and the words of any incident', () => {
    expect(contentPairs(reply.text)).toEqual(['borrow friends', 'friends family']);
  });

  it('finds the posts that repeat its distinctive words, not those that only share common ones', () => {
    const posts = [
      pub('old', 10, { text: 'my card payments keep failing', ...COMPLAINT }),
      pub('quote', 70, { text: 'friends and family?? seriously', ...COMPLAINT }),
      pub('quote2', 90, { text: 'they told her to BORROW from FRIENDS', ...COMPLAINT }),
      pub('other', 80, { text: 'card payments still failing, issue not resolved', ...COMPLAINT }),
      pub('late', 400, { text: 'remember friends and family', ...COMPLAINT }),
    ];
    const found = referencingPosts(pairIndex(posts), reply, at(500));
    expect(found.posts.map((p) => p.id)).toEqual(['quote', 'quote2']);
    expect(found.pairs.sort()).toEqual(['borrow friends', 'friends family']);
  });

  it('ignores a pair the public already used before the post', () => {
    const before = Array.from({ length: 5 }, (_, i) =>
      pub(`b${i}`, i, { text: 'ask friends and family for help' }),
    );
    const posts = [...before, pub('after', 70, { text: 'friends and family??' })];
    expect(referencingPosts(pairIndex(posts), reply, at(500)).posts).toEqual([]);
  });
});

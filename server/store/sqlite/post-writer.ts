import type Database from 'better-sqlite3';
import { keepBrands } from '../post-brands';
import { type InsertResult, type NewPost, minuteOf } from '../types';

/**
 * Inserts posts and maintains the per-minute rollups in the same transaction. Links go only to brands
 * that exist when the transaction runs, so a brand deleted while its posts were in flight keeps none.
 */
export function createSqlitePostWriter(db: Database.Database) {
  const insertPost = db.prepare(`
    INSERT INTO posts (source, ext_id, author, text, created_at, received_at, url, lang, reply_to, shares,
                       label, complaint, harm, categories, score)
    VALUES (@source, @id, @author, @text, @createdAt, @receivedAt, @url, @lang, @replyTo, @shares,
            @label, @complaint, @harm, @categories, @score)
    ON CONFLICT (source, ext_id) DO NOTHING`);
  const insertBrand = db.prepare(
    'INSERT OR IGNORE INTO post_brands (brand, created_at, post_pk, official) VALUES (?, ?, ?, ?)',
  );
  const bumpRollup = db.prepare(`
    INSERT INTO rollups (brand, minute, posts, complaints, negatives, sentiment_sum, official, harm)
    VALUES (@brand, @minute, 1, @complaint, @negative, @sentiment, @official, @harm)
    ON CONFLICT (brand, minute) DO UPDATE SET
      posts = posts + 1,
      complaints = complaints + excluded.complaints,
      negatives = negatives + excluded.negatives,
      sentiment_sum = sentiment_sum + excluded.sentiment_sum,
      official = official + excluded.official,
      harm = harm + excluded.harm`);
  const bumpCategory = db.prepare(`
    INSERT INTO rollup_categories (brand, minute, category, complaints) VALUES (?, ?, ?, 1)
    ON CONFLICT (brand, minute, category) DO UPDATE SET complaints = complaints + 1`);

  const brandExists = db.prepare('SELECT 1 FROM brands WHERE id = ?').pluck();

  const insertAll = db.transaction((posts: NewPost[]): InsertResult => {
    const inserted: NewPost[] = [];
    let duplicates = 0;
    const named = [...new Set(posts.flatMap((p) => p.brands))];
    const live = new Set(named.filter((b) => brandExists.get(b) !== undefined));
    for (const input of posts) {
      const p = keepBrands(input, live);
      const s = p.score;
      const res = insertPost.run({
        source: p.source,
        id: p.id,
        author: p.author,
        text: p.text,
        createdAt: p.createdAt,
        receivedAt: p.receivedAt,
        url: p.url,
        lang: p.lang,
        replyTo: p.replyTo,
        shares: p.shares,
        label: s.label,
        complaint: s.complaint ? 1 : 0,
        harm: s.harm ? 1 : 0,
        categories: `,${s.categories.join(',')},`,
        score: JSON.stringify(s),
      });
      if (res.changes === 0) {
        duplicates++;
        continue;
      }
      inserted.push(p);
      const pk = Number(res.lastInsertRowid);
      const minute = minuteOf(p.createdAt);
      for (const brand of p.brands) {
        const official = p.officialFor.includes(brand) ? 1 : 0;
        insertBrand.run(brand, p.createdAt, pk, official);
        bumpRollup.run({
          brand,
          minute,
          complaint: s.complaint ? 1 : 0,
          negative: s.label === 'negative' ? 1 : 0,
          sentiment: s.sentiment,
          official,
          harm: s.harm ? 1 : 0,
        });
        if (s.complaint) for (const c of s.categories) bumpCategory.run(brand, minute, c);
      }
    }
    return { inserted, duplicates };
  });

  return { insert: (posts: NewPost[]): InsertResult => insertAll(posts) };
}

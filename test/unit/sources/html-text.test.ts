import { describe, expect, it } from 'vitest';
import { htmlToText, plainText } from '../../../server/feeds/sources/html-text';

describe('htmlToText', () => {
  it('drops scripts, styles and comments, keeps the words', () => {
    const html =
      '<p>Login <b>fails</b></p><script>alert("x")</script><style>p{color:red}</style><!-- tracking --><noscript>enable js</noscript><p>since 8am</p>';
    expect(htmlToText(html)).toBe('Login fails\nsince 8am');
  });

  it('decodes named, numeric and hex entities exactly once', () => {
    expect(htmlToText('AT&amp;T &ndash; &#8220;down&#8221; &#x2014; caf&eacute; &amp;lt;b&amp;gt;')).toBe(
      'AT&T – “down” — café &lt;b&gt;',
    );
  });

  it('reduces Mastodon status markup to readable text', () => {
    const html =
      '<p>Is <a href="https://m.example/tags/acme" class="mention hashtag" rel="tag">#<span>acme</span></a> down?</p><p><span class="h-card"><a href="https://m.example/@bob" class="u-url mention">@<span>bob</span></a></span> see <a href="https://status.acme.example/x"><span class="invisible">https://</span><span class="ellipsis">status.acme.example</span><span class="invisible">/x</span></a></p>';
    expect(htmlToText(html)).toBe('Is #acme down?\n@bob see https://status.acme.example/x');
  });

  it('keeps image alt text, turns <br> into a line break and collapses whitespace', () => {
    expect(htmlToText('one<br/>two  \n\t three<img src="x.png" alt="outage map">')).toBe(
      'one\ntwo three outage map',
    );
  });

  it('survives broken markup and strips control and zero-width characters', () => {
    expect(htmlToText('<p>unclosed <b>bold <i>text')).toBe('unclosed bold text');
    expect(htmlToText('a\u0000b\u200bc\u0007')).toBe('abc');
    expect(htmlToText('<script>never closed')).toBe('');
  });

  it('plainText leaves ordinary text alone and still decodes stray entities', () => {
    expect(plainText('  Simple   title ')).toBe('Simple title');
    expect(plainText('Q&amp;A: what happened?')).toBe('Q&A: what happened?');
  });
});

import { describe, expect, it } from 'vitest';
import { AnalyzeLineSchema } from '../../shared/score';
import { VERSION } from '../../server/version';
import { runCli } from '../helpers/cli';

describe('outcry --help and friends', () => {
  it('--help lists every command and exits 0', async () => {
    const r = await runCli(['--help']);
    expect(r.code).toBe(0);
    expect(r.stdout).toContain(`outcry ${VERSION}`);
    for (const cmd of ['serve', 'import', 'analyze', 'detect'])
      expect(r.stdout).toMatch(new RegExp(`^  ${cmd} `, 'm'));
    expect(r.stdout).toContain('OUTCRY_DB');
  });

  it('no command prints usage and exits 2; an unknown one says so on stderr', async () => {
    const none = await runCli([]);
    expect(none.code).toBe(2);
    expect(none.stdout).toContain('Usage: outcry <command>');
    const bad = await runCli(['frobnicate']);
    expect(bad.code).toBe(2);
    expect(bad.stderr).toContain('unknown command "frobnicate"');
  });

  it('each command has --help', async () => {
    for (const cmd of ['import', 'analyze', 'serve', 'detect']) {
      const r = await runCli([cmd, '--help']);
      expect(r.code).toBe(0);
      expect(r.stdout).toContain(`Usage: outcry ${cmd}`);
    }
  });

  it('--version prints the package version', async () => {
    expect(await runCli(['--version'])).toMatchObject({ code: 0, stdout: `${VERSION}\n` });
  });

  it('serve with an invalid PORT exits 2 naming the variable', async () => {
    const r = await runCli(['serve'], { env: { PORT: 'eighty' } });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain('Invalid PORT');
  });
});

describe('outcry analyze', () => {
  const lines = (s: string) =>
    s
      .trimEnd()
      .split('\n')
      .map((l) => JSON.parse(l) as Record<string, unknown>);

  it('writes one score line per input line, keeping the id', async () => {
    const input = [
      JSON.stringify({ id: 'a', text: "Northwind app is down again, I can't log in" }),
      JSON.stringify({ id: 7, text: 'Love the new Northwind card design, great job', lang: 'en' }),
      '',
      JSON.stringify({ id: null, text: '' }),
      JSON.stringify({ id: 'ru', text: 'Приложение банка не работает' }),
      JSON.stringify({ id: 'no', text: 'Nettbanken er nede igjen, helt håpløst. Jeg bytter bank' }),
    ].join('\n');
    const r = await runCli(['analyze'], { stdin: input });
    expect(r.code).toBe(0);
    const out = lines(r.stdout);
    expect(out).toHaveLength(5);
    const [a, b, c, ru, no] = out.map((o) => AnalyzeLineSchema.parse(o));
    expect(a).toMatchObject({ id: 'a', label: 'negative', complaint: true });
    expect(a?.sentiment).toBeLessThan(0);
    expect(a?.complaintScore).toBeGreaterThan(0.5);
    expect(a?.categories).toContain('login');
    expect(b).toMatchObject({ id: 7, label: 'positive', complaint: false });
    expect(b?.sentiment).toBeGreaterThan(0);
    // Nothing to read, or a language Outcry has no lexicon for: said so, not passed off as neutral.
    expect(c).toMatchObject({ id: null, sentiment: 0, label: 'unscored', scored: false, complaint: false });
    expect(ru).toMatchObject({ lang: 'ru', label: 'unscored', scored: false });
    expect(no).toMatchObject({ lang: 'no', label: 'negative', scored: true, leaving: true });
  });

  it('reports a bad line as {"line", "error"} and carries on; exit code 1', async () => {
    const input = [
      JSON.stringify({ id: 1, text: 'fine' }),
      '{"id": 2, "text": ',
      JSON.stringify({ id: 3 }),
      JSON.stringify({ id: 4, text: 'ok', lang: 'not a lang!' }),
      '[1,2]',
      JSON.stringify({ id: 6, text: 'still going' }),
    ].join('\n');
    const r = await runCli(['analyze'], { stdin: input });
    expect(r.code).toBe(1);
    const out = lines(r.stdout);
    expect(out).toHaveLength(6);
    expect(out[0]).toMatchObject({ id: 1 });
    expect(out[1]).toEqual({ line: 2, error: expect.stringMatching(/JSON/) });
    expect(out[2]).toEqual({ line: 3, error: expect.stringContaining('text') });
    expect(out[3]).toEqual({ line: 4, error: expect.stringContaining('lang') });
    expect(out[4]).toEqual({ line: 5, error: expect.any(String) });
    expect(out[5]).toMatchObject({ id: 6, label: expect.any(String) });
  });

  it('handles CRLF input and empty input', async () => {
    const r = await runCli(['analyze'], { stdin: `${JSON.stringify({ id: 'x', text: 'hi' })}\r\n` });
    expect(lines(r.stdout)).toEqual([expect.objectContaining({ id: 'x' })]);
    expect(await runCli(['analyze'], { stdin: '' })).toMatchObject({ code: 0, stdout: '' });
  });
});

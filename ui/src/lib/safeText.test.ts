import { isDeepStrictEqual } from 'node:util';
import { describe, expect, it } from 'vitest';
import { hostOf, sanitizeForDisplay } from './safeText';
import { generatedCorpus, hostileCorpus } from './safeText.corpus';

describe('sanitizeForDisplay', () => {
  const cases = hostileCorpus();

  it('has the shared corpus', () => {
    expect(cases.length).toBeGreaterThanOrEqual(30);
  });

  it.each(cases.map((c) => [c.name, c] as const))('%s: splits as the Rust core does', (_name, c) => {
    expect(sanitizeForDisplay(c.input)).toEqual({ segments: c.segments, warnings: c.warnings });
  });

  it('never loses or invents text', () => {
    for (const c of cases) {
      const rebuilt = sanitizeForDisplay(c.input)
        .segments.map((s) =>
          s.kind === 'text'
            ? s.text
            : s.kind === 'link'
              ? s.display
              : String.fromCodePoint(parseInt(s.code_point.slice(2), 16)),
        )
        .join('');
      expect(rebuilt, c.name).toBe(c.input);
    }
  });

  it('reads the host behind userinfo and ports', () => {
    expect(hostOf('https://bank.com@evil.example:8443/x')).toEqual({ host: 'evil.example', userinfo: true });
    expect(hostOf('https://shop.example.com?q=1')).toEqual({ host: 'shop.example.com', userinfo: false });
  });
});

describe('agreement with the Rust splitter on generated text', () => {
  it('reproduces tests/corpus/generated-messages.json exactly', () => {
    const cases = generatedCorpus();
    expect(cases.length).toBeGreaterThan(300);
    const differing = cases.filter((c) => !isDeepStrictEqual(sanitizeForDisplay(c.input), { segments: c.segments, warnings: c.warnings }));
    expect(differing.map((c) => c.input)).toEqual([]);
  });
});

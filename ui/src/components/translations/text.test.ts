import { describe, expect, it } from 'vitest';
import { charCount, formatTags, overLimit, parseTags, percent } from './text';

describe('charCount', () => {
  it('counts characters, not bytes or UTF-16 units', () => {
    expect(charCount('шарф')).toBe(4);
    expect(charCount('丝巾')).toBe(2);
    expect(charCount('😀a')).toBe(2);
  });
  it('applies limits per character', () => {
    expect(overLimit('ж'.repeat(128), 128)).toBe(false);
    expect(overLimit('ж'.repeat(129), 128)).toBe(true);
    expect(overLimit('丝'.repeat(61), 60)).toBe(true);
  });
});

describe('tags', () => {
  it('splits on Latin and CJK commas, trims, drops blanks and repeats', () => {
    expect(parseTags('silk, scarf ,, silk，丝巾、 gift')).toEqual(['silk', 'scarf', '丝巾', 'gift']);
    expect(formatTags(['a', 'b'])).toBe('a, b');
    expect(parseTags(formatTags(['seda', 'lenço']))).toEqual(['seda', 'lenço']);
  });
});

describe('percent', () => {
  it('rounds down and treats an empty shop as complete', () => {
    expect(percent(1, 3)).toBe(33);
    expect(percent(0, 0)).toBe(100);
  });
});

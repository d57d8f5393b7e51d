import { describe, expect, it } from 'vitest';
import { buyerLocalTime, flag, highlight, keyAction, missingVariables, moveSelection, previewLine, ruleFields } from './inbox';

describe('inbox keyboard', () => {
  it('maps j/k/arrows/r/e and ignores typing and modifiers', () => {
    expect(keyAction({ key: 'j' })).toBe('next');
    expect(keyAction({ key: 'ArrowDown' })).toBe('next');
    expect(keyAction({ key: 'k' })).toBe('previous');
    expect(keyAction({ key: 'ArrowUp' })).toBe('previous');
    expect(keyAction({ key: 'r' })).toBe('reply');
    expect(keyAction({ key: 'e' })).toBe('done');
    expect(keyAction({ key: 'x' })).toBeNull();
    expect(keyAction({ key: 'j', ctrlKey: true })).toBeNull();
    expect(keyAction({ key: 'j', target: { tagName: 'TEXTAREA' } as unknown as EventTarget })).toBeNull();
    expect(keyAction({ key: 'e', target: { tagName: 'INPUT' } as unknown as EventTarget })).toBeNull();
  });

  it('moves the selection within bounds', () => {
    expect(moveSelection(-1, 3, 1)).toBe(0);
    expect(moveSelection(0, 3, 1)).toBe(1);
    expect(moveSelection(2, 3, 1)).toBe(2);
    expect(moveSelection(0, 3, -1)).toBe(0);
    expect(moveSelection(0, 0, 1)).toBe(-1);
  });
});

describe('previewLine', () => {
  it('keeps markup as text, shows hidden characters and collapses whitespace', () => {
    expect(previewLine('<img src=x onerror=alert(1)>\n\nhi')).toBe('<img src=x onerror=alert(1)> hi');
    expect(previewLine('pay\u202Egpj.exe')).toBe('pay[U+202E]gpj.exe');
    expect(previewLine('a'.repeat(200), 10)).toBe(`${'a'.repeat(9)}…`);
  });
});

describe('buyerLocalTime', () => {
  it('shows the time in the buyer zone', () => {
    const noonUtc = Date.UTC(2026, 10, 20, 12, 0);
    expect(buyerLocalTime(noonUtc, 'America/Sao_Paulo', 'pt-BR')).toContain('09:00');
    expect(buyerLocalTime(noonUtc, 'Europe/Moscow', 'ru-RU')).toContain('15:00');
    expect(buyerLocalTime(noonUtc, 'Not/AZone', 'pt-BR')).toContain('12:00');
  });
});

describe('highlight', () => {
  it('marks UTF-16 ranges, including after astral characters', () => {
    const text = '😀 ligue +55 11 91234-5678 já';
    const start = text.indexOf('+55');
    const end = start + '+55 11 91234-5678'.length;
    const pieces = highlight(text, [{ start, end }]);
    expect(pieces).toEqual([
      { text: '😀 ligue ', mark: null },
      { text: '+55 11 91234-5678', mark: 0 },
      { text: ' já', mark: null },
    ]);
    expect(pieces.map((p) => p.text).join('')).toBe(text);
  });

  it('clips overlapping and out-of-range ranges', () => {
    expect(highlight('abcdef', [{ start: 1, end: 4 }, { start: 2, end: 9 }])).toEqual([
      { text: 'a', mark: null },
      { text: 'bcd', mark: 0 },
      { text: 'ef', mark: 1 },
    ]);
  });
});

describe('field errors', () => {
  it('reads missing variables and rule ranges', () => {
    const fields = [
      { field: 'vars.tracking_number', code: 'reply-variable-missing', message: 'm' },
      { field: 'body.3-10', code: 'message-rule-phone', message: 'Remove it' },
      { field: 'body', code: 'message-empty', message: 'x' },
    ];
    expect(missingVariables(fields)).toEqual(['tracking_number']);
    expect(ruleFields(fields)).toEqual([{ start: 3, end: 10, message: 'Remove it' }]);
  });

  it('flags', () => {
    expect(flag('BR')).toBe('🇧🇷');
    expect(flag('??')).toBe('');
  });
});

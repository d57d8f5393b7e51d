import { describe, expect, it } from 'vitest';
import { baseName, isPhotoName, listNames, moveItem, parsePaths, toBase64 } from './gallery';

describe('moveItem', () => {
  it('moves forwards and backwards without touching the input', () => {
    const ids = ['a', 'b', 'c', 'd'];
    expect(moveItem(ids, 0, 2)).toEqual(['b', 'c', 'a', 'd']);
    expect(moveItem(ids, 3, 0)).toEqual(['d', 'a', 'b', 'c']);
    expect(ids).toEqual(['a', 'b', 'c', 'd']);
  });
  it('clamps the target and ignores a bad source', () => {
    expect(moveItem(['a', 'b'], 1, 9)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 0, -3)).toEqual(['a', 'b']);
    expect(moveItem(['a', 'b'], 5, 0)).toEqual(['a', 'b']);
  });
});

describe('file names and paths', () => {
  it('recognises photo names, including formats the core will refuse with a message', () => {
    expect(isPhotoName('IMG_1.JPG')).toBe(true);
    expect(isPhotoName('scan.heic')).toBe(true);
    expect(isPhotoName('notes.txt')).toBe(false);
  });
  it('takes the last segment of POSIX and Windows paths', () => {
    expect(baseName('/home/ana/fotos/a.jpg')).toBe('a.jpg');
    expect(baseName('C:\\Users\\ana\\b.png')).toBe('b.png');
  });
  it('splits pasted paths, dropping blanks and file:// prefixes', () => {
    expect(parsePaths(' /a.jpg\r\n\nfile:///b c.png \n')).toEqual(['/a.jpg', '/b c.png']);
  });
});

describe('listNames', () => {
  it('joins names the way the language does', () => {
    expect(listNames(['a.jpg', 'b.jpg', 'c.jpg'], 'en-US')).toBe('a.jpg, b.jpg, and c.jpg');
    expect(listNames(['a.jpg', 'b.jpg'], 'pt-BR')).toBe('a.jpg e b.jpg');
  });
});

describe('toBase64', () => {
  it('encodes large buffers in chunks exactly like btoa', () => {
    const bytes = new Uint8Array(100_000).map((_, i) => (i * 7) % 256);
    const expected = Buffer.from(bytes).toString('base64');
    expect(toBase64(bytes)).toBe(expected);
  });
});

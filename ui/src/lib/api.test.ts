import { describe, expect, it, vi } from 'vitest';

const listListings = vi.fn();
vi.mock('./bindings', () => ({ commands: { listListings } }));

const { ApiError, api, ipcErrorOf, setInternalErrorMessage, toIpcError } = await import('./api');

const query = { sort: 'updated', limit: 200 } as const;

describe('api', () => {
  it('unwraps data', async () => {
    listListings.mockResolvedValueOnce({ status: 'ok', data: { rows: [], next: null, total: 0 } });
    await expect(api.listListings(query)).resolves.toEqual({ rows: [], next: null, total: 0 });
  });

  it('throws the core error with its code, message and field errors', async () => {
    const ipc = {
      code: 'validation',
      message: 'Algumas informações precisam de atenção.',
      fields: [{ field: 'variants.0.prices.0.amount', code: 'price-negative', message: 'Preço negativo.' }],
    };
    listListings.mockResolvedValueOnce({ status: 'error', error: ipc });
    const err = await api.listListings(query).catch((e: unknown) => e);
    expect(err).toBeInstanceOf(ApiError);
    expect((err as InstanceType<typeof ApiError>).code).toBe('validation');
    expect((err as InstanceType<typeof ApiError>).message).toBe(ipc.message);
    expect(ipcErrorOf(err)).toEqual(ipc);
  });

  it('turns a failure outside the core into a localized internal error', async () => {
    setInternalErrorMessage('Algo deu errado.');
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    listListings.mockResolvedValueOnce({ status: 'error', error: 'command list_listings not found' });
    await expect(api.listListings(query)).rejects.toMatchObject({
      ipc: { code: 'internal', message: 'Algo deu errado.', fields: [] },
    });
    listListings.mockRejectedValueOnce(new TypeError('window.__TAURI_INTERNALS__ is undefined'));
    await expect(api.listListings(query)).rejects.toMatchObject({ ipc: { code: 'internal' } });
    quiet.mockRestore();
  });
});

describe('toIpcError', () => {
  it('keeps well-formed field errors only', () => {
    const e = toIpcError(
      { code: 'validation', message: 'm', fields: [{ field: 'a', code: 'b', message: 'c' }, { field: 1 }, null] },
      'fallback',
    );
    expect(e.fields).toEqual([{ field: 'a', code: 'b', message: 'c' }]);
  });

  it('refuses codes outside the closed set', () => {
    const quiet = vi.spyOn(console, 'error').mockImplementation(() => {});
    expect(toIpcError({ code: 'teapot', message: 'm', fields: [] }, 'fallback')).toEqual({
      code: 'internal',
      message: 'fallback',
      fields: [],
    });
    quiet.mockRestore();
  });
});

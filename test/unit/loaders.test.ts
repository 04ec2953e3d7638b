import { cacheKey, loadMany, loadOne } from '../../services/core/loaders';

describe('the loader factory', () => {
  test('batches the keys of one tick into one fetch and answers in key order, null for a missing row', async () => {
    const fetch = jest.fn(async (ids: readonly number[]) => ids.filter((id) => id !== 2).reverse().map((id) => ({ id, name: `n${id}` })));
    const loader = loadOne(fetch, (row) => row.id);
    const answers = await Promise.all([1, 2, 3, 1].map((id) => loader.load(id)));
    expect(answers).toEqual([{ id: 1, name: 'n1' }, null, { id: 3, name: 'n3' }, { id: 1, name: 'n1' }]);
    expect(fetch).toHaveBeenCalledTimes(1);
    expect(fetch).toHaveBeenCalledWith([1, 2, 3]);
  });

  test('groups rows by composite keys whatever the order of their fields, [] for a key without rows', async () => {
    const rows = [
      { district: 'a', year: 2017, n: 1 },
      { district: 'b', year: 2017, n: 2 },
      { district: 'a', year: 2017, n: 3 },
    ];
    const loader = loadMany(
      async () => rows,
      (row) => ({ year: row.year, district: row.district }),
    );
    const [a, b, c] = await Promise.all([
      loader.load({ district: 'a', year: 2017 }),
      loader.load({ district: 'b', year: 2017 }),
      loader.load({ district: 'c', year: 2017 }),
    ]);
    expect(a.map((row) => row.n)).toEqual([1, 3]);
    expect(b.map((row) => row.n)).toEqual([2]);
    expect(c).toEqual([]);
  });
});

describe('a cache key', () => {
  // The text the fast path must write: JSON with every object's fields sorted (idempotency hashes keep it).
  const sortedJson = (key: unknown) =>
    JSON.stringify(key, (_field, value: unknown) =>
      typeof value === 'object' && value !== null && !Array.isArray(value) ? Object.fromEntries(Object.entries(value).sort(([a], [b]) => (a < b ? -1 : 1))) : value,
    );

  test('is one key for the same fields in any order, at any depth', () => {
    expect(cacheKey({ year: 2023, districtId: 'ba-dinh' })).toBe(cacheKey({ districtId: 'ba-dinh', year: 2023 }));
    expect(cacheKey({ owner: { b: 1, a: 2 }, filter: null })).toBe(cacheKey({ filter: null, owner: { a: 2, b: 1 } }));
    expect(cacheKey({ districtId: 'ba-dinh', year: 2023 })).not.toBe(cacheKey({ districtId: 'ba-dinh', year: '2023' }));
    expect(cacheKey('ba-dinh')).toBe('ba-dinh');
    expect(cacheKey(7)).toBe('7');
  });

  test.each([
    { districtId: 'ba-dinh', year: 2023 },
    { z: 'a "quoted" \\ text', a: null, m: true, b: undefined, n: Number.NaN, é: 'ý' },
    { owner: { unitId: 'u', districtId: 'd' }, first: 20, after: null },
    { 10: 'a', 9: 'b', x: 1 },
    [{ b: 1, a: 2 }, 'q', null],
    {},
    new Date(0),
  ])('writes %p as JSON with sorted fields', (key) => {
    expect(cacheKey(key)).toBe(sortedJson(key));
  });
});

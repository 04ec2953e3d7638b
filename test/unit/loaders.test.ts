import { loadMany, loadOne } from '../../services/core/loaders';

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

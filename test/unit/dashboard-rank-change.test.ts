import { rankChanges } from '../../dashboard/src/rank-change';

describe("the ranking's change of rank since the previous year", () => {
  const previous = [
    { districtId: 'ba-dinh', rank: 1 },
    { districtId: 'dong-da', rank: 5 },
    { districtId: 'soc-son', rank: 3 },
  ];

  test('a district that rose counts the places it gained, one that fell the places it lost, one that held 0', () => {
    const changes = rankChanges(
      [
        { districtId: 'dong-da', rank: 2 },
        { districtId: 'ba-dinh', rank: 4 },
        { districtId: 'soc-son', rank: 3 },
      ],
      previous,
    );
    expect(Object.fromEntries(changes)).toEqual({ 'dong-da': 3, 'ba-dinh': -3, 'soc-son': 0 });
  });

  test('a district not ranked the year before (new, or merged into a new unit) has no change: null', () => {
    expect(rankChanges([{ districtId: 'hoan-kiem-moi', rank: 1 }], previous).get('hoan-kiem-moi')).toBeNull();
    // The first ranked year has no previous ranking at all.
    expect(rankChanges([{ districtId: 'ba-dinh', rank: 1 }], []).get('ba-dinh')).toBeNull();
  });
});

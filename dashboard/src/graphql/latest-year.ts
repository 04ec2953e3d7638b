import { useEffect, useState } from 'react';
import { graphql } from '../gql';
import { runOperation } from './client';

const RankingYears = graphql(`
  query RankingYears {
    rankingYears
  }
`);

// Asked once a page load: a view without a year in its path opens on the last ranked year.
let latest: Promise<number | null> | undefined;

/** The last year with a city ranking; undefined while asked, null when there is none. */
export function useLatestYear(): number | null | undefined {
  const [year, setYear] = useState<number | null | undefined>(undefined);
  useEffect(() => {
    latest ??= runOperation(RankingYears, {}).then((answer) => answer.data?.rankingYears.at(-1) ?? null);
    latest.then(setYear, () => {
      latest = undefined;
      setYear(null);
    });
  }, []);
  return year;
}

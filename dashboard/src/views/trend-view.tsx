import { useMemo } from 'react';
import { Chart } from '../components/chart';
import { DataTable, type Column } from '../components/data-table';
import { QueryNotices } from '../components/query-notices';
import { graphql } from '../gql';
import { useQuery } from '../graphql/use-query';
import { useLanguage } from '../i18n/language';
import { navigate } from '../router';
import { DistrictName } from './district-name';

const RankingTrendView = graphql(`
  query RankingTrendView {
    cityRankingHistory {
      year
      rankings {
        rank
        district { id name }
      }
    }
  }
`);

interface DistrictTrend {
  id: string;
  name: string;
  ranks: Map<number, number>;
}

/** How many districts the chart shows when none is picked: the last year's first ones. */
const DEFAULT_PICK = 5;

/** Each district's rank from the first ranked year to the last, for the districts picked (`picked`: their ids, comma-separated). */
export function TrendView({ picked }: { picked: string }) {
  const { t } = useLanguage();
  const state = useQuery(RankingTrendView, {});
  const history = useMemo(() => state.data?.cityRankingHistory ?? [], [state.data]);
  const years = useMemo(() => history.map((entry) => entry.year), [history]);
  const trends = useMemo(() => {
    const byDistrict = new Map<string, DistrictTrend>();
    for (const { year, rankings } of history) {
      for (const { rank, district } of rankings) {
        if (!district) continue;
        const trend = byDistrict.get(district.id) ?? { id: district.id, name: district.name ?? district.id, ranks: new Map() };
        trend.ranks.set(year, rank);
        byDistrict.set(district.id, trend);
      }
    }
    return [...byDistrict.values()].sort((a, b) => a.name.localeCompare(b.name, 'vi'));
  }, [history]);
  const chosen = useMemo(() => {
    const named = picked.split(',').filter(Boolean);
    return named.length ? named : (history.at(-1)?.rankings.slice(0, DEFAULT_PICK).flatMap((entry) => (entry.district ? [entry.district.id] : [])) ?? []);
  }, [picked, history]);
  const shown = useMemo(() => trends.filter((trend) => chosen.includes(trend.id)), [trends, chosen]);
  const toggle = (id: string) => {
    const next = chosen.includes(id) ? chosen.filter((other) => other !== id) : [...chosen, id];
    navigate(`/trend?districts=${next.map(encodeURIComponent).join(',')}`, { replace: true });
  };
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      legend: { type: 'scroll', bottom: 0 },
      grid: { left: 40, right: 24, top: 16, bottom: 48 },
      xAxis: { type: 'category', data: years.map(String) },
      yAxis: { type: 'value', inverse: true, min: 1, name: t('rank') },
      series: shown.map((trend) => ({ type: 'line', name: trend.name, connectNulls: false, data: years.map((year) => trend.ranks.get(year) ?? null) })),
    }),
    [shown, years, t],
  );
  const columns: Column<DistrictTrend>[] = [
    { header: t('district'), value: (trend) => trend.name, render: (trend) => <DistrictName district={trend} /> },
    ...years.map((year) => ({ header: String(year), value: (trend: DistrictTrend) => trend.ranks.get(year), numeric: true })),
  ];

  return (
    <section className="view trend">
      <header className="view-header">
        <h1>{t('trendTitle')}</h1>
      </header>
      <QueryNotices state={state} />
      {state.data && (
        <>
          <Chart option={chart} height={380} label={t('trendTitle')} />
          <fieldset className="district-pick no-print">
            <legend>{t('trendPick')}</legend>
            {trends.map((trend) => (
              <label key={trend.id}>
                <input type="checkbox" checked={chosen.includes(trend.id)} onChange={() => toggle(trend.id)} /> {trend.name}
              </label>
            ))}
          </fieldset>
          <DataTable exportName={t('trendTitle')} columns={columns} rows={shown} rowKey={(trend) => trend.id} />
        </>
      )}
    </section>
  );
}

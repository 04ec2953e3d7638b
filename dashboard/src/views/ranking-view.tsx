import { useMemo } from 'react';
import { Chart } from '../components/chart';
import { DataTable, type Column } from '../components/data-table';
import { QueryNotices } from '../components/query-notices';
import { YearPicker } from '../components/year-picker';
import { formatNumber, formatPercent } from '../format';
import { graphql } from '../gql';
import type { CityRankingViewQuery } from '../gql/graphql';
import { useQuery } from '../graphql/use-query';
import { useLanguage } from '../i18n/language';
import { rankChanges } from '../rank-change';
import { Link, navigate } from '../router';
import { DistrictName } from './district-name';

const CityRankingView = graphql(`
  query CityRankingView($year: Int!, $previousYear: Int!) {
    rankingYears
    cityRankings(year: $year) {
      rank
      clusterRank
      score
      maxScore
      percent
      penaltyPoints
      cluster { id name }
      district {
        id
        name
        parIndex(year: $year) { score rank }
      }
    }
    previous: cityRankings(year: $previousYear) {
      rank
      district { id }
    }
  }
`);

type Entry = NonNullable<CityRankingViewQuery['cityRankings']>[number] & { change: number | null };

function RankChange({ change }: { change: number | null }) {
  const { t } = useLanguage();
  if (change === null) return <span className="change new">{t('newInRanking')}</span>;
  if (change === 0) return <span className="change same">–</span>;
  return <span className={`change ${change > 0 ? 'up' : 'down'}`}>{`${change > 0 ? '▲' : '▼'} ${Math.abs(change)}`}</span>;
}

/** The city ranking of a year: every district by its percent of its cluster's maximum score. */
export function RankingView({ year, cluster }: { year: number; cluster: string | null }) {
  const { t, language } = useLanguage();
  const state = useQuery(CityRankingView, { year, previousYear: year - 1 });
  const entries = useMemo<Entry[]>(() => {
    const current = state.data?.cityRankings ?? [];
    const changes = rankChanges(
      current.map((entry) => ({ districtId: entry.district?.id ?? '', rank: entry.rank })),
      (state.data?.previous ?? []).map((entry) => ({ districtId: entry.district?.id ?? '', rank: entry.rank })),
    );
    return current.map((entry) => ({ ...entry, change: changes.get(entry.district?.id ?? '') ?? null }));
  }, [state.data]);
  const clusters = [...new Map(entries.map((entry) => [entry.cluster.id, entry.cluster])).values()];
  const shown = useMemo(() => (cluster ? entries.filter((entry) => entry.cluster.id === cluster) : entries), [entries, cluster]);
  const go = (nextYear: number, nextCluster: string | null) => navigate(`/ranking/${nextYear}${nextCluster ? `?cluster=${encodeURIComponent(nextCluster)}` : ''}`);

  const columns: Column<Entry>[] = [
    { header: t('cityRank'), value: (entry) => entry.rank, numeric: true },
    {
      header: t('district'),
      value: (entry) => entry.district?.name ?? entry.district?.id,
      render: (entry) => entry.district && <DistrictName district={entry.district} year={year} />,
    },
    {
      header: t('cluster'),
      value: (entry) => entry.cluster.name,
      render: (entry) => <Link to={`/clusters/${encodeURIComponent(entry.cluster.id)}/${year}`}>{entry.cluster.name}</Link>,
    },
    { header: t('score'), value: (entry) => entry.score, render: (entry) => formatNumber(entry.score, language), numeric: true },
    { header: t('maxScore'), value: (entry) => entry.maxScore, render: (entry) => formatNumber(entry.maxScore, language), numeric: true },
    { header: t('percent'), value: (entry) => entry.percent, render: (entry) => formatPercent(entry.percent, language), numeric: true },
    { header: t('clusterRank'), value: (entry) => entry.clusterRank, numeric: true },
    { header: t('rankChange'), value: (entry) => entry.change, render: (entry) => <RankChange change={entry.change} />, numeric: true },
    { header: t('parIndexScore'), value: (entry) => entry.district?.parIndex?.score, render: (entry) => formatNumber(entry.district?.parIndex?.score, language), numeric: true },
    { header: t('parIndexRank'), value: (entry) => entry.district?.parIndex?.rank, numeric: true },
  ];
  const chart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 150, right: 24, top: 8, bottom: 24 },
      xAxis: { type: 'value', max: 100 },
      yAxis: { type: 'category', inverse: true, data: shown.map((entry) => entry.district?.name ?? entry.district?.id) },
      series: [{ type: 'bar', name: t('percent'), data: shown.map((entry) => entry.percent) }],
    }),
    [shown, t],
  );

  return (
    <section className="view ranking">
      <header className="view-header">
        <h1>{t('rankingTitle', { year })}</h1>
        <div className="filters no-print">
          <YearPicker years={state.data?.rankingYears ?? []} year={year} onChange={(next) => go(next, cluster)} />
          <label className="picker">
            {t('cluster')}{' '}
            <select value={cluster ?? ''} onChange={(event) => go(year, event.target.value || null)}>
              <option value="">{t('allClusters')}</option>
              {clusters.map((choice) => (
                <option key={choice.id} value={choice.id}>
                  {choice.name}
                </option>
              ))}
            </select>
          </label>
          <button type="button" onClick={() => window.print()}>
            {t('print')}
          </button>
        </div>
      </header>
      <QueryNotices state={state} />
      {state.data && (
        <>
          <DataTable exportName={t('rankingTitle', { year })} columns={columns} rows={shown} rowKey={(entry) => `${entry.cluster.id}:${entry.district?.id}`} />
          <h2 className="no-print">{t('rankingChart')}</h2>
          <Chart option={chart} height={Math.max(240, shown.length * 22)} label={t('rankingChart')} />
        </>
      )}
    </section>
  );
}

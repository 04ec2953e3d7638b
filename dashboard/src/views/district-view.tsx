import { useEffect, useMemo } from 'react';
import { Chart } from '../components/chart';
import { DataTable } from '../components/data-table';
import { EntityPicker } from '../components/entity-picker';
import { QueryNotices } from '../components/query-notices';
import { YearPicker } from '../components/year-picker';
import { formatDate, formatNumber, formatPercent, formatQuantity } from '../format';
import { graphql } from '../gql';
import type { DistrictProfileViewQuery } from '../gql/graphql';
import { useQuery } from '../graphql/use-query';
import { useLanguage } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { Link, navigate } from '../router';
import { AwardHistoryTable, awardsByLevelChart } from './award-history';
import { awardName } from './award-name';

const DistrictProfileView = graphql(`
  query DistrictProfileView($district: ID!, $year: Int!) {
    rankingYears
    districts { id name }
    district(id: $district) {
      id
      name
      clusterMembership(year: $year) { role cluster { id name } }
      clusterStanding(year: $year) { rank score percent }
      targets(year: $year) { id name unitOfMeasure planned actual achievementPercent exceeded }
      movements(year: $year) { id title launchedOn }
      parIndexHistory { year score rank }
      localAwardCounts(year: $year) { awardType { code name nameEn } count }
      awardHistory(first: 100) {
        totalCount
        nodes { id year level awardType { code name nameEn } decisionNumber decidedOn conferredBy }
      }
    }
  }
`);

type District = NonNullable<DistrictProfileViewQuery['district']>;
type Target = NonNullable<District['targets']>[number];

/** A district's profile: targets against plan, movements, PAR index over the years, awards, titles conferred. */
export function DistrictView({ districtId, year }: { districtId: string; year: number }) {
  const { t, language } = useLanguage();
  const state = useQuery(DistrictProfileView, { district: districtId, year });
  const district = state.data?.district;
  const name = district?.name ?? districtId;
  const go = (nextDistrict: string, nextYear: number) => navigate(`/districts/${encodeURIComponent(nextDistrict)}/${nextYear}`);
  // `/districts` opens on the first district.
  const first = state.data?.districts?.[0]?.id;
  useEffect(() => {
    if (!districtId && first) navigate(`/districts/${encodeURIComponent(first)}/${year}`, { replace: true });
  }, [districtId, first, year]);
  const exportName = (section: MessageKey) => `${t(section, { year })} ${name}`;
  const targets = district?.targets ?? [];
  // A target without a plan (a growth the source reports alone) has no achievement to draw.
  const planned = useMemo(() => (district?.targets ?? []).filter((target) => typeof target.achievementPercent === 'number'), [district]);
  const parIndexes = district?.parIndexHistory ?? [];

  const targetChart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 220, right: 40, top: 8, bottom: 24 },
      xAxis: { type: 'value', name: '%' },
      yAxis: { type: 'category', inverse: true, data: planned.map((target) => target.name) },
      series: [
        {
          type: 'bar',
          name: t('achievement'),
          // An exceeded target stands out; 100% is the plan.
          data: planned.map((target) => ({ value: target.achievementPercent, itemStyle: { color: target.exceeded ? '#2e7d32' : '#c77c02' } })),
          markLine: { symbol: 'none', data: [{ xAxis: 100 }], label: { formatter: t('planned') } },
        },
      ],
    }),
    [planned, t],
  );
  const parChart = useMemo(
    () => ({
      tooltip: { trigger: 'axis' },
      grid: { left: 48, right: 24, top: 16, bottom: 24 },
      xAxis: { type: 'category', data: parIndexes.map((entry) => String(entry.year)) },
      yAxis: { type: 'value', scale: true },
      series: [{ type: 'line', name: t('parIndex'), data: parIndexes.map((entry) => entry.score) }],
    }),
    [parIndexes, t],
  );
  const awardsChart = useMemo(() => awardsByLevelChart(district?.awardHistory?.nodes ?? [], t), [district, t]);

  return (
    <section className="view district">
      <header className="view-header">
        <h1>{t('districtTitle', { district: name, year })}</h1>
        <div className="filters no-print">
          <EntityPicker label={t('district')} value={districtId} choices={state.data?.districts ?? []} onChange={(next) => go(next, year)} />
          <YearPicker years={state.data?.rankingYears ?? []} year={year} onChange={(next) => go(districtId, next)} />
        </div>
      </header>
      <QueryNotices state={state} />
      {state.data && !district && <p>{t('notFound')}</p>}
      {district && (
        <>
          {district.clusterMembership && (
            <p className="summary">
              {t('cluster')}{' '}
              <Link to={`/clusters/${encodeURIComponent(district.clusterMembership.cluster.id)}/${year}`}>{district.clusterMembership.cluster.name}</Link>
              {' · '}
              {t(`role_${district.clusterMembership.role}`)}
              {district.clusterStanding && ` · ${t('clusterRank')} ${district.clusterStanding.rank} · ${t('score')} ${formatNumber(district.clusterStanding.score, language)} (${formatPercent(district.clusterStanding.percent, language)})`}
            </p>
          )}
          {targets.length > 0 && (
            <>
              <h2>{t('targets')}</h2>
              {planned.length > 0 && <Chart option={targetChart} height={Math.max(160, planned.length * 32)} label={t('targets')} />}
              <DataTable<Target>
                exportName={exportName('targets')}
                rows={targets}
                rowKey={(target) => target.id}
                columns={[
                  { header: t('target'), value: (target) => target.name, wrap: true },
                  { header: t('planned'), value: (target) => target.planned, render: (target) => formatQuantity(target.planned, target.unitOfMeasure, language), numeric: true },
                  { header: t('actual'), value: (target) => target.actual, render: (target) => formatQuantity(target.actual, target.unitOfMeasure, language), numeric: true },
                  { header: t('achievement'), value: (target) => target.achievementPercent, render: (target) => formatPercent(target.achievementPercent, language, 1), numeric: true },
                  { header: t('exceeded'), value: (target) => (target.exceeded ? '✓' : ''), render: (target) => (target.exceeded ? <span className="exceeded">✓</span> : '') },
                ]}
              />
            </>
          )}
          {(district.movements?.length ?? 0) > 0 && (
            <>
              <h2>{t('movements')}</h2>
              <ul className="movements">
                {district.movements!.map((movement) => (
                  <li key={movement.id}>
                    {movement.title}
                    {movement.launchedOn && <span className="muted"> · {t('launchedOn')} {formatDate(movement.launchedOn, language)}</span>}
                  </li>
                ))}
              </ul>
            </>
          )}
          {parIndexes.length > 0 && (
            <>
              <h2>{t('parIndex')}</h2>
              <Chart option={parChart} height={240} label={t('parIndex')} />
              <DataTable<(typeof parIndexes)[number]>
                exportName={exportName('parIndex')}
                rows={parIndexes}
                rowKey={(entry) => String(entry.year)}
                columns={[
                  { header: t('year'), value: (entry) => entry.year },
                  { header: t('score'), value: (entry) => entry.score, render: (entry) => formatNumber(entry.score, language), numeric: true },
                  { header: t('cityRank'), value: (entry) => entry.rank, numeric: true },
                ]}
              />
            </>
          )}
          {(district.localAwardCounts?.length ?? 0) > 0 && (
            <>
              <h2>{t('localAwards', { year })}</h2>
              <DataTable<NonNullable<District['localAwardCounts']>[number]>
                exportName={exportName('localAwards')}
                rows={district.localAwardCounts!}
                rowKey={(entry) => entry.awardType?.code ?? '?'}
                columns={[
                  { header: t('awardType'), value: (entry) => awardName(entry.awardType, language) },
                  { header: t('count'), value: (entry) => entry.count, render: (entry) => formatNumber(entry.count, language), numeric: true },
                ]}
              />
            </>
          )}
          {district.awardHistory && (
            <>
              <h2>{t('awardsByLevel')}</h2>
              <Chart option={awardsChart} height={260} label={t('awardsByLevel')} />
              <AwardHistoryTable exportName={exportName('awardHistory')} history={district.awardHistory} />
            </>
          )}
        </>
      )}
    </section>
  );
}

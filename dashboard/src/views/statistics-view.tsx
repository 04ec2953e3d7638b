import { useMemo } from 'react';
import { Chart } from '../components/chart';
import { DataTable } from '../components/data-table';
import { QueryNotices } from '../components/query-notices';
import { YearPicker } from '../components/year-picker';
import { formatNumber } from '../format';
import { graphql } from '../gql';
import { useQuery } from '../graphql/use-query';
import { useLanguage, type Translate } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { navigate } from '../router';
import { awardName } from './award-name';
import { DistrictName } from './district-name';

const AwardStatisticsView = graphql(`
  query AwardStatisticsView($year: Int!) {
    rankingYears
    byDistrict: awardStatistics(year: $year, groupBy: DISTRICT) {
      total
      groups { key count district { id name } }
    }
    byAwardType: awardStatistics(year: $year, groupBy: AWARD_TYPE) {
      total
      groups { key count awardType { code name nameEn } }
    }
    byLevel: awardStatistics(year: $year, groupBy: LEVEL) {
      total
      groups { key count level }
    }
  }
`);

/** A row of any of the three groupings: each names its group by the one field it asks for. */
interface Group {
  key: string;
  count: number;
  district?: { id: string; name?: string | null } | null;
  awardType?: { code: string; name: string; nameEn: string } | null;
  level?: 'DISTRICT' | 'CITY' | 'NATIONAL' | null;
}

function barChart(labels: string[], counts: number[], name: string, horizontal: boolean) {
  const category = { type: 'category', data: labels, ...(horizontal ? { inverse: true } : { axisLabel: { interval: 0, rotate: 30 } }) };
  const value = { type: 'value', minInterval: 1 };
  return {
    tooltip: { trigger: 'axis' },
    grid: horizontal ? { left: 160, right: 24, top: 8, bottom: 24 } : { left: 48, right: 24, top: 16, bottom: 80 },
    xAxis: horizontal ? value : category,
    yAxis: horizontal ? category : value,
    series: [{ type: 'bar', name, data: counts }],
  };
}

function groupLabel(group: Group, language: 'vi' | 'en', t: Translate): string {
  if (group.district) return group.district.name ?? group.district.id;
  if (group.awardType) return awardName(group.awardType, language);
  if (group.level) return t(`level_${group.level}`);
  return group.key;
}

/** A year's awards of every level, counted by district, by award type and by level. */
export function StatisticsView({ year }: { year: number }) {
  const { t, language } = useLanguage();
  const state = useQuery(AwardStatisticsView, { year });
  const sections = useMemo<{ title: MessageKey; groups: Group[]; total?: number | null; horizontal: boolean }[]>(
    () => [
      { title: 'byDistrict', groups: state.data?.byDistrict?.groups ?? [], total: state.data?.byDistrict?.total, horizontal: true },
      { title: 'byAwardType', groups: state.data?.byAwardType?.groups ?? [], total: state.data?.byAwardType?.total, horizontal: false },
      { title: 'byLevel', groups: state.data?.byLevel?.groups ?? [], total: state.data?.byLevel?.total, horizontal: false },
    ],
    [state.data],
  );
  const charts = useMemo(
    () => sections.map((section) => barChart(section.groups.map((group) => groupLabel(group, language, t)), section.groups.map((group) => group.count), t('count'), section.horizontal)),
    [sections, language, t],
  );
  return (
    <section className="view statistics">
      <header className="view-header">
        <h1>{t('statisticsTitle', { year })}</h1>
        <div className="filters no-print">
          <YearPicker years={state.data?.rankingYears ?? []} year={year} onChange={(next) => navigate(`/statistics/${next}`)} />
        </div>
      </header>
      <QueryNotices state={state} />
      {state.data &&
        sections.map((section, index) => (
          <div key={section.title} className="statistics-section">
            <h2>
              {t(section.title)}
              {typeof section.total === 'number' && <span className="muted"> · {t('total')} {formatNumber(section.total, language)}</span>}
            </h2>
            <Chart option={charts[index]} height={section.horizontal ? Math.max(240, section.groups.length * 20) : 300} label={t(section.title)} />
            <DataTable<Group>
              exportName={`${t('statisticsTitle', { year })} ${t(section.title)}`}
              rows={section.groups}
              rowKey={(group) => group.key}
              columns={[
                {
                  header: t(section.title === 'byDistrict' ? 'district' : section.title === 'byAwardType' ? 'awardType' : 'level'),
                  value: (group) => groupLabel(group, language, t),
                  render: (group) => (group.district ? <DistrictName district={group.district} year={year} /> : groupLabel(group, language, t)),
                },
                { header: t('count'), value: (group) => group.count, render: (group) => formatNumber(group.count, language), numeric: true },
              ]}
            />
          </div>
        ))}
    </section>
  );
}

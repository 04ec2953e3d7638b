import { DataTable } from '../components/data-table';
import { formatDate, type Language } from '../format';
import type { Translate } from '../i18n/language';
import { useLanguage } from '../i18n/language';
import { awardName } from './award-name';

type Level = 'DISTRICT' | 'CITY' | 'NATIONAL';
const LEVELS: Level[] = ['DISTRICT', 'CITY', 'NATIONAL'];

export interface AwardHistoryEntry {
  id: string;
  year: number;
  level: Level;
  awardType: { code: string; name: string; nameEn: string };
  decisionNumber?: string | null;
  decidedOn?: string | null;
  conferredBy: string;
}

export interface AwardHistory {
  totalCount: number;
  nodes: AwardHistoryEntry[];
}

/** Awards counted by year, one stacked bar a level: from the first page of the history, as the table shows it. */
export function awardsByLevelChart(entries: AwardHistoryEntry[], t: Translate) {
  const years = [...new Set(entries.map((entry) => entry.year))].sort();
  return {
    tooltip: { trigger: 'axis' },
    legend: { bottom: 0 },
    grid: { left: 40, right: 24, top: 16, bottom: 40 },
    xAxis: { type: 'category', data: years.map(String) },
    yAxis: { type: 'value', minInterval: 1 },
    series: LEVELS.map((level) => ({
      type: 'bar',
      stack: 'level',
      name: t(`level_${level}`),
      data: years.map((year) => entries.filter((entry) => entry.year === year && entry.level === level).length),
    })),
  };
}

function decisionLine(entry: AwardHistoryEntry, language: Language): string {
  return [entry.decisionNumber, formatDate(entry.decidedOn, language), entry.conferredBy].filter((part) => part && part !== '–').join(' · ');
}

/** The history as a timeline, newest year first, each award with its level and the decision that conferred it. */
export function AwardTimeline({ history }: { history: AwardHistory }) {
  const { t, language } = useLanguage();
  const years = [...new Set(history.nodes.map((entry) => entry.year))].sort((a, b) => b - a);
  return (
    <ol className="timeline">
      {years.map((year) => (
        <li key={year}>
          <span className="timeline-year">{year}</span>
          <ul>
            {history.nodes
              .filter((entry) => entry.year === year)
              .map((entry) => (
                <li key={entry.id} className={`level-${entry.level.toLowerCase()}`}>
                  <strong>{awardName(entry.awardType, language)}</strong> <span className="badge">{t(`level_${entry.level}`)}</span>
                  <div className="muted">{decisionLine(entry, language)}</div>
                </li>
              ))}
          </ul>
        </li>
      ))}
    </ol>
  );
}

export function AwardHistoryTable({ exportName, history }: { exportName: string; history: AwardHistory }) {
  const { t, language } = useLanguage();
  return (
    <DataTable<AwardHistoryEntry>
      exportName={exportName}
      rows={history.nodes}
      rowKey={(entry) => entry.id}
      caption={history.totalCount > history.nodes.length ? t('firstOf', { shown: history.nodes.length, total: history.totalCount }) : undefined}
      columns={[
        { header: t('year'), value: (entry) => entry.year },
        { header: t('level'), value: (entry) => t(`level_${entry.level}`) },
        { header: t('awardType'), value: (entry) => awardName(entry.awardType, language) },
        { header: t('decision'), value: (entry) => entry.decisionNumber },
        { header: t('decidedOn'), value: (entry) => entry.decidedOn, render: (entry) => formatDate(entry.decidedOn, language) },
        { header: t('conferredBy'), value: (entry) => entry.conferredBy },
      ]}
    />
  );
}

import { useEffect } from 'react';
import { DataTable } from '../components/data-table';
import { EntityPicker } from '../components/entity-picker';
import { QueryNotices } from '../components/query-notices';
import { YearPicker } from '../components/year-picker';
import { formatDate, formatNumber, formatPercent } from '../format';
import { graphql } from '../gql';
import type { ClusterYearViewQuery } from '../gql/graphql';
import { useQuery } from '../graphql/use-query';
import { useLanguage } from '../i18n/language';
import type { MessageKey } from '../i18n/messages';
import { navigate } from '../router';
import { DistrictName } from './district-name';
import { awardName } from './award-name';

const ClusterYearView = graphql(`
  query ClusterYearView($cluster: ID!, $year: Int!) {
    rankingYears
    clusters { id name }
    cluster(id: $cluster) {
      id
      name
      members(year: $year) { role district { id name } }
      covenant(year: $year) { signedOn contents { number text } }
      scoringTable(year: $year) { id code title maxPoints }
      standings(year: $year) { rank score maxScore percent penaltyPoints district { id name } }
      nominations(year: $year) { id votePercent awardType { code name nameEn } district { id name } proposal { status } }
      conferences(year: $year) { id heldOn summary host { id name } }
    }
  }
`);

type Cluster = NonNullable<ClusterYearViewQuery['cluster']>;

const ROLE_ORDER = { HEAD: 0, DEPUTY: 1, MEMBER: 2 };

/** A cluster's year: members with head and deputy, covenant, scoring table, standings and nominations. */
export function ClusterView({ clusterId, year }: { clusterId: string; year: number }) {
  const { t, language } = useLanguage();
  const state = useQuery(ClusterYearView, { cluster: clusterId, year });
  const cluster = state.data?.cluster;
  const go = (nextCluster: string, nextYear: number) => navigate(`/clusters/${encodeURIComponent(nextCluster)}/${nextYear}`);
  // `/clusters` opens on the first cluster.
  const first = state.data?.clusters?.[0]?.id;
  useEffect(() => {
    if (!clusterId && first) navigate(`/clusters/${encodeURIComponent(first)}/${year}`, { replace: true });
  }, [clusterId, first, year]);
  const members = [...(cluster?.members ?? [])].sort((a, b) => ROLE_ORDER[a.role] - ROLE_ORDER[b.role]);
  const exportName = (section: MessageKey) => `${t(section)} ${cluster?.name ?? clusterId} ${year}`;

  return (
    <section className="view cluster">
      <header className="view-header">
        <h1>{t('clusterTitle', { cluster: cluster?.name ?? clusterId, year })}</h1>
        <div className="filters no-print">
          <EntityPicker label={t('cluster')} value={clusterId} choices={state.data?.clusters ?? []} onChange={(next) => go(next, year)} />
          <YearPicker years={state.data?.rankingYears ?? []} year={year} onChange={(next) => go(clusterId, next)} />
        </div>
      </header>
      <QueryNotices state={state} />
      {state.data && !cluster && <p>{t('notFound')}</p>}
      {cluster && (
        <>
          <h2>{t('members')}</h2>
          <DataTable<Cluster['members'][number]>
            exportName={exportName('members')}
            rows={members}
            rowKey={(member) => member.district?.id ?? member.role}
            columns={[
              { header: t('district'), value: (member) => member.district?.name, render: (member) => member.district && <DistrictName district={member.district} year={year} /> },
              { header: t('role'), value: (member) => t(`role_${member.role}`) },
            ]}
          />
          {cluster.covenant && (
            <>
              <h2>{t('covenant')}</h2>
              {cluster.covenant.signedOn && <p>{t('signedOn', { date: formatDate(cluster.covenant.signedOn, language) })}</p>}
              <ol className="covenant">
                {cluster.covenant.contents.map((content) => (
                  <li key={content.number} value={content.number}>
                    {content.text}
                  </li>
                ))}
              </ol>
            </>
          )}
          {cluster.scoringTable.length > 0 && (
            <>
              <h2>{t('scoringTable')}</h2>
              <DataTable<Cluster['scoringTable'][number]>
                exportName={exportName('scoringTable')}
                rows={cluster.scoringTable}
                rowKey={(criterion) => criterion.id}
                columns={[
                  { header: t('criterion'), value: (criterion) => `${criterion.code}. ${criterion.title}`, wrap: true },
                  { header: t('maxPoints'), value: (criterion) => criterion.maxPoints, render: (criterion) => formatNumber(criterion.maxPoints, language), numeric: true },
                ]}
              />
            </>
          )}
          <h2>{t('standings')}</h2>
          <DataTable<Cluster['standings'][number]>
            exportName={exportName('standings')}
            rows={cluster.standings}
            rowKey={(standing) => standing.district?.id ?? String(standing.rank)}
            columns={[
              { header: t('clusterRank'), value: (standing) => standing.rank, numeric: true },
              { header: t('district'), value: (standing) => standing.district?.name, render: (standing) => standing.district && <DistrictName district={standing.district} year={year} /> },
              { header: t('score'), value: (standing) => standing.score, render: (standing) => formatNumber(standing.score, language), numeric: true },
              { header: t('maxScore'), value: (standing) => standing.maxScore, render: (standing) => formatNumber(standing.maxScore, language), numeric: true },
              { header: t('percent'), value: (standing) => standing.percent, render: (standing) => formatPercent(standing.percent, language), numeric: true },
              { header: t('penaltyPoints'), value: (standing) => standing.penaltyPoints, render: (standing) => formatNumber(standing.penaltyPoints, language), numeric: true },
            ]}
          />
          {cluster.nominations.length > 0 && (
            <>
              <h2>{t('nominations')}</h2>
              <DataTable<Cluster['nominations'][number]>
                exportName={exportName('nominations')}
                rows={cluster.nominations}
                rowKey={(nomination) => nomination.id}
                columns={[
                  { header: t('district'), value: (nomination) => nomination.district?.name, render: (nomination) => nomination.district && <DistrictName district={nomination.district} year={year} /> },
                  { header: t('awardType'), value: (nomination) => awardName(nomination.awardType, language) },
                  { header: t('votePercent'), value: (nomination) => nomination.votePercent, render: (nomination) => formatPercent(nomination.votePercent, language), numeric: true },
                  { header: t('proposalStatus'), value: (nomination) => (nomination.proposal ? t(`status_${nomination.proposal.status}`) : '–') },
                ]}
              />
            </>
          )}
          {cluster.conferences.length > 0 && (
            <>
              <h2>{t('conferences')}</h2>
              <DataTable<Cluster['conferences'][number]>
                exportName={exportName('conferences')}
                rows={cluster.conferences}
                rowKey={(conference) => conference.id}
                columns={[
                  { header: t('heldOn'), value: (conference) => conference.heldOn, render: (conference) => formatDate(conference.heldOn, language) },
                  { header: t('host'), value: (conference) => conference.host?.name, render: (conference) => conference.host && <DistrictName district={conference.host} year={year} /> },
                  { header: t('summary'), value: (conference) => conference.summary, wrap: true },
                ]}
              />
            </>
          )}
        </>
      )}
    </section>
  );
}

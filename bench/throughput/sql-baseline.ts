import mysql from 'mysql2/promise';
import type { SubgraphName } from '../../services/core/config';
import { parseMysqlUrl } from '../../services/core/data-source';
import type { Load } from './measurement';
import { RANKING_YEAR } from './queries';

/**
 * Issue 14's ranking as ONE statement over the three databases (one server joins across them):
 * the standings as services/cluster/standings.ts computes them (points summed and rounded to 6
 * decimals, penalties subtracted, percent of the table's BASE and BONUS maxima to 2 decimals,
 * ranked in the cluster, then in the city), each district's name, PAR index rank and count of
 * city-level awards in force that year. What the gateway's answer would cost if nothing but
 * the data were paid for.
 */
function rankingStatement(databases: Record<SubgraphName, string>): string {
  const { district, cluster, city } = databases;
  return `WITH totals AS (
  SELECT s.cluster_id, s.district_id,
         ROUND(SUM(IF(c.kind = 'PENALTY', -s.points, s.points)), 6) AS score,
         ROUND(SUM(IF(c.kind = 'PENALTY', s.points, 0)), 6) AS penalty_points
  FROM \`${cluster}\`.score s JOIN \`${cluster}\`.scoring_criterion c ON c.id = s.criterion_id
  WHERE s.year = ? GROUP BY s.cluster_id, s.district_id
), tables AS (
  SELECT cluster_id, ROUND(SUM(IF(kind = 'PENALTY', 0, max_points)), 6) AS max_score
  FROM \`${cluster}\`.scoring_criterion WHERE year = ? GROUP BY cluster_id
), standings AS (
  SELECT t.*, IF(m.max_score > 0, ROUND(t.score / m.max_score * 100, 2), 0) AS percent,
         ROW_NUMBER() OVER (PARTITION BY t.cluster_id ORDER BY t.score DESC, t.penalty_points, t.district_id COLLATE utf8mb4_bin) AS cluster_rank
  FROM totals t JOIN tables m ON m.cluster_id = t.cluster_id
)
SELECT ROW_NUMBER() OVER (ORDER BY st.percent DESC, st.cluster_rank, st.penalty_points, st.district_id COLLATE utf8mb4_bin) AS \`rank\`,
       st.percent, st.cluster_rank AS clusterRank, st.cluster_id AS clusterId, d.name, p.\`rank\` AS parRank,
       (SELECT COUNT(*) FROM \`${city}\`.award a JOIN \`${city}\`.award_type t ON t.code = a.award_type_code
         WHERE a.district_id = st.district_id AND a.year BETWEEN ? AND ? AND t.level = 'CITY' AND a.status = 'CONFERRED') AS cityAwards
FROM standings st
JOIN \`${district}\`.district d ON d.id = st.district_id
LEFT JOIN \`${city}\`.par_index p ON p.district_id = st.district_id AND p.year = ?
ORDER BY \`rank\``;
}

interface RankingRow {
  rank: number;
  percent: number;
  clusterRank: number;
  clusterId: string;
  name: string;
  parRank: number | null;
  cityAwards: number;
}

export interface RankingBaseline {
  /** The differences between the statement's rows and the gateway's answer; empty when they agree. */
  differences(gatewayData: unknown): Promise<string[]>;
  load(connections: number, seconds: number): Promise<Load>;
  close(): Promise<void>;
}

export function rankingBaseline(urls: Record<SubgraphName, string>): RankingBaseline {
  const server = parseMysqlUrl(urls.cluster);
  const databases = Object.fromEntries(Object.entries(urls).map(([name, url]) => [name, parseMysqlUrl(url).database])) as Record<SubgraphName, string>;
  const statement = rankingStatement(databases);
  const parameters = [RANKING_YEAR, RANKING_YEAR, RANKING_YEAR, RANKING_YEAR, RANKING_YEAR];
  const pools = new Set<mysql.Pool>();
  const rows = async (pool: mysql.Pool) => (await pool.query<mysql.RowDataPacket[]>(statement, parameters))[0] as RankingRow[];
  const openPool = (connections: number) => {
    const pool = mysql.createPool({ ...server, database: undefined, connectionLimit: connections, supportBigNumbers: true });
    pools.add(pool);
    return pool;
  };
  const closePool = async (pool: mysql.Pool) => {
    pools.delete(pool);
    await pool.end();
  };
  return {
    async differences(gatewayData) {
      const pool = openPool(1);
      try {
        const entries = (gatewayData as { cityRankings?: any[] } | null | undefined)?.cityRankings;
        if (!entries) return ['the gateway answered no ranking'];
        const expected = entries.map((entry): RankingRow => ({
          rank: entry.rank,
          percent: entry.percent,
          clusterRank: entry.clusterRank,
          clusterId: entry.cluster?.id,
          name: entry.district?.name,
          parRank: entry.district?.parIndex?.rank ?? null,
          cityAwards: entry.district?.awards?.totalCount,
        }));
        const actual = (await rows(pool)).map((row) => ({ ...row, rank: Number(row.rank), percent: Number(row.percent), clusterRank: Number(row.clusterRank), cityAwards: Number(row.cityAwards) }));
        const found: string[] = [];
        if (actual.length !== expected.length) found.push(`${actual.length} rows, the gateway ${expected.length}`);
        expected.forEach((entry, index) => {
          const row = actual[index];
          if (row && JSON.stringify(row) !== JSON.stringify(entry)) found.push(`row ${index + 1}: SQL ${JSON.stringify(row)}, gateway ${JSON.stringify(entry)}`);
        });
        return found;
      } finally {
        await closePool(pool);
      }
    },
    async load(connections, seconds) {
      const pool = openPool(connections);
      const latencies: number[] = [];
      let failed = 0;
      const started = performance.now();
      const deadline = started + seconds * 1000;
      try {
        // A closed loop per connection, like autocannon's clients: the next statement as soon as the last one's rows arrive.
        await Promise.all(
          Array.from({ length: connections }, async () => {
            while (performance.now() < deadline) {
              const sent = performance.now();
              try {
                await rows(pool);
                latencies.push(performance.now() - sent);
              } catch {
                failed += 1;
              }
            }
          }),
        );
      } finally {
        await closePool(pool);
      }
      return { requests: latencies.length, seconds: (performance.now() - started) / 1000, latencies, non2xx: 0, graphqlErrors: failed, timeouts: 0, socketErrors: 0 };
    },
    async close() {
      await Promise.all([...pools].map(closePool));
    },
  };
}

import { DataTable } from '../components/data-table';
import { QueryNotices } from '../components/query-notices';
import { formatDate } from '../format';
import { graphql } from '../gql';
import type { ReviewQueueViewQuery } from '../gql/graphql';
import { useQuery } from '../graphql/use-query';
import { useLanguage } from '../i18n/language';
import { Link } from '../router';
import { useSession } from '../session';
import { awardName } from './award-name';
import { DistrictName } from './district-name';

const ReviewQueueView = graphql(`
  query ReviewQueueView {
    reviewQueue(first: 100) {
      totalCount
      nodes {
        id
        year
        status
        submittedAt
        daysWaiting
        awardType { code name nameEn }
        person { id fullName }
        unit { id name }
        district { id name }
        eligibility { eligible failed }
        standing { rank }
      }
    }
  }
`);

type Dossier = ReviewQueueViewQuery['reviewQueue']['nodes'][number];

function Recipient({ dossier }: { dossier: Dossier }) {
  if (dossier.person) return <Link to={`/people/${encodeURIComponent(dossier.person.id)}`}>{dossier.person.fullName}</Link>;
  if (dossier.unit) return <Link to={`/units/${encodeURIComponent(dossier.unit.id)}`}>{dossier.unit.name}</Link>;
  return dossier.district ? <DistrictName district={dossier.district} /> : <>–</>;
}

/** The dossiers awaiting the board, oldest submission first: what the signed-in officer may see. */
export function ReviewView() {
  const { t, language } = useLanguage();
  const { token } = useSession();
  const state = useQuery(ReviewQueueView, {}, { skip: !token });
  const queue = state.data?.reviewQueue;
  return (
    <section className="view review">
      <header className="view-header">
        <h1>{t('reviewTitle')}</h1>
      </header>
      {!token && (
        <p>
          <Link to="/sign-in">{t('reviewNeedsToken')}</Link>
        </p>
      )}
      <QueryNotices state={state} />
      {queue && (
        <DataTable<Dossier>
          exportName={t('reviewTitle')}
          rows={queue.nodes}
          rowKey={(dossier) => dossier.id}
          caption={queue.totalCount > queue.nodes.length ? t('firstOf', { shown: queue.nodes.length, total: queue.totalCount }) : undefined}
          columns={[
            { header: t('recipient'), value: (dossier) => dossier.person?.fullName ?? dossier.unit?.name ?? dossier.district?.name, render: (dossier) => <Recipient dossier={dossier} /> },
            { header: t('district'), value: (dossier) => dossier.district?.name },
            { header: t('awardType'), value: (dossier) => awardName(dossier.awardType, language) },
            { header: t('year'), value: (dossier) => dossier.year },
            { header: t('proposalStatus'), value: (dossier) => t(`status_${dossier.status}`) },
            { header: t('submittedAt'), value: (dossier) => dossier.submittedAt, render: (dossier) => formatDate(dossier.submittedAt, language) },
            { header: t('daysWaiting'), value: (dossier) => dossier.daysWaiting, numeric: true },
            { header: t('clusterRank'), value: (dossier) => dossier.standing?.rank, numeric: true },
            {
              header: t('verdict'),
              wrap: true,
              value: (dossier) => (dossier.eligibility ? (dossier.eligibility.eligible ? t('eligible') : `${t('notEligible')}: ${dossier.eligibility.failed.join(', ')}`) : null),
            },
          ]}
        />
      )}
    </section>
  );
}

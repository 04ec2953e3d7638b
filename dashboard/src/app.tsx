import type { ReactNode } from 'react';
import { useLatestYear } from './graphql/latest-year';
import { useLanguage } from './i18n/language';
import type { MessageKey } from './i18n/messages';
import { Link, matchPath, useLocation, type Location } from './router';
import { useSession } from './session';
import { ClusterView } from './views/cluster-view';
import { DistrictView } from './views/district-view';
import { RankingView } from './views/ranking-view';
import { PersonView, UnitView } from './views/record-view';
import { ReviewView } from './views/review-view';
import { SearchPage } from './views/search-view';
import { SignInView } from './views/sign-in-view';
import { StatisticsView } from './views/statistics-view';
import { TrendView } from './views/trend-view';

const NAVIGATION: [path: string, label: MessageKey][] = [
  ['/ranking', 'navRanking'],
  ['/trend', 'navTrend'],
  ['/clusters', 'navCluster'],
  ['/districts', 'navDistrict'],
  ['/statistics', 'navStatistics'],
  ['/search', 'navSearch'],
  ['/review', 'navReview'],
];

/** A view whose path may leave out the year: it opens on the last ranked year. */
function WithYear({ year, children }: { year: string | undefined; children: (year: number, latest: number) => ReactNode }) {
  const { t } = useLanguage();
  const latest = useLatestYear();
  if (latest === undefined) return <p className="loading" role="status">{t('loading')}</p>;
  if (latest === null) return <p>{t('noData')}</p>;
  return <>{children(year ? Number(year) : latest, latest)}</>;
}

type Route = [pattern: string, view: (params: Record<string, string>, location: Location) => ReactNode];

const ROUTES: Route[] = [
  ['/', (_, { query }) => <WithYear year={undefined}>{(year) => <RankingView year={year} cluster={query.get('cluster')} />}</WithYear>],
  ['/ranking', (_, { query }) => <WithYear year={undefined}>{(year) => <RankingView year={year} cluster={query.get('cluster')} />}</WithYear>],
  ['/ranking/:year', ({ year }, { query }) => <RankingView year={Number(year)} cluster={query.get('cluster')} />],
  ['/trend', (_, { query }) => <TrendView picked={query.get('districts') ?? ''} />],
  ['/clusters', () => <WithYear year={undefined}>{(year) => <ClusterView clusterId="" year={year} />}</WithYear>],
  ['/clusters/:cluster', ({ cluster }) => <WithYear year={undefined}>{(year) => <ClusterView clusterId={cluster} year={year} />}</WithYear>],
  ['/clusters/:cluster/:year', ({ cluster, year }) => <ClusterView clusterId={cluster} year={Number(year)} />],
  ['/districts', () => <WithYear year={undefined}>{(year) => <DistrictView districtId="" year={year} />}</WithYear>],
  ['/districts/:district', ({ district }) => <WithYear year={undefined}>{(year) => <DistrictView districtId={district} year={year} />}</WithYear>],
  ['/districts/:district/:year', ({ district, year }) => <DistrictView districtId={district} year={Number(year)} />],
  ['/people/:person', ({ person }, { query }) => <WithYear year={query.get('year') ?? undefined}>{(year, latest) => <PersonView personId={person} year={year} latest={latest} />}</WithYear>],
  ['/units/:unit', ({ unit }, { query }) => <WithYear year={query.get('year') ?? undefined}>{(year, latest) => <UnitView unitId={unit} year={year} latest={latest} />}</WithYear>],
  ['/statistics', () => <WithYear year={undefined}>{(year) => <StatisticsView year={year} />}</WithYear>],
  ['/statistics/:year', ({ year }) => <StatisticsView year={Number(year)} />],
  ['/search', (_, { query }) => <SearchPage key={query.get('q') ?? ''} text={query.get('q') ?? ''} />],
  ['/review', () => <ReviewView />],
  ['/sign-in', () => <SignInView />],
];

function CurrentView({ location }: { location: Location }) {
  const { t } = useLanguage();
  for (const [pattern, view] of ROUTES) {
    const params = matchPath(pattern, location.pathname);
    if (params) return <>{view(params, location)}</>;
  }
  return <p>{t('notFound')}</p>;
}

export function App() {
  const { t, toggle } = useLanguage();
  const { identity, signOut } = useSession();
  const location = useLocation();
  const section = location.pathname === '/' ? '/ranking' : `/${location.pathname.split('/')[1]}`;
  return (
    <div className="app">
      <header className="masthead no-print">
        <Link to="/" className="brand">
          {t('appTitle')}
          <small>{t('cityDashboard')}</small>
        </Link>
        <nav>
          {NAVIGATION.map(([path, label]) => (
            <Link key={path} to={path} className={section === path ? 'active' : undefined} aria-current={section === path ? 'page' : undefined}>
              {t(label)}
            </Link>
          ))}
        </nav>
        <div className="account">
          {identity ? (
            <button type="button" onClick={signOut} title={identity.subject}>
              {t('signOut')} ({identity.role}
              {identity.district ? ` · ${identity.district}` : ''})
            </button>
          ) : (
            <Link to="/sign-in">{t('navSignIn')}</Link>
          )}
          <button type="button" className="language" onClick={toggle}>
            {t('language')}
          </button>
        </div>
      </header>
      <main>
        <CurrentView location={location} />
      </main>
    </div>
  );
}

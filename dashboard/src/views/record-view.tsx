import type { ReactNode } from 'react';
import { QueryNotices } from '../components/query-notices';
import { YearPicker } from '../components/year-picker';
import { formatNumber } from '../format';
import { graphql } from '../gql';
import { useQuery, type QueryState } from '../graphql/use-query';
import { useLanguage } from '../i18n/language';
import { Link, navigate } from '../router';
import { AwardHistoryTable, AwardTimeline, type AwardHistory } from './award-history';
import { DistrictName } from './district-name';
import { EligibilityList, type Eligibility } from './eligibility-list';

// Person and Unit share no interface in the graph, so each has its own operation, asking the same of both.
const PersonRecordView = graphql(`
  query PersonRecordView($person: ID!, $year: Int!) {
    person(id: $person) {
      id
      fullName
      position
      unit { id name }
      district { id name }
      awardHistory(first: 100) {
        totalCount
        nodes { id year level awardType { code name nameEn } decisionNumber decidedOn conferredBy }
      }
      eligibilities(year: $year) {
        eligible
        evidenceWithheld
        awardType { code name nameEn }
        conditions { code met description descriptionVi }
      }
    }
  }
`);

const UnitRecordView = graphql(`
  query UnitRecordView($unit: ID!, $year: Int!) {
    unit(id: $unit) {
      id
      name
      memberCount
      district { id name }
      awardHistory(first: 100) {
        totalCount
        nodes { id year level awardType { code name nameEn } decisionNumber decidedOn conferredBy }
      }
      eligibilities(year: $year) {
        eligible
        evidenceWithheld
        awardType { code name nameEn }
        conditions { code met description descriptionVi }
      }
    }
  }
`);

/** A person or a unit, as the record page shows it. */
interface Holder {
  name: string;
  summary: ReactNode;
  awardHistory?: AwardHistory | null;
  eligibilities?: Eligibility[] | null;
}

/** The years offered for judging: the last ranked year, the two before it and the next one. */
function judgedYears(latest: number): number[] {
  return [latest - 2, latest - 1, latest, latest + 1];
}

/** A record: the award history of the three levels as a timeline, and what its holder may be proposed for. */
function RecordPage({ state, record, year, latest, path }: { state: QueryState<unknown>; record: Holder | null | undefined; year: number; latest: number; path: string }) {
  const { t } = useLanguage();
  return (
    <section className="view record">
      <QueryNotices state={state} />
      {state.data != null && !record && <p>{t('notFound')}</p>}
      {record && (
        <>
          <header className="view-header">
            <h1>{record.name}</h1>
            <p className="summary">{record.summary}</p>
          </header>
          <h2>{t('recordTitle')}</h2>
          {record.awardHistory && (
            <>
              <AwardTimeline history={record.awardHistory} />
              <AwardHistoryTable exportName={`${t('recordTitle')} ${record.name}`} history={record.awardHistory} />
            </>
          )}
          <h2>{t('eligibilityTitle', { year })}</h2>
          <YearPicker years={judgedYears(latest)} year={year} onChange={(next) => navigate(`${path}?year=${next}`, { replace: true })} />
          <EligibilityList eligibilities={record.eligibilities ?? null} />
        </>
      )}
    </section>
  );
}

export function PersonView({ personId, year, latest }: { personId: string; year: number; latest: number }) {
  const { t } = useLanguage();
  const state = useQuery(PersonRecordView, { person: personId, year });
  const person = state.data?.person;
  const record = person && {
    ...person,
    name: person.fullName,
    summary: (
      <>
        {person.position} · {t('unit')} <Link to={`/units/${encodeURIComponent(person.unit.id)}`}>{person.unit.name}</Link> · <DistrictName district={person.district} />
      </>
    ),
  };
  return <RecordPage state={state} record={record} year={year} latest={latest} path={`/people/${encodeURIComponent(personId)}`} />;
}

export function UnitView({ unitId, year, latest }: { unitId: string; year: number; latest: number }) {
  const { t, language } = useLanguage();
  const state = useQuery(UnitRecordView, { unit: unitId, year });
  const unit = state.data?.unit;
  const record = unit && {
    ...unit,
    summary: (
      <>
        <DistrictName district={unit.district} /> · {t('members_count')} {formatNumber(unit.memberCount, language)}
      </>
    ),
  };
  return <RecordPage state={state} record={record} year={year} latest={latest} path={`/units/${encodeURIComponent(unitId)}`} />;
}

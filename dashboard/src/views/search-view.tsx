import { useState, type FormEvent } from 'react';
import { DataTable } from '../components/data-table';
import { QueryNotices } from '../components/query-notices';
import { formatDate, formatNumber } from '../format';
import { graphql } from '../gql';
import type { SearchViewQuery } from '../gql/graphql';
import { useQuery } from '../graphql/use-query';
import { useLanguage } from '../i18n/language';
import { Link, navigate } from '../router';
import { DistrictName } from './district-name';

const SearchView = graphql(`
  query SearchView($text: String!) {
    searchPeople(text: $text, first: 20) {
      totalCount
      nodes { id fullName position unit { id name } district { id name } }
    }
    searchUnits(text: $text, first: 20) {
      totalCount
      nodes { id name district { id name } }
    }
    awardDecisions(number: $text, first: 20) {
      totalCount
      nodes { id number signedOn signer awards(first: 0) { totalCount } }
    }
  }
`);

type People = SearchViewQuery['searchPeople']['nodes'];
type Units = SearchViewQuery['searchUnits']['nodes'];
type Decisions = SearchViewQuery['awardDecisions']['nodes'];

/** The shortest text the graph searches for. */
const SHORTEST = 2;

/** A person or collective by name (accents optional), a decision by the start of its number. */
export function SearchPage({ text }: { text: string }) {
  const { t, language } = useLanguage();
  const [typed, setTyped] = useState(text);
  const ready = text.trim().length >= SHORTEST;
  const state = useQuery(SearchView, { text: text.trim() }, { skip: !ready });
  const submit = (event: FormEvent) => {
    event.preventDefault();
    navigate(`/search?q=${encodeURIComponent(typed.trim())}`);
  };
  const data = state.data;
  return (
    <section className="view search">
      <header className="view-header">
        <h1>{t('searchTitle')}</h1>
      </header>
      <form className="search-form" onSubmit={submit} role="search">
        <input type="search" name="q" value={typed} onChange={(event) => setTyped(event.target.value)} placeholder={t('searchPlaceholder')} aria-label={t('searchPlaceholder')} autoFocus />
        <button type="submit">{t('searchButton')}</button>
      </form>
      {!ready && <p className="muted">{t('searchHint')}</p>}
      <QueryNotices state={state} />
      {ready && data && data.searchPeople.totalCount + data.searchUnits.totalCount + data.awardDecisions.totalCount === 0 && <p>{t('notFound')}</p>}
      {ready && data && data.searchPeople.totalCount > 0 && (
        <>
          <h2>
            {t('people')} <span className="muted">({formatNumber(data.searchPeople.totalCount, language)})</span>
          </h2>
          <DataTable<People[number]>
            exportName={`${t('people')} ${text}`}
            rows={data.searchPeople.nodes}
            rowKey={(person) => person.id}
            columns={[
              { header: t('people'), value: (person) => person.fullName, render: (person) => <Link to={`/people/${encodeURIComponent(person.id)}`}>{person.fullName}</Link> },
              { header: t('position'), value: (person) => person.position, wrap: true },
              { header: t('unit'), value: (person) => person.unit.name, render: (person) => <Link to={`/units/${encodeURIComponent(person.unit.id)}`}>{person.unit.name}</Link> },
              { header: t('district'), value: (person) => person.district.name, render: (person) => <DistrictName district={person.district} /> },
            ]}
          />
        </>
      )}
      {ready && data && data.searchUnits.totalCount > 0 && (
        <>
          <h2>
            {t('units')} <span className="muted">({formatNumber(data.searchUnits.totalCount, language)})</span>
          </h2>
          <DataTable<Units[number]>
            exportName={`${t('units')} ${text}`}
            rows={data.searchUnits.nodes}
            rowKey={(unit) => unit.id}
            columns={[
              { header: t('units'), value: (unit) => unit.name, render: (unit) => <Link to={`/units/${encodeURIComponent(unit.id)}`}>{unit.name}</Link> },
              { header: t('district'), value: (unit) => unit.district.name, render: (unit) => <DistrictName district={unit.district} /> },
            ]}
          />
        </>
      )}
      {ready && data && data.awardDecisions.totalCount > 0 && (
        <>
          <h2>
            {t('decisions')} <span className="muted">({formatNumber(data.awardDecisions.totalCount, language)})</span>
          </h2>
          <DataTable<Decisions[number]>
            exportName={`${t('decisions')} ${text}`}
            rows={data.awardDecisions.nodes}
            rowKey={(decision) => decision.id}
            columns={[
              { header: t('decision'), value: (decision) => decision.number },
              { header: t('decidedOn'), value: (decision) => decision.signedOn, render: (decision) => formatDate(decision.signedOn, language) },
              { header: t('signer'), value: (decision) => decision.signer },
              { header: t('awardsCount'), value: (decision) => decision.awards.totalCount, numeric: true },
            ]}
          />
        </>
      )}
    </section>
  );
}

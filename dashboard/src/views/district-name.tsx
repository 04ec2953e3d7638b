import { Link } from '../router';

/** A district's name linking to its profile; its id where the district subgraph could not name it. */
export function DistrictName({ district, year }: { district: { id: string; name?: string | null }; year?: number }) {
  return <Link to={`/districts/${encodeURIComponent(district.id)}${year ? `/${year}` : ''}`}>{district.name ?? <span className="missing">{district.id}</span>}</Link>;
}

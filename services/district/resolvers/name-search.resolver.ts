import { Args, Ctx, Query, Resolver } from 'type-graphql';
import type { Connection } from '../../core/connections';
import { SEARCH_TEXT_MAX, SEARCH_TEXT_MIN } from '../../core/fold-text';
import type { DistrictContext } from '../context';
import { NameSearchArgs } from '../entities/name-search-args';
import type { Person } from '../entities/person';
import { PersonConnection } from '../entities/person-connection';
import type { Unit } from '../entities/unit';
import { UnitConnection } from '../entities/unit-connection';
import { searchNames } from '../name-search';

const matching = (example: string) =>
  `accents, case and punctuation ignored (${example}): every word of the text starts a word of the name, in any order. ` +
  `BAD_USER_INPUT for a text of fewer than ${SEARCH_TEXT_MIN} or more than ${SEARCH_TEXT_MAX} letters, digits and spaces once folded so. ` +
  'By the name so folded, then id. Without `district`, a lookup across the districts of the city.';

/** Name search (the dashboard's search box), served by the word tables' indexes (name-search.ts). */
@Resolver()
export class NameSearchResolver {
  @Query(() => PersonConnection, { description: `People by name, ${matching('"do trong nam" finds Đỗ Trọng Nam')}` })
  searchPeople(@Args() { text, district, ...page }: NameSearchArgs, @Ctx() { db, loaders }: DistrictContext): Promise<Connection<Person>> {
    return searchNames(db, 'person', { text, district }, page, (ids) => loaders.personById.loadMany(ids));
  }

  @Query(() => UnitConnection, { description: `Units (collectives) by name, ${matching('"phong noi vu" finds Phòng Nội vụ')}` })
  searchUnits(@Args() { text, district, ...page }: NameSearchArgs, @Ctx() { db, loaders }: DistrictContext): Promise<Connection<Unit>> {
    return searchNames(db, 'unit', { text, district }, page, (ids) => loaders.unitById.loadMany(ids));
  }
}

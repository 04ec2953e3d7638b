import { Arg, Args, Ctx, Directive, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { assertPersonalDataReader } from '../../core/authorization';
import type { Connection } from '../../core/connections';
import type { DistrictContext } from '../context';
import { Discipline } from '../entities/discipline';
import { District } from '../entities/district';
import { Initiative } from '../entities/initiative';
import type { LocalAward } from '../entities/local-award';
import { HolderAwardArgs } from '../entities/holder-award-args';
import { LocalAwardConnection } from '../entities/local-award-connection';
import { LocalAwardRecord } from '../entities/local-award-record';
import { Gender, Person } from '../entities/person';
import { Unit } from '../entities/unit';
import { YearRating } from '../entities/year-rating';
import { localAwardRecords } from './local-award-records';
import { foundOrNotFound } from '../../core/references';
import { withRequiredFacts } from '../eligibility/representation';

const PERSONAL_DATA = "Personal data: for a token scoped to the person's district, or the city admin's (else FORBIDDEN, or UNAUTHENTICATED without a token).";

@Resolver(() => Person)
export class PersonResolver {
  @Query(() => Person, { nullable: true, description: 'One person by their id (e.g. ba-dinh-p0001); null if there is none' })
  person(@Arg('id', () => ID) id: string, @Ctx() { loaders }: DistrictContext): Promise<Person | null> {
    return loaders.personById.load(id);
  }

  @FieldResolver(() => Unit)
  async unit(@Root() person: Person, @Ctx() { loaders }: DistrictContext): Promise<Unit> {
    // The foreign key guarantees the unit exists.
    return (await loaders.unitById.load(person.unitId))!;
  }

  @FieldResolver(() => District)
  async district(@Root() person: Person, @Ctx() { loaders }: DistrictContext): Promise<District> {
    return (await loaders.districtById.load(person.districtId))!;
  }

  // Personal data (birth year, gender, ratings, discipline) is checked here, on the field, so that it holds
  // however the person is reached: a root field, a list, or another subgraph's reference.
  @FieldResolver(() => Int, { nullable: true, description: `${PERSONAL_DATA} The year of birth; null where it is not known` })
  birthYear(@Root() person: Person, @Ctx() { viewer }: DistrictContext): number | null {
    assertPersonalDataReader(viewer, person.districtId);
    return person.birthYear;
  }

  @FieldResolver(() => Gender, { nullable: true, description: PERSONAL_DATA })
  gender(@Root() person: Person, @Ctx() { viewer }: DistrictContext): Gender {
    assertPersonalDataReader(viewer, person.districtId);
    return person.gender;
  }

  @FieldResolver(() => [YearRating], { nullable: true, description: `${PERSONAL_DATA} The person's yearly ratings, by year` })
  ratings(@Root() person: Person, @Ctx() { viewer, loaders }: DistrictContext): Promise<YearRating[]> {
    assertPersonalDataReader(viewer, person.districtId);
    return loaders.ratingsOfPerson.load({ districtId: person.districtId, personId: person.id });
  }

  @FieldResolver(() => [Initiative], { description: "The person's initiatives, by year" })
  initiatives(@Root() person: Person, @Ctx() { loaders }: DistrictContext): Promise<Initiative[]> {
    return loaders.initiativesOfPerson.load({ districtId: person.districtId, personId: person.id });
  }

  @FieldResolver(() => [Discipline], { nullable: true, description: `${PERSONAL_DATA} The disciplinary measures on the person, oldest first` })
  disciplines(@Root() person: Person, @Ctx() { viewer, loaders }: DistrictContext): Promise<Discipline[]> {
    assertPersonalDataReader(viewer, person.districtId);
    return loaders.disciplinesOfPerson.load({ districtId: person.districtId, personId: person.id });
  }

  @FieldResolver(() => LocalAwardConnection, { description: 'The titles and forms the district conferred on the person, by year, then award type code' })
  localAwards(@Root() person: Person, @Args() args: HolderAwardArgs, @Ctx() { loaders }: DistrictContext): Promise<Connection<LocalAward>> {
    return loaders.localAwardsOfPerson.load({ districtId: person.districtId, personId: person.id }, args, { includeRevoked: args.includeRevoked });
  }

  @FieldResolver(() => [LocalAwardRecord], { description: "Every award the district conferred on the person, oldest first: the city's award history requires them" })
  @Directive('@inaccessible')
  localAwardRecords(@Root() person: Person, @Ctx() { loaders }: DistrictContext): Promise<LocalAwardRecord[]> {
    return localAwardRecords(loaders, person.districtId, loaders.everyLocalAwardOfPerson.load({ districtId: person.districtId, personId: person.id }));
  }
}

/** A reference from the gateway; for eligibility's @requires it carries the other levels' facts, kept on the person. */
export async function resolvePersonReference(reference: { id: string } & Record<string, unknown>, { loaders }: DistrictContext): Promise<Person> {
  const person = foundOrNotFound('Person', reference.id, await loaders.personById.load(reference.id));
  return withRequiredFacts(person, reference, ['cityAwardFacts']);
}

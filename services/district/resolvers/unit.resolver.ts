import { Arg, Args, Ctx, Directive, FieldResolver, ID, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type Connection } from '../../core/connections';
import type { DistrictContext } from '../context';
import { District } from '../entities/district';
import type { LocalAward } from '../entities/local-award';
import { HolderAwardArgs } from '../entities/holder-award-args';
import { LocalAwardConnection } from '../entities/local-award-connection';
import { LocalAwardRecord } from '../entities/local-award-record';
import type { Person } from '../entities/person';
import { PersonConnection } from '../entities/person-connection';
import { Unit } from '../entities/unit';
import { YearRating } from '../entities/year-rating';
import { localAwardRecords } from './local-award-records';
import { foundOrNotFound } from '../../core/references';
import { withRequiredFacts } from '../eligibility/representation';

@Resolver(() => Unit)
export class UnitResolver {
  @Query(() => Unit, { nullable: true, description: 'One unit by its id (e.g. ba-dinh-u001); null if there is none' })
  unit(@Arg('id', () => ID) id: string, @Ctx() { loaders }: DistrictContext): Promise<Unit | null> {
    return loaders.unitById.load(id);
  }

  @FieldResolver(() => District)
  async district(@Root() unit: Unit, @Ctx() { loaders }: DistrictContext): Promise<District> {
    // The foreign key guarantees the district exists.
    return (await loaders.districtById.load(unit.districtId))!;
  }

  @FieldResolver(() => PersonConnection, { description: 'The people of the unit on record, by id' })
  people(@Root() unit: Unit, @Args() page: PageArgs, @Ctx() { loaders }: DistrictContext): Promise<Connection<Person>> {
    return loaders.peopleOfUnit.load({ districtId: unit.districtId, unitId: unit.id }, page);
  }

  @FieldResolver(() => [YearRating], { description: "The unit's yearly ratings, by year" })
  ratings(@Root() unit: Unit, @Ctx() { loaders }: DistrictContext): Promise<YearRating[]> {
    return loaders.ratingsOfUnit.load({ districtId: unit.districtId, unitId: unit.id });
  }

  @FieldResolver(() => LocalAwardConnection, { description: 'The titles and forms the district conferred on the unit, by year, then award type code' })
  localAwards(@Root() unit: Unit, @Args() args: HolderAwardArgs, @Ctx() { loaders }: DistrictContext): Promise<Connection<LocalAward>> {
    return loaders.localAwardsOfUnit.load({ districtId: unit.districtId, unitId: unit.id }, args, { includeRevoked: args.includeRevoked });
  }

  @FieldResolver(() => [LocalAwardRecord], { description: "Every award the district conferred on the unit, oldest first: the city's award history requires them" })
  @Directive('@inaccessible')
  localAwardRecords(@Root() unit: Unit, @Ctx() { loaders }: DistrictContext): Promise<LocalAwardRecord[]> {
    return localAwardRecords(loaders, unit.districtId, loaders.everyLocalAwardOfUnit.load({ districtId: unit.districtId, unitId: unit.id }));
  }
}

/** A reference from the gateway; for eligibility's @requires it carries the other levels' facts, kept on the unit. */
export async function resolveUnitReference(reference: { id: string } & Record<string, unknown>, { loaders }: DistrictContext): Promise<Unit> {
  const unit = foundOrNotFound('Unit', reference.id, await loaders.unitById.load(reference.id));
  return withRequiredFacts(unit, reference, ['cityAwardFacts']);
}

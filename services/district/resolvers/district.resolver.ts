import { Arg, Args, Ctx, FieldResolver, ID, Int, Query, Resolver, Root } from 'type-graphql';
import { PageArgs, type Connection } from '../../core/connections';
import { assertIsoDate, assertYear } from '../../core/errors';
import { INCLUDE_REVOKED } from '../../core/revocation';
import type { DistrictContext } from '../context';
import { AwardTypeCount } from '../entities/award-type-count';
import { District } from '../entities/district';
import { DistrictFilterArgs } from '../entities/district-filter-args';
import type { LocalAward } from '../entities/local-award';
import { LocalAwardConnection } from '../entities/local-award-connection';
import { LocalAwardListArgs } from '../entities/local-award-list-args';
import { Movement } from '../entities/movement';
import type { Person } from '../entities/person';
import { PersonConnection } from '../entities/person-connection';
import { Successor } from '../entities/successor';
import { Target } from '../entities/target';
import type { Unit } from '../entities/unit';
import { UnitConnection } from '../entities/unit-connection';
import { UnitListArgs } from '../entities/unit-list-args';
import { foundOrNotFound } from '../../core/references';
import { withRequiredFacts } from '../eligibility/representation';

// Vietnamese order: Đ after D, diacritics after the plain letter.
const vietnamese = new Intl.Collator('vi');

@Resolver(() => District)
export class DistrictResolver {
  @Query(() => [District], { nullable: true, description: 'The district-level units of the city, in Vietnamese alphabetical order: all of them, or those the arguments select' })
  async districts(@Args() { kind, existingOn }: DistrictFilterArgs, @Ctx() { db, loaders }: DistrictContext): Promise<District[]> {
    assertIsoDate(existingOn, 'existingOn');
    const query = db.getRepository(District).createQueryBuilder('district');
    if (kind) query.andWhere('district.kind = :kind', { kind });
    if (existingOn) {
      query.andWhere('district.validFrom <= :day', { day: existingOn }).andWhere('(district.validTo IS NULL OR district.validTo >= :day)');
    }
    const districts = await query.getMany();
    // Units and people of these districts ask for them again: answer those from the loader.
    for (const district of districts) loaders.districtById.prime(district.id, district);
    return districts.sort((a, b) => vietnamese.compare(a.name, b.name));
  }

  @Query(() => District, { nullable: true, description: 'One district by its id (e.g. dong-da); null if there is none' })
  district(@Arg('id', () => ID) id: string, @Ctx() { loaders }: DistrictContext): Promise<District | null> {
    return loaders.districtById.load(id);
  }

  @FieldResolver(() => [Successor], { nullable: true, description: 'The wards and communes that took over on 2025-07-01, when the district level was abolished' })
  successors(@Root() district: District, @Ctx() { loaders }: DistrictContext): Promise<Successor[]> {
    return loaders.successorsOfDistrict.load(district.id);
  }

  @FieldResolver(() => UnitConnection, { nullable: true, description: 'The collectives of the district, by id' })
  units(@Root() district: District, @Args() args: UnitListArgs, @Ctx() { loaders }: DistrictContext): Promise<Connection<Unit>> {
    return loaders.unitsOfDistrict.load({ districtId: district.id }, args, args.kind ? { kind: args.kind } : null);
  }

  @FieldResolver(() => PersonConnection, { nullable: true, description: 'The people of all the units of the district on record, by id' })
  people(@Root() district: District, @Args() page: PageArgs, @Ctx() { loaders }: DistrictContext): Promise<Connection<Person>> {
    return loaders.peopleOfDistrict.load({ districtId: district.id }, page);
  }

  @FieldResolver(() => [Movement], { nullable: true, description: 'The emulation movements, by year' })
  movements(
    @Root() district: District,
    @Arg('year', () => Int, { nullable: true, description: 'Only this year; all years if omitted' }) year: number | null,
    @Ctx() { loaders }: DistrictContext,
  ): Promise<Movement[]> {
    assertYear(year);
    return year === null || year === undefined
      ? loaders.movementsOfDistrict.load(district.id)
      : loaders.movementsOfDistrictInYear.load({ districtId: district.id, year });
  }

  @FieldResolver(() => [Target], { nullable: true, description: 'The targets (chỉ tiêu) of a year' })
  targets(@Root() district: District, @Arg('year', () => Int) year: number, @Ctx() { loaders }: DistrictContext): Promise<Target[]> {
    assertYear(year);
    return loaders.targetsOfDistrict.load({ districtId: district.id, year });
  }

  @FieldResolver(() => LocalAwardConnection, { nullable: true, description: 'The titles and forms the district conferred for a year, by award type code' })
  localAwards(@Root() district: District, @Args() args: LocalAwardListArgs, @Ctx() { loaders }: DistrictContext): Promise<Connection<LocalAward>> {
    assertYear(args.year);
    return loaders.localAwardsOfDistrict.load({ districtId: district.id }, args, { year: args.year, awardTypeCode: args.awardType ?? null, includeRevoked: args.includeRevoked });
  }

  @FieldResolver(() => [AwardTypeCount], { nullable: true, description: 'How many of each title and form the district conferred for a year, by award type code' })
  async localAwardCounts(
    @Root() district: District,
    @Arg('year', () => Int) year: number,
    @Arg('includeRevoked', () => Boolean, { defaultValue: false, description: INCLUDE_REVOKED }) includeRevoked: boolean,
    @Ctx() { loaders }: DistrictContext,
  ): Promise<AwardTypeCount[]> {
    assertYear(year);
    const rows = await loaders.localAwardCountsOfDistrict.load({ districtId: district.id, year, includeRevoked });
    return rows.map(({ awardTypeCode, count }) => ({ awardType: { code: awardTypeCode }, count }));
  }
}

/** A reference from the gateway; for eligibility's @requires it carries the other levels' facts, kept on the district. */
export async function resolveDistrictReference(reference: { id: string } & Record<string, unknown>, { loaders }: DistrictContext): Promise<District> {
  const district = foundOrNotFound('District', reference.id, await loaders.districtById.load(reference.id));
  return withRequiredFacts(district, reference, ['cityAwardFacts', 'standingFacts']);
}

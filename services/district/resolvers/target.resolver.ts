import { FieldResolver, Float, Resolver, Root } from 'type-graphql';
import { Target } from '../entities/target';

/**
 * How far a target was met, in percent rounded to 2 decimals: actual / planned, or planned / actual
 * for a target to keep low. Null without a plan or a result, or where the ratio has no meaning (a
 * zero divisor).
 */
export function achievementPercent({ planned, actual, higherIsBetter }: Pick<Target, 'planned' | 'actual' | 'higherIsBetter'>): number | null {
  if (planned === null || planned === undefined || actual === null || actual === undefined) return null;
  const [done, asked] = higherIsBetter ? [actual, planned] : [planned, actual];
  if (asked === 0) return null;
  return Math.round((done / asked) * 100 * 100) / 100;
}

@Resolver(() => Target)
export class TargetResolver {
  @FieldResolver(() => Float, { nullable: true, description: 'Actual against planned in percent (2 decimals), inverted for a target to keep low; null without a plan or a result' })
  achievementPercent(@Root() target: Target): number | null {
    return achievementPercent(target);
  }

  @FieldResolver(() => Boolean, { nullable: true, description: 'Whether the plan was exceeded (achievement above 100%); null without a plan or a result' })
  exceeded(@Root() target: Target): boolean | null {
    const percent = achievementPercent(target);
    return percent === null ? null : percent > 100;
  }
}

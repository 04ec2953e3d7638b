import { Matches, ValidateBy, type ValidationOptions } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

/** Rules that the input classes of every level share (class-validator decorators; see validation.ts). */

/**
 * At most `max` characters, counted as MariaDB counts a utf8mb4 VARCHAR(n): in code points. class-validator's
 * own MaxLength counts UTF-16 units but skips U+FE0E/U+FE0F, so 256 variation selectors passed as none.
 */
export function MaxLength(max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'maxLength',
      constraints: [max],
      validator: {
        validate: (value) => typeof value === 'string' && [...value].length <= max,
        defaultMessage: () => `$property must be at most ${max} characters`,
      },
    },
    options,
  );
}

// What a reader cannot see: spaces of every script, controls, format characters (ZWSP, ZWJ, BOM),
// variation selectors (U+FE0F) and combining marks with nothing to combine with.
const VISIBLE = /[^\p{White_Space}\p{Z}\p{Cc}\p{Cf}\p{Default_Ignorable_Code_Point}\p{M}]/u;

/** Refuses a text with nothing visible in it: a name, title, number or signature must say something. */
export function NotBlank(options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'notBlank',
      validator: { validate: (value) => typeof value === 'string' && VISIBLE.test(value), defaultMessage: () => '$property must not be blank' },
    },
    options,
  );
}

/**
 * A finite number within [min, max]: JSON carries 1e308 as a number, and a double column stores it,
 * but no score, figure or target of the graph is that large.
 */
export function InRange(min: number, max: number, options?: ValidationOptions): PropertyDecorator {
  return ValidateBy(
    {
      name: 'inRange',
      constraints: [min, max],
      validator: {
        validate: (value) => typeof value === 'number' && Number.isFinite(value) && value >= min && value <= max,
        defaultMessage: () => `$property must be a number from ${min} to ${max}`,
      },
    },
    options,
  );
}

/** The largest figure or target value in its own unit (tỷ đồng, people, %): doubles hold whole numbers exactly up to 2^53. */
export const MAX_QUANTITY = 1e15;

/** A TEXT column holds 65,535 bytes on MySQL: this many characters of four bytes each always fit. */
export const TEXT_MAX_LENGTH = 16383;

// Ids of the graph are ASCII slugs (ba-dinh, ba-dinh-u001, dong-da-do-trong-nam): anything else is no id.
export const Slug = (): PropertyDecorator =>
  Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: '$property must be an id such as ba-dinh or ba-dinh-p0001' });

/** The `source` of a row written through the API: no document backs it; the audit log says who wrote it, and when. */
export const ENTERED = 'entered';

/** What revoking an award takes, at every level: the award keeps its row, marked REVOKED with who, when, why and by which decision. */
@ArgsType()
export class RevokeAwardArgs {
  @Field(() => ID, { description: 'The award to revoke' })
  id!: string;

  @Field(() => String, { description: 'Why it is revoked (at most 1000 characters); the award keeps it in its revocation' })
  @MaxLength(1000)
  @NotBlank()
  reason!: string;

  @Field(() => String, { nullable: true, description: 'The number of the decision that revokes it (quyết định thu hồi, at most 64 characters), where there is one' })
  @MaxLength(64)
  @NotBlank()
  decisionNumber?: string | null;
}

import { Matches, MaxLength } from 'class-validator';
import { ArgsType, Field, ID } from 'type-graphql';

/** Rules that the input classes of every level share (class-validator decorators; see validation.ts). */

/** Refuses a text that is empty or only spaces: a name, title, number or signature must say something. */
export const NotBlank = (): PropertyDecorator => Matches(/\S/, { message: '$property must not be blank' });

/** A TEXT column holds 65,535 bytes on MySQL: this many characters of four bytes each always fit. */
export const TEXT_MAX_LENGTH = 16383;

// Ids of the graph are ASCII slugs (ba-dinh, ba-dinh-u001, dong-da-do-trong-nam): anything else is no id.
export const Slug = (): PropertyDecorator =>
  Matches(/^[a-z0-9]+(-[a-z0-9]+)*$/, { message: '$property must be an id such as ba-dinh or ba-dinh-p0001' });

/** The `source` of a row written through the API: no document backs it; the audit log says who wrote it, and when. */
export const ENTERED = 'entered';

/** What revoking an award takes, at every level: the award is deleted and the audit row keeps it with the reason. */
@ArgsType()
export class RevokeAwardArgs {
  @Field(() => ID, { description: 'The award to revoke' })
  id!: string;

  @Field(() => String, { description: 'Why it is revoked, e.g. the decision that revokes it (at most 1000 characters); the audit log keeps it' })
  @MaxLength(1000)
  @NotBlank()
  reason!: string;
}

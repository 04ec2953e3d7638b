import { registerEnumType } from 'type-graphql';

/** Who an award goes to. The city declares the same enum for its catalogue: composition merges them. */
export enum RecipientKind {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
  /** A district as a whole, e.g. a cluster leader's emulation flag */
  DISTRICT = 'DISTRICT',
}
registerEnumType(RecipientKind, { name: 'RecipientKind', description: 'An individual, a collective (a unit), or a district as a whole' });

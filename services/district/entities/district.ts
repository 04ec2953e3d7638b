import { Directive, Field, ID, ObjectType, registerEnumType } from 'type-graphql';
import type { CityAwardFact } from '../eligibility/records';
import { AwardFact } from './award-fact';
import { StandingFact } from './standing-fact';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum DistrictKind {
  /** quận */
  URBAN_DISTRICT = 'URBAN_DISTRICT',
  /** huyện */
  RURAL_DISTRICT = 'RURAL_DISTRICT',
  /** thị xã */
  TOWN = 'TOWN',
}
registerEnumType(DistrictKind, {
  name: 'DistrictKind',
  description: 'The kind of a district-level unit: urban district (quận), rural district (huyện) or town (thị xã)',
});

/**
 * A district-level unit of the city (quận, huyện, thị xã). Districts are dated: Vietnam abolished
 * the district level on 1 July 2025, and their records are archived, never re-attributed.
 */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'A district-level unit of the city (quận, huyện, thị xã), valid between two dates' })
@Entity({ name: 'district' })
export class District {
  @Field(() => ID, { description: 'The ASCII slug of the name, e.g. dong-da' })
  @PrimaryColumn({ type: 'varchar', length: 64 })
  id!: string;

  @Field(() => String, { nullable: true, description: 'The name in Vietnamese, e.g. Đống Đa' })
  @Column({ type: 'varchar', length: 128 })
  name!: string;

  @Field(() => DistrictKind, { nullable: true })
  @Column({ type: 'varchar', length: 16 })
  kind!: DistrictKind;

  @Field(() => String, { nullable: true, description: 'The first day the unit existed (ISO date)' })
  @Column({ name: 'valid_from', type: 'date' })
  validFrom!: string;

  @Field(() => String, { nullable: true, description: 'The last day the unit existed (ISO date); null while it exists' })
  @Column({ name: 'valid_to', type: 'date', nullable: true })
  validTo!: string | null;

  @Field(() => String, { nullable: true, description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;

  // Only in the representations the gateway sends for eligibility's @requires: the city's awards to it.
  @Directive('@external')
  @Field(() => [AwardFact], { nullable: true, description: 'Every city-level and national award it holds, from the city subgraph' })
  cityAwardFacts?: CityAwardFact[] | null;

  // Only in the representations the gateway sends for eligibility's @requires: its cluster standings.
  @Directive('@external')
  @Field(() => [StandingFact], { nullable: true, description: 'Its standings in its cluster, every year, from the cluster subgraph' })
  standingFacts?: StandingFact[] | null;
}

// The word that precedes a district's name in the title of its authorities.
const KIND_WORD: Record<DistrictKind, string> = { URBAN_DISTRICT: 'quận', RURAL_DISTRICT: 'huyện', TOWN: 'thị xã' };

/** The authority that confers the district's titles and forms, e.g. Chủ tịch UBND quận Ba Đình. */
export function districtChair(district: Pick<District, 'kind' | 'name'>): string {
  return `Chủ tịch UBND ${KIND_WORD[district.kind]} ${district.name}`;
}

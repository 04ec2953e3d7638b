import { Directive, Field, Float, ID, ObjectType, registerEnumType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

export enum AwardLevel {
  DISTRICT = 'DISTRICT',
  CITY = 'CITY',
  NATIONAL = 'NATIONAL',
}
registerEnumType(AwardLevel, { name: 'AwardLevel', description: 'Who confers the award: the district, the city or the nation' });

/** Lowest level first: how the catalogue and award histories order levels. */
export const LEVEL_ORDER = [AwardLevel.DISTRICT, AwardLevel.CITY, AwardLevel.NATIONAL];

export enum RecipientKind {
  INDIVIDUAL = 'INDIVIDUAL',
  COLLECTIVE = 'COLLECTIVE',
  /** A district as a whole, e.g. a cluster leader's emulation flag */
  DISTRICT = 'DISTRICT',
}
registerEnumType(RecipientKind, { name: 'RecipientKind', description: 'An individual, a collective (a unit), or a district as a whole' });

/** A title or form of commendation of the catalogue (Law on Emulation and Commendation 06/2022/QH15). */
@Directive('@key(fields: "code")')
@ObjectType({ description: 'A title (danh hiệu) or form of commendation (hình thức khen thưởng) of the catalogue' })
@Entity({ name: 'award_type' })
export class AwardType {
  @Field(() => ID, { description: 'e.g. LDTT, CSTDCS, BK_TP' })
  @PrimaryColumn({ type: 'varchar', length: 16 })
  code!: string;

  @Field(() => String, { description: 'The Vietnamese name, e.g. Lao động tiên tiến' })
  @Column({ type: 'varchar', length: 255 })
  name!: string;

  @Field(() => String, { description: 'The English name, e.g. Advanced Laborer' })
  @Column({ name: 'name_en', type: 'varchar', length: 255 })
  nameEn!: string;

  @Field(() => AwardLevel)
  @Column({ type: 'varchar', length: 16 })
  level!: AwardLevel;

  @Field(() => [RecipientKind])
  @Column({ name: 'recipient_kinds', type: 'simple-array' })
  recipientKinds!: RecipientKind[];

  @Field(() => Float, { nullable: true, description: 'The cash reward as a multiple of the base salary, where the law sets one' })
  @Column({ name: 'cash_multiple', type: 'double', nullable: true })
  cashMultiple!: number | null;

  @Field(() => String, { description: 'Where the entry comes from: the law that sets the catalogue, e.g. 06/2022/QH15' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}

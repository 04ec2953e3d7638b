import { Field, Float, Int, ObjectType } from 'type-graphql';
import { Column, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A district's PAR index (Chỉ số cải cách hành chính) for one year, as the city appraised it. */
@ObjectType({ description: "A district's PAR index (Chỉ số cải cách hành chính) for one year, and its rank in the city" })
@Entity({ name: 'par_index' })
@Index('uq_par_index_district_year', ['districtId', 'year'], { unique: true })
@Index('idx_par_index_year_rank', ['year', 'rank'])
export class ParIndex {
  @PrimaryGeneratedColumn()
  id!: number;

  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  @Field(() => Int)
  @Column({ type: 'int' })
  year!: number;

  @Field(() => Float, { description: 'The score on a 100-point scale (appraised self-assessment plus survey)' })
  @Column({ type: 'double' })
  score!: number;

  // Standard competition ranking, as the city publishes it: equal scores share a rank and the next
  // rank skips (2023: Nam Từ Liêm and Hoàn Kiếm both 2nd, Cầu Giấy 4th).
  @Field(() => Int, { description: 'The rank among the districts that year, 1 = best; equal scores share a rank and the next one skips (1, 2, 2, 4)' })
  @Column({ type: 'int' })
  rank!: number;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}

import { Directive, Field, ID, ObjectType } from 'type-graphql';
import { Column, Entity, PrimaryColumn } from 'typeorm';

/** An emulation cluster (cụm thi đua): 5–7 districts that compete, score and rank each other yearly. */
@Directive('@key(fields: "id")')
@ObjectType({ description: 'An emulation cluster (cụm thi đua); its members change from year to year' })
@Entity({ name: 'cluster' })
export class Cluster {
  @Field(() => ID, { description: 'The cluster number as written, e.g. III or IX' })
  @PrimaryColumn({ type: 'varchar', length: 16 })
  id!: string;

  @Field(() => String, { description: 'e.g. Cụm thi đua số III' })
  @Column({ type: 'varchar', length: 128 })
  name!: string;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}

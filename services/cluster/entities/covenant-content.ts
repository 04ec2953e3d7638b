import { Field, Int, ObjectType } from 'type-graphql';
import { Column, Entity, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { Covenant } from './covenant';

/** One numbered content (nội dung) of a covenant. */
@ObjectType({ description: 'A numbered content (nội dung) of a covenant' })
@Entity({ name: 'covenant_content' })
export class CovenantContent {
  @PrimaryColumn({ name: 'covenant_id', type: 'varchar', length: 32 })
  covenantId!: string;

  // Declared for the foreign key only; the primary key (covenant_id, number) serves the loader.
  @ManyToOne(() => Covenant, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'covenant_id', foreignKeyConstraintName: 'fk_covenant_content_covenant' })
  covenant?: Covenant;

  @Field(() => Int, { description: 'Its number in the covenant, from 1' })
  @PrimaryColumn({ type: 'int' })
  number!: number;

  @Field(() => String)
  @Column({ type: 'text' })
  text!: string;

  @Field(() => String, { description: 'Where the record comes from: a source document, or "synthetic" for generated data' })
  @Column({ type: 'varchar', length: 64 })
  source!: string;
}

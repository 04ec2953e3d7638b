import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { District } from './district';
import { Person } from './person';

/**
 * A word of a person's folded name (services/core/fold-text.ts), one row each: the index that name
 * search reads, since no index answers "a word of the name starts with …" from the name itself.
 * Written with the person by every write that sets the name (services/district/name-words.ts).
 */
@Entity({ name: 'person_name_word' })
@Index('idx_person_name_word', ['word', 'personId'])
@Index('idx_person_name_word_district', ['districtId', 'word', 'personId'])
export class PersonNameWord {
  @PrimaryColumn({ name: 'person_id', type: 'varchar', length: 64 })
  personId!: string;

  @PrimaryColumn({ type: 'varchar', length: 128 })
  word!: string;

  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  /** The whole name folded, on each of its words: the order of the search's answers. */
  @Column({ name: 'folded_name', type: 'varchar', length: 128 })
  foldedName!: string;

  // Declared for the foreign keys only.
  @ManyToOne(() => Person, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'person_id', foreignKeyConstraintName: 'fk_person_name_word_person' })
  person?: Person;

  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_person_name_word_district' })
  district?: District;
}

import { Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { District } from './district';
import { Unit } from './unit';

/**
 * A word of a unit's folded name (services/core/fold-text.ts), one row each: the index that name
 * search reads, since no index answers "a word of the name starts with …" from the name itself.
 * Written with the unit by every write that sets the name (services/district/name-words.ts).
 */
@Entity({ name: 'unit_name_word' })
@Index('idx_unit_name_word', ['word', 'unitId'])
@Index('idx_unit_name_word_district', ['districtId', 'word', 'unitId'])
export class UnitNameWord {
  @PrimaryColumn({ name: 'unit_id', type: 'varchar', length: 64 })
  unitId!: string;

  @PrimaryColumn({ type: 'varchar', length: 255 })
  word!: string;

  @Column({ name: 'district_id', type: 'varchar', length: 64 })
  districtId!: string;

  /** The whole name folded, on each of its words: the order of the search's answers. */
  @Column({ name: 'folded_name', type: 'varchar', length: 255 })
  foldedName!: string;

  // Declared for the foreign keys only.
  @ManyToOne(() => Unit, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'unit_id', foreignKeyConstraintName: 'fk_unit_name_word_unit' })
  unit?: Unit;

  @ManyToOne(() => District, { nullable: false, onDelete: 'RESTRICT', onUpdate: 'RESTRICT' })
  @JoinColumn({ name: 'district_id', foreignKeyConstraintName: 'fk_unit_name_word_district' })
  district?: District;
}

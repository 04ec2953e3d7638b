import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// Why an award was conferred: under the rule in force (RULE, checked), outside the history rules
// for a sudden feat (AD_HOC, khen thưởng đột xuất, with its reason), or published without a record
// that proves its rule (UNPROVEN, saying what is missing). Every award before this migration was
// conferred under the only check there was: RULE.
const BASIS = new TableColumn({ name: 'basis', type: 'varchar', length: '16', default: "'RULE'" });
const BASIS_NOTE = new TableColumn({ name: 'basis_note', type: 'varchar', length: '500', isNullable: true });

export class AwardBasis1733000000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('local_award', [BASIS, BASIS_NOTE]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('local_award', [BASIS_NOTE, BASIS]);
  }
}

import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// Why an award was conferred: under the rule in force (RULE, checked), outside the history rules
// for a sudden feat (AD_HOC, khen thưởng đột xuất, with its reason), or published without a record
// that proves its rule (UNPROVEN, saying what is missing). Awards recorded before it take RULE, the
// default: no decision could record one as ad hoc then.
const BASIS = new TableColumn({ name: 'basis', type: 'varchar', length: '16', default: "'RULE'" });
const BASIS_NOTE = new TableColumn({ name: 'basis_note', type: 'varchar', length: '500', isNullable: true });

export class AwardBasis1733000000004 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumns('award', [BASIS, BASIS_NOTE]);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumns('award', [BASIS_NOTE, BASIS]);
  }
}

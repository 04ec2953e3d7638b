import { TableColumn, type MigrationInterface, type QueryRunner } from 'typeorm';

// Where a nomination stands is its dossier's status in the city subgraph (Nomination.proposal), which
// moves it through the proposal flow: a status kept here as well would only fall out of step with it.
const STATUS = new TableColumn({ name: 'status', type: 'varchar', length: '16' });
// Undoing cannot bring the city's answers back: every nomination returns as the vote recorded it.
const RESTORED = new TableColumn({ name: 'status', type: 'varchar', length: '16', default: "'PROPOSED'" });

export class NominationStatus1733100000003 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropColumn('nomination', 'status');
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.addColumn('nomination', RESTORED);
    await queryRunner.changeColumn('nomination', RESTORED, STATUS);
  }
}

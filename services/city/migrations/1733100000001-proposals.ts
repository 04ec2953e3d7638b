import { Table, TableColumn, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

const restrict = { onDelete: 'RESTRICT', onUpdate: 'RESTRICT' } as const;

const AWARD_PROPOSAL = new TableColumn({ name: 'proposal_id', type: 'integer', isNullable: true });
const UQ_AWARD_PROPOSAL = new TableIndex({ name: 'uq_award_proposal', columnNames: ['proposal_id'], isUnique: true });

/**
 * The commendation dossiers (hồ sơ đề nghị khen thưởng), each step of their life, and the documents
 * they attach; an award links the dossier it answers. No dossier existed before: the awards already
 * recorded answer none (proposal_id NULL, which the unique index lets repeat).
 */
export class Proposals1733100000001 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'proposal',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'year', type: 'integer' },
          { name: 'award_type_code', type: 'varchar', length: '16' },
          { name: 'recipient_kind', type: 'varchar', length: '16' },
          { name: 'district_id', type: 'varchar', length: '64' },
          { name: 'unit_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'person_id', type: 'varchar', length: '64', isNullable: true },
          { name: 'recipient_key', type: 'varchar', length: '96' },
          { name: 'proposing_level', type: 'varchar', length: '16' },
          { name: 'proposer_id', type: 'varchar', length: '64' },
          { name: 'proposed_by', type: 'varchar', length: '128' },
          { name: 'summary', type: 'text' },
          { name: 'ad_hoc_reason', type: 'varchar', length: '500', isNullable: true },
          { name: 'nomination_id', type: 'varchar', length: '128', isNullable: true },
          { name: 'status', type: 'varchar', length: '16' },
          { name: 'open_key', type: 'integer', isNullable: true },
          { name: 'created_at', type: 'varchar', length: '32' },
          { name: 'submitted_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'updated_at', type: 'varchar', length: '32' },
          { name: 'verdict_eligible', type: 'boolean', isNullable: true },
          { name: 'verdict_version', type: 'varchar', length: '32', isNullable: true },
          { name: 'verdict_conditions', type: 'text', isNullable: true },
          { name: 'verdict_at', type: 'varchar', length: '32', isNullable: true },
          { name: 'award_id', type: 'integer', isNullable: true },
          { name: 'source', type: 'varchar', length: '64' },
        ],
        indices: [
          new TableIndex({ name: 'idx_proposal_year_status', columnNames: ['year', 'status'] }),
          new TableIndex({ name: 'idx_proposal_district_year', columnNames: ['district_id', 'year'] }),
          new TableIndex({ name: 'idx_proposal_person', columnNames: ['person_id'] }),
          new TableIndex({ name: 'idx_proposal_unit', columnNames: ['unit_id'] }),
          new TableIndex({ name: 'idx_proposal_status_submitted', columnNames: ['status', 'submitted_at'] }),
          new TableIndex({ name: 'uq_proposal_open', columnNames: ['recipient_key', 'year', 'award_type_code', 'open_key'], isUnique: true }),
          new TableIndex({ name: 'uq_proposal_nomination', columnNames: ['nomination_id'], isUnique: true }),
        ],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_proposal_award_type', columnNames: ['award_type_code'], referencedTableName: 'award_type', referencedColumnNames: ['code'], ...restrict }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'proposal_transition',
        columns: [
          { name: 'id', type: 'integer', isPrimary: true, isGenerated: true, generationStrategy: 'increment' },
          { name: 'proposal_id', type: 'integer' },
          { name: 'action', type: 'varchar', length: '16' },
          { name: 'from_status', type: 'varchar', length: '16', isNullable: true },
          { name: 'to_status', type: 'varchar', length: '16' },
          { name: 'actor', type: 'varchar', length: '128' },
          { name: 'role', type: 'varchar', length: '32' },
          { name: 'at', type: 'varchar', length: '32' },
          { name: 'note', type: 'text', isNullable: true },
        ],
        indices: [new TableIndex({ name: 'idx_proposal_transition_proposal', columnNames: ['proposal_id', 'id'] })],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_proposal_transition_proposal', columnNames: ['proposal_id'], referencedTableName: 'proposal', referencedColumnNames: ['id'], ...restrict }),
        ],
      }),
    );
    await queryRunner.createTable(
      new Table({
        name: 'proposal_document',
        columns: [
          { name: 'proposal_id', type: 'integer', isPrimary: true },
          { name: 'position', type: 'integer', isPrimary: true },
          { name: 'number', type: 'varchar', length: '64' },
          { name: 'issued_on', type: 'date' },
          { name: 'title', type: 'varchar', length: '500' },
        ],
        foreignKeys: [
          new TableForeignKey({ name: 'fk_proposal_document_proposal', columnNames: ['proposal_id'], referencedTableName: 'proposal', referencedColumnNames: ['id'], ...restrict }),
        ],
      }),
    );
    await queryRunner.addColumn('award', AWARD_PROPOSAL);
    await queryRunner.createIndex('award', UQ_AWARD_PROPOSAL);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('award', UQ_AWARD_PROPOSAL.name!);
    await queryRunner.dropColumn('award', AWARD_PROPOSAL.name);
    await queryRunner.dropTable('proposal_document');
    await queryRunner.dropTable('proposal_transition');
    await queryRunner.dropTable('proposal');
  }
}

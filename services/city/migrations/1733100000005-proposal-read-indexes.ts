import { TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';

// The review queue, by scope, oldest submission first: a district office's (by the recipient's
// district) and a cluster's (by its proposer id) each read one range of one index in queue order.
const QUEUE_DISTRICT = new TableIndex({ name: 'idx_proposal_queue_district', columnNames: ['district_id', 'status', 'submitted_at'] });
const QUEUE_PROPOSER = new TableIndex({ name: 'idx_proposal_queue_proposer', columnNames: ['proposing_level', 'proposer_id', 'status', 'submitted_at'] });
// A nomination's award (Nomination.award): awards recorded before the flow name their nomination without a dossier.
const AWARD_NOMINATION = new TableIndex({ name: 'idx_award_nomination', columnNames: ['nomination_id'] });

export class ProposalReadIndexes1733100000005 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createIndices('proposal', [QUEUE_DISTRICT, QUEUE_PROPOSER]);
    await queryRunner.createIndex('award', AWARD_NOMINATION);
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropIndex('award', AWARD_NOMINATION.name!);
    await queryRunner.dropIndex('proposal', QUEUE_PROPOSER.name!);
    await queryRunner.dropIndex('proposal', QUEUE_DISTRICT.name!);
  }
}

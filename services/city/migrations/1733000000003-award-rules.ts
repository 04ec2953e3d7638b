import { Table, TableForeignKey, TableIndex, type MigrationInterface, type QueryRunner } from 'typeorm';
import { RULE_VERSIONS } from '../../core/rules';
import { awardRuleRows } from '../rule-rows';

const COLUMNS = ['id', 'version_id', 'award_type_code', 'recipient_kind', 'recipient_kinds', 'legal_basis', 'legal_basis_vi', 'in_force_from', 'in_force_to', 'notes', 'conditions'];
// Rows per INSERT: well under SQLite's 32766 parameters and MySQL's packet size.
const BATCH = 50;

/**
 * The award rules are reference data: every published rule version (services/core/rules), one row
 * per version, award type and recipient kind, the conditions in JSON. A new legal basis comes with a
 * new migration that inserts its version; a published version's rows never change.
 */
export class AwardRules1733000000003 implements MigrationInterface {
  async up(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.createTable(
      new Table({
        name: 'award_rule',
        columns: [
          { name: 'id', type: 'varchar', length: '96', isPrimary: true },
          { name: 'version_id', type: 'varchar', length: '32' },
          { name: 'award_type_code', type: 'varchar', length: '16' },
          { name: 'recipient_kind', type: 'varchar', length: '16' },
          { name: 'recipient_kinds', type: 'text' },
          { name: 'legal_basis', type: 'varchar', length: '255' },
          { name: 'legal_basis_vi', type: 'varchar', length: '255' },
          { name: 'in_force_from', type: 'varchar', length: '10' },
          { name: 'in_force_to', type: 'varchar', length: '10', isNullable: true },
          { name: 'notes', type: 'text', isNullable: true },
          { name: 'conditions', type: 'text' },
        ],
        indices: [new TableIndex({ name: 'idx_award_rule_version', columnNames: ['version_id', 'award_type_code'] })],
        foreignKeys: [
          new TableForeignKey({
            name: 'fk_award_rule_award_type',
            columnNames: ['award_type_code'],
            referencedTableName: 'award_type',
            referencedColumnNames: ['code'],
            onDelete: 'RESTRICT',
            onUpdate: 'RESTRICT',
          }),
        ],
      }),
    );
    const rows = awardRuleRows(RULE_VERSIONS);
    for (let start = 0; start < rows.length; start += BATCH) {
      const batch = rows.slice(start, start + BATCH);
      await queryRunner.query(
        `INSERT INTO award_rule (${COLUMNS.join(', ')}) VALUES ${batch.map(() => `(${COLUMNS.map(() => '?').join(', ')})`).join(', ')}`,
        batch.flatMap((rule) => [
          rule.id,
          rule.versionId,
          rule.awardTypeCode,
          rule.recipientKind,
          // TypeORM's simple-array: the values joined by commas.
          rule.recipientKinds.join(','),
          rule.legalBasis,
          rule.legalBasisVi,
          rule.inForceFrom,
          rule.inForceTo,
          rule.notes,
          rule.conditionsJson,
        ]),
      );
    }
  }

  async down(queryRunner: QueryRunner): Promise<void> {
    await queryRunner.dropTable('award_rule');
  }
}

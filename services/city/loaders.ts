import { In, type DataSource, type FindOptionsWhere } from 'typeorm';
import { AuditEntry } from '../core/audit';
import { pagedList } from '../core/connections';
import { groupBy, loadByKey, loadMany, loadOne, perYear } from '../core/loaders';
import { Award } from './entities/award';
import { AwardDecision } from './entities/award-decision';
import { AwardRule } from './entities/award-rule';
import { AwardType, RecipientKind } from './entities/award-type';
import { ParIndex } from './entities/par-index';
import { Proposal } from './entities/proposal';
import { ProposalDocument } from './entities/proposal-document';
import { ProposalTransition } from './entities/proposal-transition';
import { whereAwardFilter, whereInForce, type AwardFilter } from './award-filter';
import { whereProposalFilter, type ProposalFilter } from './proposal-filter';

interface DistrictYear {
  districtId: string;
  year: number;
}

/** A year's counts, with or without the revoked awards. */
interface CountsOfYear {
  year: number;
  includeRevoked: boolean;
}

/** How many awards of a type a district's recipients hold in a year. */
export interface AwardCount {
  year: number;
  districtId: string;
  awardTypeCode: string;
  count: number;
}

type Recipient = 'districtId' | 'unitId' | 'personId';

/** The awards of the given years, counted by year, district and type; the revoked ones only when asked for. */
async function countAwards(db: DataSource, years: number[], includeRevoked: boolean): Promise<Array<AwardCount & CountsOfYear>> {
  const query = db
    .getRepository(Award)
    .createQueryBuilder('award')
    .select('award.year', 'year')
    .addSelect('award.districtId', 'districtId')
    .addSelect('award.awardTypeCode', 'awardTypeCode')
    .addSelect('COUNT(*)', 'count')
    .where('award.year IN (:...years)', { years });
  whereInForce(query, 'award', includeRevoked);
  const rows = await query.groupBy('award.year').addGroupBy('award.districtId').addGroupBy('award.awardTypeCode').getRawMany<AwardCount>();
  // MySQL answers COUNT(*) as a string.
  return rows.map((row) => ({ ...row, year: Number(row.year), count: Number(row.count), includeRevoked }));
}

export function createCityLoaders(db: DataSource) {
  const awards = db.getRepository(Award);
  const awardPages = (owner: Recipient) =>
    pagedList<Award, AwardFilter>(db, { entity: Award, owner: [owner], sort: ['year', 'id'], filter: whereAwardFilter });
  // Every award a recipient holds, for the histories that merge them with the district's.
  const heldBy = (column: Recipient, where: FindOptionsWhere<Award> = {}) =>
    loadMany(
      (ids: readonly string[]) => awards.findBy({ ...where, [column]: In([...ids]) }),
      (award: Award) => award[column]!,
    );
  const proposalPages = (owner: Recipient) =>
    pagedList<Proposal, ProposalFilter>(db, { entity: Proposal, owner: [owner], sort: ['year', 'id'], filter: whereProposalFilter });
  return {
    awardTypeByCode: loadByKey(db, AwardType, 'code'),
    awardRuleById: loadByKey(db, AwardRule, 'id'),
    rulesOfVersion: loadMany(
      (ids: readonly string[]) => db.getRepository(AwardRule).findBy({ versionId: In([...ids]) }),
      (rule: AwardRule) => rule.versionId,
    ),
    decisionById: loadByKey(db, AwardDecision, 'id'),
    /** Awards to a district as a whole and to the collectives and people in it. */
    awardsOfDistrict: awardPages('districtId'),
    awardsOfUnit: awardPages('unitId'),
    awardsOfPerson: awardPages('personId'),
    awardsOfDecision: pagedList<Award, { includeRevoked: boolean }>(db, {
      entity: Award,
      owner: ['decisionId'],
      sort: ['id'],
      filter: (query, alias, { includeRevoked }) => whereInForce(query, alias, includeRevoked),
    }),
    heldByDistrict: heldBy('districtId', { recipientKind: RecipientKind.DISTRICT }),
    heldByUnit: heldBy('unitId'),
    heldByPerson: heldBy('personId'),
    /** Every award to the district, its units and its people: the facts of its eligible candidates. */
    heldInDistrict: heldBy('districtId'),
    awardCountsOfYear: loadMany(
      (keys: readonly CountsOfYear[]) =>
        Promise.all([...groupBy(keys, (key) => key.includeRevoked)].map(([includeRevoked, same]) => countAwards(db, same.map((key) => key.year), includeRevoked))).then((counts) =>
          counts.flat(),
        ),
      (count): CountsOfYear => ({ year: count.year, includeRevoked: count.includeRevoked }),
    ),
    awardById: loadByKey(db, Award, 'id'),
    /** Every award answering a cluster's nomination: the one in force, and any revoked before it. */
    awardsOfNomination: loadMany(
      (ids: readonly string[]) => awards.findBy({ nominationId: In([...ids]) }),
      (award: Award) => award.nominationId!,
    ),
    proposalById: loadByKey(db, Proposal, 'id'),
    proposalByNomination: loadByKey(db, Proposal, 'nominationId'),
    /** A dossier's documents in their order (the primary key's). */
    documentsOfProposal: loadMany(
      (ids: readonly number[]) => db.getRepository(ProposalDocument).find({ where: { proposalId: In([...ids]) }, order: { proposalId: 'ASC', position: 'ASC' } }),
      (document: ProposalDocument) => document.proposalId,
    ),
    /** A dossier's steps, oldest first (idx_proposal_transition_proposal holds the order). */
    timelineOfProposal: loadMany(
      (ids: readonly number[]) => db.getRepository(ProposalTransition).find({ where: { proposalId: In([...ids]) }, order: { proposalId: 'ASC', id: 'ASC' } }),
      (transition: ProposalTransition) => transition.proposalId,
    ),
    /** Dossiers for a district and the collectives and people in it; for a unit; for a person: oldest first (by year, then id). */
    proposalsOfDistrict: proposalPages('districtId'),
    proposalsOfUnit: proposalPages('unitId'),
    proposalsOfPerson: proposalPages('personId'),
    /** The awards of a decision that answer a dossier, by id: the page of the dossiers it answered. */
    answersOfDecision: pagedList<Award, true>(db, {
      entity: Award,
      owner: ['decisionId'],
      sort: ['id'],
      filter: (query, alias) => query.andWhere(`${alias}.proposalId IS NOT NULL`),
    }),
    /** An audit log, oldest first (the scope's index holds the order). */
    auditOfScope: pagedList(db, { entity: AuditEntry, owner: ['scope'], sort: ['id'] }),
    parIndexOfDistrictInYear: loadOne(
      (keys: readonly DistrictYear[]) =>
        perYear(keys, (year, sameYear) => db.getRepository(ParIndex).findBy({ year, districtId: In(sameYear.map((key) => key.districtId)) })),
      (parIndex): DistrictYear => ({ districtId: parIndex.districtId, year: parIndex.year }),
    ),
    /** Every year's PAR index of a district, oldest first: uq_par_index_district_year holds the order. */
    parIndexesOfDistrict: loadMany(
      (ids: readonly string[]) => db.getRepository(ParIndex).find({ where: { districtId: In([...ids]) }, order: { districtId: 'ASC', year: 'ASC' } }),
      (parIndex: ParIndex) => parIndex.districtId,
    ),
  };
}

export type CityLoaders = ReturnType<typeof createCityLoaders>;

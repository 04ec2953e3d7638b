import { In, type EntityManager } from 'typeorm';
import type { AuditedWrite } from '../core/audit';
import type { Viewer } from '../core/auth';
import { assertIsoDate, graphError } from '../core/errors';
import { ENTERED } from '../core/inputs';
import { PROPOSAL_FLOW } from '../core/rules';
import { recipientKey } from './decision-rules';
import { Proposal, type ProposingLevel } from './entities/proposal';
import { ProposalDocument } from './entities/proposal-document';
import { ProposalTransition } from './entities/proposal-transition';
import type { ProposalDocumentInput } from './inputs/proposal-document.input';
import type { RecipientClaim } from './recipient-claim';

/** What a new dossier says: its claim, who proposes it and why. */
export interface DossierContent extends RecipientClaim {
  proposingLevel: ProposingLevel;
  proposerId: string;
  summary: string;
  adHocReason?: string | null;
  nominationId?: string | null;
}

/** Each document's date is a real calendar day (the input classes check the rest). */
export function assertDocuments(documents: ProposalDocumentInput[] | null | undefined, field: string): void {
  documents?.forEach((document, index) => assertIsoDate(document.issuedOn, `${field}.${index}.issuedOn`));
}

/**
 * Refuses a dossier for a recipient, type and year that an open dossier holds already (CONFLICT,
 * naming it): one dossier at a time, until it is rejected or withdrawn. The unique index
 * uq_proposal_open backs it when two are filed at once.
 */
export async function assertNoOpenDossier(manager: EntityManager, claims: RecipientClaim[], fieldOf: (index: number) => string): Promise<void> {
  if (claims.length === 0) return;
  const keys = claims.map((claim) => recipientKey(claim));
  const open = await manager.findBy(Proposal, { recipientKey: In(keys), openKey: 1 });
  claims.forEach((claim, index) => {
    const held = open.find((row) => row.recipientKey === keys[index] && row.year === claim.year && row.awardTypeCode === claim.awardTypeCode);
    if (held) {
      throw graphError('CONFLICT', `${fieldOf(index)}: proposal ${held.id} (${held.status}) is open for ${claim.awardTypeCode} ${claim.year} to the same recipient`, {
        field: fieldOf(index),
        proposalId: String(held.id),
      });
    }
  });
}

/** Writes a dossier's documents in order, from position 1, with their audit rows. */
export async function insertDocuments({ manager, record }: AuditedWrite, proposalId: number, documents: ProposalDocumentInput[]): Promise<void> {
  const rows = documents.map(({ number, issuedOn, title }, index): ProposalDocument => ({ proposalId, position: index + 1, number, issuedOn, title }));
  if (rows.length === 0) return;
  await manager.insert(ProposalDocument, rows);
  for (const row of rows) record('ProposalDocument', `${proposalId}:${row.position}`, null, row);
}

/** Replaces a dossier's documents by `documents`: the old rows go, each with its audit row. */
export async function replaceDocuments(write: AuditedWrite, proposalId: number, documents: ProposalDocumentInput[]): Promise<void> {
  const old = await write.manager.find(ProposalDocument, { where: { proposalId }, order: { position: 'ASC' } });
  if (old.length > 0) await write.manager.delete(ProposalDocument, { proposalId });
  for (const row of old) write.record('ProposalDocument', `${proposalId}:${row.position}`, row, null);
  await insertDocuments(write, proposalId, documents);
}

/** Creates a dossier in the flow's first state, with its CREATE transition, its documents and their audit rows. */
export async function createDossier(write: AuditedWrite, viewer: Viewer, content: DossierContent, documents: ProposalDocumentInput[]): Promise<Proposal> {
  const at = new Date().toISOString();
  const row: Omit<Proposal, 'id'> = {
    year: content.year,
    awardTypeCode: content.awardTypeCode,
    recipientKind: content.recipientKind,
    districtId: content.districtId,
    unitId: content.unitId ?? null,
    personId: content.personId ?? null,
    recipientKey: recipientKey(content),
    proposingLevel: content.proposingLevel,
    proposerId: content.proposerId,
    proposedBy: viewer.subject,
    summary: content.summary,
    adHocReason: content.adHocReason ?? null,
    nominationId: content.nominationId ?? null,
    status: PROPOSAL_FLOW.initial as Proposal['status'],
    openKey: 1,
    createdAt: at,
    submittedAt: null,
    updatedAt: at,
    verdictEligible: null,
    verdictVersion: null,
    verdictConditions: null,
    verdictAt: null,
    awardId: null,
    source: ENTERED,
  };
  const proposal: Proposal = { id: (await write.manager.insert(Proposal, row)).identifiers[0].id, ...row };
  write.record('Proposal', proposal.id, null, proposal);
  const transition: Omit<ProposalTransition, 'id'> = {
    proposalId: proposal.id,
    action: 'CREATE',
    fromStatus: null,
    toStatus: proposal.status,
    actor: viewer.subject,
    role: viewer.role,
    at,
    note: null,
  };
  const transitionId = (await write.manager.insert(ProposalTransition, transition)).identifiers[0].id;
  write.record('ProposalTransition', transitionId, null, { id: transitionId, ...transition });
  await insertDocuments(write, proposal.id, documents);
  return proposal;
}

import type { AuditedWrite } from '../core/audit';
import { graphError } from '../core/errors';
import type { RevokeAwardArgs } from '../core/inputs';
import { lockRows } from '../core/locks';
import { assertInForce, revoked } from '../core/revocation';
import { Award } from './entities/award';
import { Proposal } from './entities/proposal';

/**
 * Revokes a city or national award inside the write's transaction: the row stays, marked REVOKED
 * with who, when, why and by which decision, and no longer holds its recipient's place (in_force
 * NULL), so the award may be conferred again. The dossier it answered stays DECIDED but frees its
 * recipient's place too, so that a new dossier may be opened.
 */
export async function revokeAwardRecord({ manager, record }: AuditedWrite, { id, reason, decisionNumber }: RevokeAwardArgs, revokedBy: string): Promise<Award> {
  // Locked until commit: a second revocation of it waits, then finds it revoked.
  const [award] = /^\d{1,15}$/.test(id) ? await lockRows(manager, Award, { id: Number(id) }) : [];
  if (!award) throw graphError('NOT_FOUND', `there is no award ${id}`, { field: 'id', id });
  assertInForce(award);
  const revocation = revoked(revokedBy, reason, decisionNumber);
  await manager.update(Award, { id: award.id }, revocation);
  const after: Award = { ...award, ...revocation };
  record('Award', award.id, award, after);
  const dossiers = award.proposalId === null ? [] : await lockRows(manager, Proposal, { id: award.proposalId });
  for (const dossier of dossiers) {
    if (dossier.openKey === null) continue;
    await manager.update(Proposal, { id: dossier.id }, { openKey: null });
    record('Proposal', dossier.id, dossier, { ...dossier, openKey: null });
  }
  return after;
}

import type { DatasetName, DatasetPlan } from '../datasets';
import { Random } from '../random';
import { SYNTHETIC } from '../seed-options';
import { Role } from '../../services/core/auth';
import { isClosed, type ProposalActor } from '../../services/core/rules';
import { catalogueRows } from '../../services/city/catalogue';
import { recipientKey } from '../../services/city/decision-rules';
import { ProposingLevel, type Proposal } from '../../services/city/entities/proposal';
import type { ProposalDocument } from '../../services/city/entities/proposal-document';
import type { ProposalTransition } from '../../services/city/entities/proposal-transition';
import type { DraftAward } from './draft-award';
import type { DossierClaim } from './dossier-claim';
import { dossierPath, type DossierStep } from './dossier-path';
import { CITY_CHAIR } from './issuers';
import { shiftWorkingDays, workingDays } from './working-days';

type ProposalRow = Omit<Proposal, 'awardType'>;
type TransitionRow = Omit<ProposalTransition, 'proposal'>;
type DocumentRow = Omit<ProposalDocument, 'proposal'>;

export interface ProposalRows {
  proposals: ProposalRow[];
  transitions: TransitionRow[];
  documents: DocumentRow[];
  /** The dossier each conferred award answers, by row id. */
  proposalOf: Map<DraftAward, number>;
}

/** A dated decision, as the awards' decisions are numbered and signed (demo/city/decisions.ts). */
export interface SignedDecision {
  number: string;
  signedOn: string;
}

/**
 * How many working days each step takes after the one before, at most: a proposer files within
 * days, the board's appraisal takes weeks. Long paths are squeezed into the time their decision leaves.
 */
const STEP_DAYS: Record<DossierStep['action'], [number, number]> = {
  CREATE: [0, 0],
  SUBMIT: [1, 4],
  START_REVIEW: [2, 8],
  RETURN: [3, 10],
  AMEND: [2, 6],
  APPROVE: [3, 12],
  REJECT: [3, 12],
  WITHDRAW: [2, 8],
  DECIDE: [0, 0],
};
/** Steps fall in office hours: 08:00 plus up to 9 hours. */
const OFFICE_OPENS = 8 * 60;
const OFFICE_MINUTES = 9 * 60;
const MINUTE = 60_000;

const DISTRICT_WORD = { URBAN_DISTRICT: 'quận', RURAL_DISTRICT: 'huyện', TOWN: 'thị xã' } as const;

const at = (date: string, minutes: number) => new Date(Date.parse(date) + minutes * MINUTE).toISOString();

/** An ISO date in a month of a year, its day drawn. */
const dayIn = (random: Random, year: number, month: number, [first, last]: [number, number]) => random.date(year, [month, month], [first, last]);

/**
 * The dossiers' rows: every claim's path through PROPOSAL_FLOW (demo/city/dossier-path.ts), dated on
 * working days between its start and its decision (the DECIDE step on the day the decision is
 * signed, every other step before it), with its tờ trình, the minutes of the vote or of the district's
 * council, and what an amendment added. Ids follow creation: dossiers by their creation, steps by time.
 */
export function proposalRows(
  dataset: DatasetName,
  plan: DatasetPlan,
  claims: DossierClaim[],
  awardIdOf: Map<DraftAward, number>,
  decisionOf: (key: string) => SignedDecision,
): ProposalRows {
  const names = new Map(catalogueRows().map((type) => [type.code, type.name]));
  const districts = new Map(plan.districts.map((district) => [district.id, district]));
  const built = claims.map((claim) => {
    const random = new Random(dataset, 'city', 'dossier', claim.awardTypeCode, claim.year, claim.personId ?? claim.unitId ?? claim.districtId, claim.outcome);
    const steps = dossierPath(claim, random);
    const decision = claim.award ? decisionOf(claim.award.decisionKey!) : null;
    const times = stepTimes(claim, steps, decision, random);
    return { claim, steps, times, decision, random };
  });
  built.sort((a, b) => a.times[0].localeCompare(b.times[0]));

  const proposals: ProposalRow[] = [];
  const documents: DocumentRow[] = [];
  const dated: Array<TransitionRow & { sequence: number }> = [];
  const proposalOf = new Map<DraftAward, number>();
  built.forEach(({ claim, steps, times, decision, random }, index) => {
    const id = index + 1;
    const district = districts.get(claim.districtId)!;
    const awardName = names.get(claim.awardTypeCode)!;
    const level = claim.nomination ? ProposingLevel.CLUSTER : ProposingLevel.DISTRICT;
    const proposerId = claim.nomination?.clusterId ?? claim.districtId;
    const subject: Record<ProposalActor, [string, Role]> = {
      PROPOSER: claim.nomination ? [`demo:cluster-${proposerId}`, Role.CLUSTER_ADMIN] : [`demo:${proposerId}-officer`, Role.DISTRICT_OFFICER],
      CITY: ['demo:city-board', Role.CITY_ADMIN],
    };
    steps.forEach((step, sequence) => {
      const [actor, role] = subject[step.actor];
      const note = step.action === 'DECIDE' ? `Quyết định số ${decision!.number} ngày ${decision!.signedOn.split('-').reverse().join('/')}` : step.note;
      dated.push({ id: 0, sequence, proposalId: id, action: step.action, fromStatus: step.from as TransitionRow['fromStatus'], toStatus: step.to as TransitionRow['toStatus'], actor, role, at: times[sequence], note });
    });
    const last = steps[steps.length - 1];
    const submitted = steps.map((step, position) => (step.action === 'SUBMIT' ? times[position] : null)).filter((time) => time !== null).pop() ?? null;
    const award = claim.award;
    if (award) proposalOf.set(award, id);
    proposals.push({
      id,
      year: claim.year,
      awardTypeCode: claim.awardTypeCode,
      recipientKind: claim.recipientKind,
      districtId: claim.districtId,
      unitId: claim.unitId,
      personId: claim.personId,
      recipientKey: recipientKey(claim),
      proposingLevel: level,
      proposerId,
      proposedBy: subject.PROPOSER[0],
      summary: claim.nomination
        ? `Cụm thi đua số ${proposerId} suy tôn ${claim.recipientName} (xếp thứ ${claim.nomination.rank}/${claim.nomination.members} năm ${claim.year}` +
          `${claim.nomination.votePercent === null ? '' : `, ${claim.nomination.votePercent}% phiếu tán thành`}) đề nghị tặng ${awardName}.`
        : `${claim.recipientName}: ${claim.reason || `đề nghị tặng ${awardName} năm ${claim.year}`}.`,
      adHocReason: null,
      nominationId: claim.nomination?.id ?? null,
      status: last.to as ProposalRow['status'],
      openKey: isClosed(last.to) ? null : 1,
      createdAt: times[0],
      submittedAt: submitted,
      updatedAt: times[times.length - 1],
      verdictEligible: submitted ? claim.verdict.eligible : null,
      verdictVersion: submitted ? claim.verdict.version : null,
      verdictConditions: submitted ? claim.verdict.conditions : null,
      verdictAt: submitted,
      awardId: award ? awardIdOf.get(award)! : null,
      source: SYNTHETIC,
    });
    // The dossier's documents: its letter (tờ trình), the minutes that chose the candidate, and what amendments added.
    const created = times[0].slice(0, 10);
    const issuer = claim.nomination ? 'CTĐ' : 'UBND';
    const where = `${DISTRICT_WORD[district.kind]} ${district.name}`;
    const attached: Array<Omit<DocumentRow, 'proposalId' | 'position'>> = [
      {
        number: `${random.int(12, 480)}/TTr-${issuer}`,
        issuedOn: created,
        title: `Tờ trình đề nghị tặng ${awardName} cho ${claim.recipientName} (thành tích năm ${claim.year})`.slice(0, 500),
      },
      claim.nomination
        ? {
            number: `${random.int(1, 30)}/BB-CTĐ`,
            issuedOn: claim.nomination.reviewedOn,
            title: `Biên bản hội nghị tổng kết và bỏ phiếu suy tôn năm ${claim.year} của Cụm thi đua số ${proposerId}`,
          }
        : {
            number: `${random.int(1, 60)}/BB-HĐTĐKT`,
            issuedOn: shiftWorkingDays(created, -random.int(1, 6)),
            title: `Biên bản họp Hội đồng Thi đua – Khen thưởng ${where} xét đề nghị khen thưởng năm ${claim.year}`,
          },
      ...steps
        .map((step, position) => ({ step, on: times[position].slice(0, 10) }))
        .filter(({ step }) => step.document !== null)
        .map(({ step, on }) => ({ number: `${random.int(12, 480)}/BC-${issuer}`, issuedOn: on, title: step.document! })),
    ];
    attached.forEach((document, position) => documents.push({ proposalId: id, position: position + 1, ...document }));
  });

  // Steps by time, then by dossier and place: each dossier's own stay in order.
  dated.sort((a, b) => a.at.localeCompare(b.at) || a.proposalId - b.proposalId || a.sequence - b.sequence);
  const transitions = dated.map(({ sequence: _sequence, ...row }, index) => ({ ...row, id: index + 1 }));
  return { proposals, transitions, documents, proposalOf };
}

/**
 * The moments of a dossier's steps, oldest first: from its start (after the vote's review, or the
 * district's council at the year's end; national awards' dossiers early the next year) to the day
 * its decision is signed (DECIDE on that day, the rest before), or a bound for undecided ones.
 */
function stepTimes(claim: DossierClaim, steps: DossierStep[], decision: SignedDecision | null, random: Random): string[] {
  const { year } = claim;
  const city = claim.issuer === CITY_CHAIR;
  const start = claim.nomination
    ? shiftWorkingDays(claim.nomination.reviewedOn, random.int(1, 3))
    : city
      ? dayIn(random, year, random.pick([11, 12]), [10, 20])
      : dayIn(random, year + 1, random.pick([1, 2]), [5, 25]);
  const end = decision?.signedOn ?? (claim.outcome === 'OPEN' ? `${year + 1}-03-01` : city ? `${year + 1}-04-01` : `${year + 1}-08-01`);
  const days = workingDays(start, end);
  if (days.length === 0) throw new Error(`a demo dossier for ${claim.awardTypeCode} ${year} to ${claim.recipientName} has no working day between ${start} and ${end}`);
  const dated = steps.filter((step) => step.action !== 'DECIDE');
  // Offsets in working days, strictly increasing (a fraction of a day is the hour), squeezed to fit.
  let offset = 0;
  const offsets = dated.map((step, index) => {
    if (index > 0) {
      const [least, most] = STEP_DAYS[step.action];
      offset += least + random.next() * (most - least) + 0.05;
    }
    return offset + random.next() * 0.1;
  });
  const room = (days.length - 1) * 0.95 + 0.85;
  const squeeze = Math.min(1, room / offsets[offsets.length - 1]);
  const times: string[] = [];
  let previous = 0;
  for (const value of offsets.map((offset) => offset * squeeze)) {
    const day = Math.min(days.length - 1, Math.floor(value));
    const time = Math.max(Date.parse(at(days[day], OFFICE_OPENS + Math.floor((value - day) * OFFICE_MINUTES))), previous + MINUTE);
    times.push(new Date(time).toISOString());
    previous = time;
  }
  if (decision) times.push(at(decision.signedOn, 14 * 60 + random.int(0, 150)));
  return times;
}

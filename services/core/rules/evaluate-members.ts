import { evidence } from './evidence';
import { inForceDuring, type Judging } from './judging';
import type { ConditionOf, Outcome } from './outcome';
import { DISCIPLINE_ORDER, RATING_ORDER, type MemberFact } from './record';
import { percent, reachesShare, sharePercent } from './share';

/** A collective's members in the year judged. */

function membersOf(judged: Judging): MemberFact[] {
  return judged.record.members ?? [];
}

export function memberShare(judged: Judging, condition: ConditionOf<'MEMBER_SHARE'>): Outcome {
  const members = membersOf(judged);
  const holders = members.filter((member) => member.awards.includes(condition.award)).length;
  return {
    met: reachesShare(holders, members.length, condition.share, condition.strict),
    evidence: () => evidence({
      years: [judged.year],
      count: holders,
      of: members.length,
      note: `${holders} of ${members.length} members hold ${condition.award} (${percent(holders, members.length)}%); ${condition.strict ? 'more than' : 'at least'} ${sharePercent(condition.share)}% needed`,
    }),
  };
}

export function membersRated(judged: Judging, condition: ConditionOf<'MEMBERS_RATED'>): Outcome {
  const members = membersOf(judged);
  const floor = RATING_ORDER.indexOf(condition.atLeast);
  const below = members.filter((member) => member.rating === null || RATING_ORDER.indexOf(member.rating) < floor);
  return {
    met: members.length > 0 && below.length === 0,
    evidence: () => evidence({
      years: [judged.year],
      count: members.length - below.length,
      of: members.length,
      note:
        members.length === 0
          ? 'no members on the record'
          : below.length === 0
            ? `all ${members.length} members rated ${condition.atLeast} or better`
            : `not rated ${condition.atLeast} or better: ${below.map((member) => member.personId).join(', ')}`,
    }),
  };
}

export function memberHolds(judged: Judging, condition: ConditionOf<'MEMBER_HOLDS'>): Outcome {
  const members = membersOf(judged);
  const holders = members.filter((member) => member.awards.includes(condition.award));
  return {
    met: holders.length >= condition.count,
    evidence: () => evidence({
      years: [judged.year],
      count: holders.length,
      of: members.length,
      note: `${holders.length} member(s) hold ${condition.award}${holders.length > 0 ? `: ${holders.map((member) => member.personId).join(', ')}` : ''}; ${condition.count} needed`,
    }),
  };
}

export function noMemberDisciplined(judged: Judging, condition: ConditionOf<'NO_MEMBER_DISCIPLINED'>): Outcome {
  const floor = DISCIPLINE_ORDER.indexOf(condition.atLeast);
  const disciplined = membersOf(judged)
    .map((member) => ({
      member,
      disciplines: member.disciplines.filter((discipline) => DISCIPLINE_ORDER.indexOf(discipline.level) >= floor && inForceDuring(discipline, judged.year)),
    }))
    .filter(({ disciplines }) => disciplines.length > 0);
  return {
    met: disciplined.length === 0,
    evidence: () => evidence({
      years: [judged.year],
      disciplines: disciplined.flatMap(({ disciplines }) => disciplines),
      count: disciplined.length,
      of: membersOf(judged).length,
      note:
        disciplined.length === 0
          ? `no member under a discipline of ${condition.atLeast} or above in ${judged.year}`
          : `disciplined at ${condition.atLeast} or above: ${disciplined.map(({ member }) => member.personId).join(', ')}`,
    }),
  };
}

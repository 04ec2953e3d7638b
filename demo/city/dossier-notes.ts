import { RecipientKind } from '../../services/city/entities/award-type';
import type { CapturedVerdict } from './dossier-claim';

const { INDIVIDUAL, COLLECTIVE, DISTRICT } = RecipientKind;

/** What the board writes when it rejects a dossier the rule refuses: the version applied and each condition not met. */
export function rejectionNote(verdict: CapturedVerdict): string {
  return `Không đủ điều kiện theo ${verdict.version}: ${verdict.failed.map((condition) => `${condition.vi} (${condition.code})`).join('; ')}.`;
}

/** What the board asks for before a refused dossier's proposer withdraws it. */
export function missingEvidenceNote(verdict: CapturedVerdict): string {
  return `Đề nghị bổ sung minh chứng: ${verdict.failed.map((condition) => condition.vi).join('; ')}.`;
}

/** A lawful dossier the board does not choose: the city's own quota. */
export function notChosenNote(awardTypeCode: string, year: number): string {
  return awardTypeCode === 'CO_CP'
    ? `Thành phố trình Thủ tướng Chính phủ tặng Cờ thi đua của Chính phủ cho một đơn vị dẫn đầu các cụm thi đua năm ${year}: hồ sơ không được Hội đồng Thi đua – Khen thưởng Thành phố lựa chọn.`
    : `Hồ sơ không được Hội đồng Thi đua – Khen thưởng Thành phố lựa chọn trong chỉ tiêu khen thưởng năm ${year}.`;
}

export const WITHDRAWAL_NOTE = 'Đơn vị rút hồ sơ: không bổ sung được minh chứng theo yêu cầu của Ban Thi đua – Khen thưởng.';

export const PUBLISHED_ELSEWHERE_NOTE = 'Cụm rút hồ sơ: khen thưởng năm nay của quận, huyện được đề nghị theo hồ sơ riêng của đơn vị.';

/** Why the board returns a lawful dossier, what the proposer's amendment answers and attaches, and for which recipients it is asked. */
export const RETURNS: ReadonlyArray<{ returned: string; amended: string; document: string; recipients: RecipientKind[] }> = [
  {
    returned: 'Báo cáo thành tích chưa có xác nhận của cấp trình; đề nghị bổ sung.',
    amended: 'Bổ sung báo cáo thành tích có xác nhận của cấp trình.',
    document: 'Báo cáo thành tích (bản có xác nhận)',
    recipients: [INDIVIDUAL, COLLECTIVE, DISTRICT],
  },
  {
    returned: 'Tóm tắt thành tích chưa nêu số liệu cụ thể so với chỉ tiêu được giao; đề nghị hoàn thiện.',
    amended: 'Hoàn thiện tóm tắt thành tích với số liệu so với chỉ tiêu.',
    document: 'Báo cáo bổ sung số liệu thành tích',
    recipients: [INDIVIDUAL, COLLECTIVE, DISTRICT],
  },
  {
    returned: 'Thiếu văn bản công nhận sáng kiến, đề tài được áp dụng; đề nghị bổ sung.',
    amended: 'Bổ sung quyết định công nhận sáng kiến.',
    document: 'Quyết định công nhận sáng kiến (bản sao)',
    recipients: [INDIVIDUAL],
  },
  {
    returned: 'Chưa có ý kiến của cơ quan thuế, bảo hiểm xã hội về việc chấp hành nghĩa vụ; đề nghị bổ sung.',
    amended: 'Bổ sung xác nhận chấp hành nghĩa vụ thuế, bảo hiểm xã hội.',
    document: 'Văn bản xác nhận chấp hành nghĩa vụ thuế, bảo hiểm xã hội',
    recipients: [COLLECTIVE, DISTRICT],
  },
];

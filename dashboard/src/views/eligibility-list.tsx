import { useLanguage } from '../i18n/language';
import { awardName } from './award-name';

export interface Eligibility {
  eligible: boolean;
  evidenceWithheld: boolean;
  awardType: { code: string; name: string; nameEn: string };
  conditions: { code: string; met: boolean; description: string; descriptionVi: string }[];
}

/** Each award the rules allow for the recipient: eligible, or the conditions still missing. */
export function EligibilityList({ eligibilities }: { eligibilities: Eligibility[] | null }) {
  const { t, language } = useLanguage();
  if (!eligibilities) return <p className="muted">{t('noData')}</p>;
  const withheld = eligibilities.some((eligibility) => eligibility.evidenceWithheld);
  return (
    <>
      {withheld && <p className="muted">{t('personalDataHidden')}</p>}
      <ul className="eligibility">
        {eligibilities.map((eligibility) => (
          <li key={eligibility.awardType.code} className={eligibility.eligible ? 'eligible' : 'not-eligible'}>
            <strong>{awardName(eligibility.awardType, language)}</strong>: {eligibility.eligible ? t('eligible') : t('notEligible')}
            {!eligibility.eligible && (
              <ul className="missing-conditions" aria-label={t('missing')}>
                {eligibility.conditions
                  .filter((condition) => !condition.met)
                  .map((condition) => (
                    <li key={condition.code}>{language === 'vi' ? condition.descriptionVi : condition.description}</li>
                  ))}
              </ul>
            )}
          </li>
        ))}
      </ul>
    </>
  );
}

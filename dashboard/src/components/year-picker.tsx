import { useLanguage } from '../i18n/language';

/** Picks one of the years that have data; the view's path changes with it. */
export function YearPicker({ years, year, onChange }: { years: number[]; year: number; onChange: (year: number) => void }) {
  const { t } = useLanguage();
  const choices = years.includes(year) ? years : [...years, year].sort();
  return (
    <label className="picker">
      {t('year')}{' '}
      <select value={year} onChange={(event) => onChange(Number(event.target.value))}>
        {choices.map((choice) => (
          <option key={choice} value={choice}>
            {choice}
          </option>
        ))}
      </select>
    </label>
  );
}

/** Picks a cluster or a district by name; the view's path changes with it. */
export function EntityPicker({ label, value, choices, onChange }: { label: string; value: string; choices: { id: string; name?: string | null }[]; onChange: (id: string) => void }) {
  return (
    <label className="picker">
      {label}{' '}
      <select value={value} onChange={(event) => onChange(event.target.value)}>
        {choices.map((choice) => (
          <option key={choice.id} value={choice.id}>
            {choice.name ?? choice.id}
          </option>
        ))}
      </select>
    </label>
  );
}

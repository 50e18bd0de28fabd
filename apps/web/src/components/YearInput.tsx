/** A labelled year (whole number) for yearly reports; an empty or invalid entry falls back to this year. */
export function YearInput({
  label,
  value,
  onChange,
  min = 1990,
}: {
  label: string;
  value: number;
  onChange: (year: number) => void;
  min?: number;
}) {
  return (
    <label>
      {label}{' '}
      <input
        type="number"
        value={value}
        min={min}
        max={2100}
        onChange={(e) => onChange(Number(e.target.value) || new Date().getFullYear())}
      />
    </label>
  );
}

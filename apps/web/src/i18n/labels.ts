import type { MessageKey } from './en.ts';
import type { Translate } from './index.tsx';

/** The translated label of an enumerated value (`prefix.value`), or the raw value if unknown. */
export function enumLabel(
  t: Translate,
  prefix: string,
  allowed: readonly string[],
  value: string | null | undefined,
): string {
  if (!value) return '';
  return allowed.includes(value) ? t(`${prefix}.${value}` as MessageKey) : value;
}

/**
 * SMS segments (3GPP TS 23.038 / 23.040): a text entirely in the GSM 7-bit alphabet travels in
 * segments of 160 septets (153 when concatenated, a 7-byte header each; characters of the
 * extension table take two septets and are never split); any other character makes the whole
 * message UCS-2, 70 UTF-16 units (67 when concatenated, surrogate pairs never split).
 */

const GSM_BASIC =
  '@£$¥èéùìòÇ\nØø\rÅåΔ_ΦΓΛΩΠΨΣΘΞÆæßÉ !"#¤%&\'()*+,-./0123456789:;<=>?¡ABCDEFGHIJKLMNOPQRSTUVWXYZÄÖÑÜ§¿abcdefghijklmnopqrstuvwxyzäöñüà';
const GSM_EXTENSION = '^{}\\[~]|€\f';

const basic = new Set(GSM_BASIC);
const extension = new Set(GSM_EXTENSION);

export type SmsEncoding = 'gsm7' | 'ucs2';

export interface SmsSegments {
  encoding: SmsEncoding;
  /** Characters as a person counts them (code points). */
  characters: number;
  /** Septets (GSM-7) or UTF-16 code units (UCS-2). */
  units: number;
  segments: number;
  /** What one more segment would still hold (0 when the last segment is full). */
  remaining: number;
}

export function isGsm7(text: string): boolean {
  for (const ch of text) if (!basic.has(ch) && !extension.has(ch)) return false;
  return true;
}

/** Packs units into segments of `size`, never splitting an item (a 2-septet or surrogate pair). */
function pack(sizes: number[], single: number, multi: number) {
  const units = sizes.reduce((a, b) => a + b, 0);
  if (units === 0) return { units, segments: 1, remaining: single };
  if (units <= single) return { units, segments: 1, remaining: single - units };
  let segments = 1;
  let used = 0;
  for (const s of sizes) {
    if (used + s > multi) {
      segments += 1;
      used = 0;
    }
    used += s;
  }
  return { units, segments, remaining: multi - used };
}

export function smsSegments(text: string): SmsSegments {
  const chars = [...text];
  if (isGsm7(text)) {
    const p = pack(
      chars.map((c) => (extension.has(c) ? 2 : 1)),
      160,
      153,
    );
    return { encoding: 'gsm7', characters: chars.length, ...p };
  }
  const p = pack(
    chars.map((c) => c.length),
    70,
    67,
  );
  return { encoding: 'ucs2', characters: chars.length, ...p };
}

/**
 * The estimated cost of sending `segments` segments to each of `recipients`, at
 * `pricePerSegment` (US dollars, up to 4 decimals): the total in dollars, rounded to the cent.
 */
export function smsCost(segments: number, recipients: number, pricePerSegment: number): number {
  const tenThousandths = Math.round(pricePerSegment * 10_000);
  return Math.round((segments * recipients * tenThousandths) / 100) / 100;
}

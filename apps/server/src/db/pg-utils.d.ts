/** node-postgres's own conversion of a parameter to its wire text (dates, arrays, JSON, buffers). */
declare module 'pg/lib/utils.js' {
  export function prepareValue(value: unknown): unknown;
}

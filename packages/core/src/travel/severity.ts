import type { Severity } from './types.ts';

/** Where a severity stands: info < refer < refuse. */
export const SEVERITY_ORDER: Readonly<Record<Severity, number>> = { info: 0, refer: 1, refuse: 2 };

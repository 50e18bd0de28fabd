export * from './recommendations.ts';
export * from './smt.ts';
export * from './host-agreements.ts';
export * from './slt.ts';

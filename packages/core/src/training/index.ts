export * from './dates.ts';
export * from './training.ts';
export * from './report.ts';

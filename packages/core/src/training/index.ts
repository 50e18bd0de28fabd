export * from './training.ts';
export * from './report.ts';
export * from './indicators.ts';

export * from './scale.ts';
export * from './matrix.ts';
export * from './priority.ts';
export * from './acceptance.ts';
export * from './heatmap.ts';
export * from './health-consultation.ts';
export * from './review-cause.ts';
export * from './categories.ts';

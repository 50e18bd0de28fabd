export * from './categories.ts';
export * from './statistics.ts';
export * from './road-safety.ts';
export * from './category-names.ts';

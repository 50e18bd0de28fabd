export * from './roles.ts';
export * from './permissions.ts';
export * from './policy.ts';
export * from './appointing.ts';
export * from './second-factor.ts';
export * from './abilities.ts';
export * from './designations.ts';
export * from './classification.ts';

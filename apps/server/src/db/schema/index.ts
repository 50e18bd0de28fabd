export * from './registry.ts';
export * from './identity.ts';
export * from './shared.ts';

export * from './rate.ts';
export { parseCalendarDate, type CalendarDate, type DateError, type DateResult } from './dates.ts';
export * from './compliance.ts';
export * from './findings.ts';
export * from './rating.ts';
export * from './non-compliance.ts';
export * from './moss.ts';
export * from './moss-catalogue.ts';

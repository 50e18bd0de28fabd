import { describe, expect, it } from 'vitest';
import { loadConfig } from './config.ts';

describe('configuration', () => {
  it('[000 §30] escalation thresholds default to 1, 30, 60 and 90 days', () => {
    expect(loadConfig({}).escalationThresholds).toEqual({
      focal_point: 1,
      usg: 30,
      executive_head: 60,
      hlcm: 90,
    });
  });

  it('a deployment sets its own escalation thresholds with FIELDSAFE_ESCALATION_DAYS', () => {
    const config = loadConfig({ FIELDSAFE_ESCALATION_DAYS: '3,20,45,120' });
    expect(config.escalationThresholds).toEqual({
      focal_point: 3,
      usg: 20,
      executive_head: 45,
      hlcm: 120,
    });
  });

  it('refuses thresholds out of order, naming the variable', () => {
    expect(() => loadConfig({ FIELDSAFE_ESCALATION_DAYS: '1,60,30,90' })).toThrow(
      /FIELDSAFE_ESCALATION_DAYS: each step must come later/,
    );
  });
});

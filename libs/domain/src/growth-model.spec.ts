import {
  checkGrowthThresholds,
  checkTeamHours,
  GROWTH_INDICATORS,
  growthPhase,
  growthThresholds,
  returnOnParticipation,
} from './growth-model';

const met = (phases: Record<string, boolean>) =>
  GROWTH_INDICATORS.map((indicator) => ({ phase: indicator.phase, met: phases[indicator.phase] ?? false }));

describe('the growth phase', () => {
  it('is the highest phase met with every earlier one', () => {
    expect(growthPhase(met({}))).toBe('DISCOVERS');
    expect(growthPhase(met({ DISCOVERS: true, EXPERIMENTS: true }))).toBe('EXPERIMENTS');
    expect(growthPhase(met({ DISCOVERS: true, EXPERIMENTS: true, CONVERSES: true, NETWORKS: true }))).toBe('NETWORKS');
  });

  it('does not skip an unmet phase', () => {
    expect(growthPhase(met({ DISCOVERS: true, CONVERSES: true, NETWORKS: true }))).toBe('DISCOVERS');
  });
});

describe('growth thresholds', () => {
  it('takes the organisation’s where set and the defaults elsewhere', () => {
    const thresholds = growthThresholds({ answeredShare: 0.5 });
    expect(thresholds.answeredShare).toBe(0.5);
    expect(thresholds.postsPerMonth).toBe(8);
  });

  it('refuses unknown keys, repeated keys, negative values and shares above 1', () => {
    expect(
      checkGrowthThresholds([
        { key: 'likes', value: 1 },
        { key: 'answeredShare', value: 1.2 },
        { key: 'postsPerMonth', value: -1 },
        { key: 'postsPerMonth', value: 2 },
      ]),
    ).toEqual({
      'thresholds.0.key': { code: 'invalidChoice' },
      'thresholds.1.value': { code: 'outOfRange', min: 0, max: 1 },
      'thresholds.2.value': { code: 'outOfRange', min: 0, max: 100_000 },
      'thresholds.3.key': { code: 'taken' },
    });
    expect(checkGrowthThresholds([{ key: 'postsPerMonth', value: 0 }])).toEqual({});
  });
});

describe('Return on Participation', () => {
  it('adds residents heard, conversations and signals acted on per team hour, and has none without hours', () => {
    expect(returnOnParticipation({ residentsHeard: 8, conversations: 18, signalsActedOn: 2 }, 124)).toBe(28 / 124);
    expect(returnOnParticipation({ residentsHeard: 8, conversations: 18, signalsActedOn: 2 }, 0)).toBeNull();
    expect(checkTeamHours(-1)).toEqual({ hours: { code: 'outOfRange', min: 0, max: 37_200 } });
    expect(checkTeamHours(160)).toEqual({});
  });
});

import { chooseMode, currentRule, editBuilder, openRule } from './rule-editor';

describe('the rule editor', () => {
  it('opens a rule the builder knows in the builder, and any other rule in the raw field', () => {
    expect(openRule('FREQ=MONTHLY;BYDAY=1FR', '2026-01-01')).toMatchObject({
      mode: 'monthlyWeekday',
      builder: { ordinal: 1, day: 'FR' },
    });
    expect(openRule('FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1', '2026-01-01')).toMatchObject({
      mode: 'raw',
      raw: 'FREQ=YEARLY;BYMONTH=6;BYMONTHDAY=1',
    });
  });

  it('starts a new rubric with a weekly rule on the start date’s weekday', () => {
    const state = openRule('', '2026-06-05');
    expect(currentRule(state)).toBe('FREQ=WEEKLY;BYDAY=FR');
  });

  it('keeps the rule when switching from the builder to raw and back', () => {
    const builder = openRule('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH', '2026-01-01');
    const raw = chooseMode(builder, 'raw', '2026-01-01');
    expect(raw.raw).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH');
    expect(currentRule(chooseMode(raw, 'weekly', '2026-01-01'))).toBe('FREQ=WEEKLY;INTERVAL=2;BYDAY=MO,TH');
  });

  it('reads a rule typed in the raw field when switching back to the builder', () => {
    const raw = {
      ...chooseMode(openRule('FREQ=WEEKLY;BYDAY=TU', '2026-01-01'), 'raw', '2026-01-01'),
      raw: 'FREQ=MONTHLY;BYDAY=-1WE',
    };
    const back = chooseMode(raw, 'monthlyWeekday', '2026-01-01');
    expect(currentRule(back)).toBe('FREQ=MONTHLY;BYDAY=-1WE');
  });

  it('proposes a rule of the chosen kind when the raw rule is of another kind', () => {
    const raw = {
      ...openRule('FREQ=WEEKLY;BYDAY=TU', '2026-01-01'),
      mode: 'raw' as const,
      raw: 'FREQ=MONTHLY;BYDAY=1FR',
    };
    expect(currentRule(chooseMode(raw, 'weekly', '2026-01-01'))).toBe('FREQ=WEEKLY;BYDAY=FR');
  });

  it('writes the builder’s changes into the rule', () => {
    const state = editBuilder(openRule('FREQ=WEEKLY;BYDAY=TU', '2026-01-01'), {
      kind: 'weekly',
      interval: 1,
      days: ['TU', 'FR'],
    });
    expect(currentRule(state)).toBe('FREQ=WEEKLY;BYDAY=TU,FR');
  });
});

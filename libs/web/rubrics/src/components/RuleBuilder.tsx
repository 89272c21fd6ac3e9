import { CheckboxGroup, RadioGroup, SelectField, TextField, useLocale } from '@planbord/web-ui';
import { useT } from '../i18n';
import { describeBuilder, describeRule, dayName } from '../rule/describe-rule';
import { isWeekday, ORDINALS, WEEKDAYS, type Ordinal, type Weekday } from '../rule/rule-builder';
import { chooseMode, currentRule, editBuilder, type RuleEditorState, type RuleMode } from '../rule/rule-editor';
import { parseRule } from '../rule/rule-builder';

export interface RuleBuilderProps {
  state: RuleEditorState;
  onChange: (state: RuleEditorState) => void;
  startsOn: string;
  time: string;
  /** Messages per builder field (days, interval, monthDay) and for the rule itself (from the server). */
  errors: Record<string, string | undefined>;
}

const MODES: RuleMode[] = ['weekly', 'monthlyWeekday', 'monthlyDay', 'lastWorkday', 'raw'];

/** Weekly on chosen days, every N weeks, monthly on the n-th weekday or a day, the last weekday, or a raw RRULE. */
export function RuleBuilder({ state, onChange, startsOn, time, errors }: RuleBuilderProps) {
  const t = useT();
  const locale = useLocale();
  const builder = state.builder;
  const rrule = currentRule(state);
  const words = describeRule(rrule, time || null, locale);
  const rawExpressible = state.mode === 'raw' ? parseRule(state.raw) : null;

  return (
    <fieldset className="planbord-fieldset planbord-rule-builder">
      <legend className="planbord-fieldset__legend utrecht-form-fieldset__legend planbord-rule-builder__legend">
        {t('rubrics.field.recurrence')}
      </legend>
      <RadioGroup
        legend={t('rubrics.field.kind')}
        value={state.mode}
        error={state.mode !== 'raw' ? errors['rrule'] : undefined}
        onChange={(mode) => onChange(chooseMode(state, mode as RuleMode, startsOn))}
        options={MODES.map((mode) => ({ value: mode, label: t(`rubrics.kind.${mode}`) }))}
      />
      <div className="planbord-rule-builder__details">
        {state.mode === 'weekly' && builder.kind === 'weekly' ? (
          <>
            <TextField
              type="number"
              min={1}
              max={52}
              inputMode="numeric"
              className="planbord-rule-builder__number"
              label={t('rubrics.field.interval')}
              description={t('rubrics.field.intervalHint')}
              value={String(builder.interval)}
              error={errors['interval']}
              onChange={(e) =>
                onChange(
                  editBuilder(state, { ...builder, interval: e.target.value === '' ? 0 : Number(e.target.value) }),
                )
              }
            />
            <CheckboxGroup
              legend={t('rubrics.field.days')}
              options={WEEKDAYS.map((day) => ({ value: day, label: dayName(day, locale) }))}
              values={builder.days}
              error={errors['days']}
              onChange={(days) => onChange(editBuilder(state, { ...builder, days: days.filter(isWeekday) }))}
            />
          </>
        ) : null}
        {state.mode === 'monthlyWeekday' && builder.kind === 'monthlyWeekday' ? (
          <div className="planbord-field-row">
            <SelectField
              label={t('rubrics.field.ordinal')}
              value={String(builder.ordinal)}
              options={ORDINALS.map((ordinal) => ({ value: String(ordinal), label: t(`rubrics.ordinal.${ordinal}`) }))}
              onChange={(e) => onChange(editBuilder(state, { ...builder, ordinal: Number(e.target.value) as Ordinal }))}
            />
            <SelectField
              label={t('rubrics.field.weekday')}
              value={builder.day}
              options={WEEKDAYS.map((day) => ({ value: day, label: dayName(day, locale) }))}
              onChange={(e) => onChange(editBuilder(state, { ...builder, day: e.target.value as Weekday }))}
            />
          </div>
        ) : null}
        {state.mode === 'monthlyDay' && builder.kind === 'monthlyDay' ? (
          <TextField
            type="number"
            min={1}
            max={31}
            inputMode="numeric"
            className="planbord-rule-builder__number"
            label={t('rubrics.field.monthDay')}
            description={t('rubrics.field.monthDayHint')}
            value={builder.monthDay === 0 ? '' : String(builder.monthDay)}
            error={errors['monthDay']}
            onChange={(e) =>
              onChange(editBuilder(state, { ...builder, monthDay: e.target.value === '' ? 0 : Number(e.target.value) }))
            }
          />
        ) : null}
        {state.mode === 'raw' ? (
          <TextField
            label={t('rubrics.field.rrule')}
            name="rrule"
            autoComplete="off"
            spellCheck={false}
            className="planbord-rule-builder__raw"
            description={
              <>
                {t('rubrics.field.rruleHint')}
                {rawExpressible ? (
                  <> {t('rubrics.rawExpressible', { words: describeBuilder(rawExpressible, locale) })}</>
                ) : null}
              </>
            }
            value={state.raw}
            error={errors['rrule']}
            onChange={(e) => onChange({ ...state, raw: e.target.value })}
          />
        ) : null}
      </div>
      <p className="planbord-rule-builder__summary">
        <strong>{t('rubrics.ruleSummary', { words: words ?? t('rubrics.ruleUnknown') })}</strong>
        {rrule ? <code className="planbord-rule-builder__code">{rrule}</code> : null}
      </p>
    </fieldset>
  );
}

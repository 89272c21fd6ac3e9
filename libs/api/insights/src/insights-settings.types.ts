import { Field, Float, ID, InputType, Int, ObjectType } from '@nestjs/graphql';
import { GrowthPhaseEnum, type GrowthPhase } from './reports.types';

@ObjectType({ description: 'The threshold of one growth-model indicator: met when its value is at least this' })
export class GrowthThreshold {
  @Field() key: string;
  @Field({ description: 'What the indicator measures, in the reader’s language' }) label: string;
  @Field(() => GrowthPhaseEnum) phase: GrowthPhase;
  @Field(() => Float, { description: 'The threshold in force' }) value: number;
  @Field(() => Float, { description: 'The threshold while none is set' }) defaultValue: number;
}

@ObjectType('InsightsSettings', { description: 'What the reports are measured against' })
export class InsightsSettingsView {
  @Field(() => ID) id: string;
  @Field(() => Int) version: number;
  @Field(() => [GrowthThreshold], { description: 'Every growth-model indicator, in the order the model shows them' })
  thresholds: GrowthThreshold[];
}

@InputType()
export class GrowthThresholdInput {
  @Field() key: string;
  @Field(() => Float, { description: 'From 0; a share (key ending in Share) up to 1' }) value: number;
}

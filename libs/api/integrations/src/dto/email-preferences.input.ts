import { Field, InputType } from '@nestjs/graphql';

@InputType()
export class EmailPreferencesInput {
  @Field(() => [String], { description: 'The kinds that go by e-mail (from EmailPreferences.kinds); the rest do not' })
  enabledKinds: string[];

  @Field({ description: 'One e-mail a day instead of one per notification' })
  digest: boolean;
}

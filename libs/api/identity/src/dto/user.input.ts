import { Field, Float, ID, InputType } from '@nestjs/graphql';
import type { Role } from '@planbord/domain';
import { RoleEnum } from '../enums';

@InputType()
export class UserInput {
  @Field() name: string;
  @Field() email: string;
  @Field(() => RoleEnum) role: Role;
  @Field() password: string;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => Float, { nullable: true }) weeklyHours?: number | null;
  @Field(() => String, { nullable: true }) locale?: string | null;
}

@InputType()
export class UserPatch {
  @Field(() => String, { nullable: true }) name?: string;
  @Field(() => String, { nullable: true }) email?: string;
  @Field(() => RoleEnum, { nullable: true }) role?: Role;
  @Field(() => String, { nullable: true, description: 'A new password; signs the person out everywhere.' })
  password?: string;
  @Field(() => ID, { nullable: true }) departmentId?: string | null;
  @Field(() => Float, { nullable: true }) weeklyHours?: number | null;
  @Field(() => String, { nullable: true }) locale?: string;
}

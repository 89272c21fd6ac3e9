import { Inject } from '@nestjs/common';
import { Field, ObjectType, Query, Resolver } from '@nestjs/graphql';
import { APP_CONFIG, type AppConfig } from '@planbord/api-core';

@ObjectType({ description: 'Settings of the organisation that every screen needs.' })
export class Organisation {
  @Field({ description: 'The IANA time zone (ORG_TIME_ZONE) in which times are shown and recurrences expanded.' })
  timeZone: string;
}

@Resolver(() => Organisation)
export class OrganisationResolver {
  constructor(@Inject(APP_CONFIG) private readonly config: AppConfig) {}

  @Query(() => Organisation)
  organisation(): Organisation {
    return { timeZone: this.config.orgTimeZone };
  }
}

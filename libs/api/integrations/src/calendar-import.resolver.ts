import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type SessionUser } from '@planbord/api-core';
import { CalendarImport } from './calendar-import.entity';
import { CalendarImportService } from './calendar-import.service';

@Resolver(() => CalendarImport)
export class CalendarImportResolver {
  constructor(private readonly imports: CalendarImportService) {}

  @Query(() => [CalendarImport], { description: 'My calendar imports, newest first (at most 20).' })
  calendarImports(@CurrentUser() user: SessionUser): Promise<CalendarImport[]> {
    return this.imports.mine(user);
  }

  @Mutation(() => CalendarImport, {
    description: 'Removes what a calendar import made, while nothing was attached to it since (else BAD_USER_INPUT).',
  })
  undoImport(@CurrentUser() user: SessionUser, @Args('id', { type: () => ID }) id: string): Promise<CalendarImport> {
    return this.imports.undo(user, id);
  }
}

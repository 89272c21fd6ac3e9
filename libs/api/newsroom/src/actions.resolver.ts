import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type SessionUser } from '@planbord/api-core';
import { ActionsService } from './actions.service';
import { DecisionInput } from './dto/actions.input';
import { NewsroomAction } from './newsroom-action.entity';

const idArg = ['id', { type: () => ID }] as const;
const versionArg = ['expectedVersion', { type: () => Int }] as const;

@Resolver(() => NewsroomAction)
export class ActionsResolver {
  constructor(private readonly actions: ActionsService) {}

  @Query(() => [NewsroomAction], {
    description: "The day's decisions (besluitenlijst): those taken in the period, in order.",
  })
  newsroomLog(@Args('from') from: Date, @Args('to') to: Date): Promise<NewsroomAction[]> {
    return this.actions.newsroomLog(from, to);
  }

  @Query(() => [NewsroomAction], {
    description: "The newsroom's questions to your department: open ones first, soonest due.",
  })
  departmentQuestions(@CurrentUser() user: SessionUser): Promise<NewsroomAction[]> {
    return this.actions.departmentQuestions(user);
  }

  @Mutation(() => NewsroomAction)
  decide(@CurrentUser() actor: SessionUser, @Args('input') input: DecisionInput): Promise<NewsroomAction> {
    return this.actions.decide(actor, input);
  }

  @Mutation(() => NewsroomAction)
  completeAction(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('result', { type: () => String, nullable: true }) result: string | null,
  ): Promise<NewsroomAction> {
    return this.actions.complete(actor, id, expectedVersion, result);
  }

  @Mutation(() => NewsroomAction, { description: "A department's answer to the newsroom's question." })
  answerDepartmentQuestion(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args(...versionArg) expectedVersion: number,
    @Args('answer') answer: string,
  ): Promise<NewsroomAction> {
    return this.actions.answer(actor, id, expectedVersion, answer);
  }
}

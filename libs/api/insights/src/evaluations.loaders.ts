import { In } from 'typeorm';
import { groupByKey, type GraphQLContext } from '@planbord/api-core';
import { Evaluation } from './evaluation.entity';

/** The evaluations of posts and rubrics, one statement per relation per request. */
export function evaluationLoaders(ctx: GraphQLContext) {
  return ctx.loaders.once('evaluations', () => {
    const by = (name: string, column: 'postId' | 'rubricId') =>
      ctx.loaders.get<Evaluation[]>(name, async (keys) => {
        const rows = await ctx.db
          .getRepository(Evaluation)
          .find({ where: { [column]: In([...keys]) }, order: { createdAt: 'ASC', id: 'ASC' } });
        return groupByKey(keys, rows, (row) => row[column] as string);
      });
    return { byPost: by('evaluationsByPost', 'postId'), byRubric: by('evaluationsByRubric', 'rubricId') };
  });
}

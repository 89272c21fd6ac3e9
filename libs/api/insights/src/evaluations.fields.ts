import { fieldsOf } from '@planbord/api-core';
import { identityLoaders } from '@planbord/api-identity';
import { planningLoaders } from '@planbord/api-planning';
import { publishingLoaders } from '@planbord/api-publishing';
import { Evaluation } from './evaluation.entity';
import { evaluationLoaders } from './evaluations.loaders';
import { PostPerformance } from './evaluations.types';

/** How the relation fields of evaluations and of the best and worst posts resolve, through the per-request loaders. */
export const evaluationsFields = [
  fieldsOf(Evaluation, {
    author: (evaluation, ctx) => identityLoaders(ctx).user.load(evaluation.authorId),
    post: (evaluation, ctx) => (evaluation.postId ? publishingLoaders(ctx).post.load(evaluation.postId) : null),
    rubric: (evaluation, ctx) => (evaluation.rubricId ? planningLoaders(ctx).rubric.load(evaluation.rubricId) : null),
  }),
  fieldsOf(PostPerformance, {
    post: (row, ctx) => publishingLoaders(ctx).post.load(row.postId),
    evaluations: (row, ctx) => evaluationLoaders(ctx).byPost.load(row.postId),
  }),
];

import { Args, ID, Int, Mutation, Query, Resolver } from '@nestjs/graphql';
import { CurrentUser, type SessionUser } from '@planbord/api-core';
import { WebhookPatch } from './dto/webhook.input';
import { WebhookDelivery } from './webhook-delivery.entity';
import { Webhook, WebhookCreated } from './webhook.entity';
import { WebhooksService } from './webhooks.service';

const idArg = ['id', { type: () => ID }] as const;

@Resolver(() => Webhook)
export class WebhooksResolver {
  constructor(private readonly service: WebhooksService) {}

  @Query(() => [Webhook])
  webhooks(): Promise<Webhook[]> {
    return this.service.list();
  }

  @Query(() => [WebhookDelivery], {
    description: 'Every attempt at the webhook’s messages, the latest first (at most 200).',
  })
  webhookDeliveries(@Args(...idArg) id: string): Promise<WebhookDelivery[]> {
    return this.service.deliveries(id);
  }

  @Mutation(() => WebhookCreated, {
    description:
      'events: post.approved post.scheduled post.held post.released post.published post.cancelled crisis.activated crisis.lifted event.requested event.planned signal.received signal.urgent. The secret is shown once.',
  })
  createWebhook(
    @CurrentUser() actor: SessionUser,
    @Args('url') url: string,
    @Args('events', { type: () => [String] }) events: string[],
  ): Promise<WebhookCreated> {
    return this.service.create(actor, url, events);
  }

  @Mutation(() => Webhook)
  updateWebhook(
    @CurrentUser() actor: SessionUser,
    @Args(...idArg) id: string,
    @Args('expectedVersion', { type: () => Int }) expectedVersion: number,
    @Args('input') input: WebhookPatch,
  ): Promise<Webhook> {
    return this.service.update(actor, id, expectedVersion, input);
  }

  @Mutation(() => WebhookCreated, { description: 'A new secret, shown once; the old one stops signing at once.' })
  rotateWebhookSecret(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string): Promise<WebhookCreated> {
    return this.service.rotateSecret(actor, id);
  }

  @Mutation(() => Webhook, { description: 'Sends a webhook.test message now; its attempts show in webhookDeliveries.' })
  sendTestWebhook(@CurrentUser() actor: SessionUser, @Args(...idArg) id: string): Promise<Webhook> {
    return this.service.sendTest(actor, id);
  }
}

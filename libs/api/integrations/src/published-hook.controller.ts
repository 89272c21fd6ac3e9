import { Controller, Logger, Post, Query, Req, Res } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import type { Response } from 'express';
import { DataSource } from 'typeorm';
import { isUuid } from '@planbord/domain';
import { DomainError, type RawBodyRequest, type SessionUser } from '@planbord/api-core';
import { PostsService } from '@planbord/api-publishing';
import { Webhook } from './webhook.entity';
import { verifyWebhook } from './webhook-signature';

/** The most a report to `/hooks/published` may carry. */
export const HOOK_BODY_BYTES = 64 * 1024;

/** What a publishing tool tells: this post went out, at this address (and at this moment, when not now). */
interface PublishedReport {
  postId: string;
  url: string;
  publishedAt?: string;
}

/**
 * `POST /hooks/published?webhook=<webhook id>`: a publishing tool reports a post as published, signed as Planbord
 * signs its own messages (Standard Webhooks, with that webhook's secret). The post moves to PUBLISHED through the
 * publishing feature's own rules; a repeat with the same address changes nothing.
 */
@Controller()
export class PublishedHookController {
  private readonly logger = new Logger('Webhooks');

  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly posts: PostsService,
  ) {}

  @Post('hooks/published')
  async published(
    @Query('webhook') webhookId: string,
    @Req() req: RawBodyRequest,
    @Res() res: Response,
  ): Promise<void> {
    const raw = req.rawBody ?? Buffer.alloc(0);
    const webhook = isUuid(webhookId ?? '')
      ? await this.db.getRepository(Webhook).findOneBy({ id: webhookId, active: true })
      : null;
    const verdict = verifyWebhook(
      webhook?.secret ?? 'whsec_',
      {
        id: req.header('webhook-id'),
        timestamp: req.header('webhook-timestamp'),
        signature: req.header('webhook-signature'),
      },
      raw,
    );
    // A report acts as the webhook's maker: one without a maker cannot report.
    if (!webhook?.createdById || verdict === 'badSignature') {
      res.status(401).json({ error: 'missing or wrong signature' });
      return;
    }
    if (verdict === 'stale') {
      res.status(401).json({ error: 'webhook-timestamp is more than 5 minutes away from now' });
      return;
    }
    let report: PublishedReport;
    try {
      report = JSON.parse(raw.toString('utf8')) as PublishedReport;
    } catch {
      res.status(400).json({ error: 'the body is not JSON' });
      return;
    }
    const fields = checkReport(report);
    if (fields.length) {
      res.status(422).json({ error: 'invalid fields', fields });
      return;
    }
    const post = await this.posts.find(report.postId);
    if (!post) {
      res.status(404).json({ error: 'no such post', fields: ['postId'] });
      return;
    }
    if (post.status === 'PUBLISHED') {
      if (post.publishedUrl === report.url) res.status(200).json(answer(post));
      else res.status(409).json({ error: 'already published at another address', publishedUrl: post.publishedUrl });
      return;
    }
    const actor: SessionUser = {
      id: webhook.createdById,
      name: `webhook ${new URL(webhook.url).host}`,
      role: 'ADMIN',
      locale: 'en',
      sessionId: '',
    };
    try {
      const published = await this.posts.markPublished(
        actor,
        post.id,
        post.version,
        report.url,
        report.publishedAt ? new Date(report.publishedAt) : null,
      );
      res.status(200).json(answer(published));
    } catch (error) {
      if (error instanceof DomainError) {
        const status = error.code === 'BAD_USER_INPUT' ? 422 : error.code === 'NOT_FOUND' ? 404 : 409;
        res.status(status).json({ error: error.code, ...(error.extensions ?? {}) });
        return;
      }
      this.logger.error(`reporting post ${post.id} published failed: ${(error as Error).message}`);
      res.status(500).json({ error: 'internal error' });
    }
  }
}

function checkReport(report: unknown): string[] {
  if (!report || typeof report !== 'object') return ['postId', 'url'];
  const { postId, url, publishedAt } = report as Record<string, unknown>;
  const fields: string[] = [];
  if (typeof postId !== 'string' || !isUuid(postId)) fields.push('postId');
  if (typeof url !== 'string' || !/^https?:\/\/\S+$/.test(url) || url.length > 500) fields.push('url');
  if (
    publishedAt !== undefined &&
    (typeof publishedAt !== 'string' ||
      !/(Z|[+-]\d\d:\d\d)$/.test(publishedAt) ||
      Number.isNaN(new Date(publishedAt).getTime()))
  )
    fields.push('publishedAt');
  return fields;
}

function answer(post: { id: string; status: string; publishedUrl: string | null; publishedAt: Date | null }) {
  return { id: post.id, status: post.status, publishedUrl: post.publishedUrl, publishedAt: post.publishedAt };
}

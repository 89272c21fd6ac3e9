import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';

/** Content another feature owns (publishing's posts) as planning needs to know it, answered by that feature. */
export interface ContentSource {
  /** Does live content of this source fill the slot? Runs in the caller's transaction. */
  fillsSlot(em: EntityManager, slotId: string): Promise<boolean>;
  /** The title and status of a piece of content a job can be given on, or null when there is none. */
  jobTarget(id: string): Promise<{ title: string; status: string } | null>;
  /** Of these ids, the content of this source that still waits for work (not published or cancelled, not past), with its planned moment. */
  openJobTargets(ids: string[]): Promise<Map<string, Date | null>>;
}

/**
 * Where features that fill slots register themselves, so planning asks them instead of reading their tables (and the
 * dependency runs from them to planning, never back).
 */
@Injectable()
export class PlanningContent {
  private readonly sources: ContentSource[] = [];

  register(source: ContentSource): void {
    this.sources.push(source);
  }

  async jobTarget(id: string): Promise<{ title: string; status: string } | null> {
    for (const source of this.sources) {
      const target = await source.jobTarget(id);
      if (target) return target;
    }
    return null;
  }

  /** Of these content ids, the ones that still wait for work, with their planned moment (null: not planned yet). */
  async openJobTargets(ids: string[]): Promise<Map<string, Date | null>> {
    const open = new Map<string, Date | null>();
    if (ids.length === 0) return open;
    for (const source of this.sources) for (const [id, at] of await source.openJobTargets(ids)) open.set(id, at);
    return open;
  }

  /** A slot with content, or someone writing or publishing for it, is FILLED; otherwise OPEN again. Skipped stays skipped. */
  async refreshSlot(em: EntityManager, slotId: string): Promise<void> {
    let filled = false;
    for (const source of this.sources) if (!filled) filled = await source.fillsSlot(em, slotId);
    await em.query(
      `UPDATE slots s SET status = CASE WHEN $2 OR EXISTS (
          SELECT 1 FROM assignments a WHERE a.slot_id = s.id AND a.deleted_at IS NULL AND a.status <> 'DECLINED' AND a.role IN ('WRITE','PUBLISH')
        ) THEN 'FILLED' ELSE 'OPEN' END, version = version + 1, updated_at = now()
        WHERE s.id = $1 AND s.status <> 'SKIPPED'`,
      [slotId, filled],
    );
  }
}

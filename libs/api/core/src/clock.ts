import { Injectable } from '@nestjs/common';

/**
 * What the server takes as now, for rules that depend on today (has a campaign started?). One provider, so an
 * integration test or the benchmark can pin the day instead of depending on the date it runs.
 */
@Injectable()
export class Clock {
  private pinned: Date | null = null;

  now(): Date {
    return this.pinned ? new Date(this.pinned.getTime()) : new Date();
  }

  /** Holds now at `at` until it is pinned again; `null` lets it run with the system clock. */
  pin(at: Date | null): void {
    this.pinned = at ? new Date(at.getTime()) : null;
  }
}

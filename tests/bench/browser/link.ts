import type { ServerResponse } from 'node:http';

/** A network like a phone's: one round trip before the first byte, then a download rate shared by all responses. */
export interface LinkProfile {
  readonly name: string;
  readonly rttMs: number;
  readonly megabitsPerSecond: number;
}

/** Lighthouse's mobile profile ("Slow 4G"). */
export const SLOW_4G: LinkProfile = { name: 'Slow 4G (150 ms round trip, 1.6 Mbit/s)', rttMs: 150, megabitsPerSecond: 1.6 };

const CHUNK = 4096;
const sleep = (ms: number) => new Promise((done) => setTimeout(done, Math.max(0, ms)));

/**
 * Shapes responses in the server rather than in Chromium, so the worker's requests and
 * every parallel download share the same bandwidth. Chunks book the link in turn.
 */
export class Link {
  private freeAt = 0;
  private readonly bytesPerMs: number;

  constructor(readonly profile: LinkProfile) {
    this.bytesPerMs = (profile.megabitsPerSecond * 1e6) / 8 / 1000;
  }

  async send(res: ServerResponse, body: Buffer): Promise<void> {
    await sleep(this.profile.rttMs);
    for (let i = 0; i < body.length; i += CHUNK) {
      const chunk = body.subarray(i, i + CHUNK);
      const start = Math.max(performance.now(), this.freeAt);
      this.freeAt = start + chunk.length / this.bytesPerMs;
      await sleep(this.freeAt - performance.now());
      res.write(chunk);
    }
    res.end();
  }
}

/** 200 concurrent API clients for 60 s on loopback: no errors, memory bounded. */
import { describe, expect, it } from 'vitest';
import { recordFigures } from './figures.ts';
import { runLoad } from './load.ts';

/** The cap on the server's peak resident memory under load. */
const RSS_CAP_MB = 1536;

describe('load', () => {
  it(`200 clients for 60 s: no errors, peak RSS under ${RSS_CAP_MB} MB`, async () => {
    const f = await runLoad({ articles: 2000, connections: 200, durationS: 60 });
    recordFigures({
      'robust.load.errors': f.errors,
      'robust.load.requests': f.requests,
      'robust.load.p99Ms': f.p99Ms,
      'robust.load.peakRssMb': f.peakRssMb,
    });
    console.log(`load: ${JSON.stringify(f)}`);
    expect(f.requests).toBeGreaterThan(0);
    expect({ errors: f.errors, non2xx: f.non2xx, timeouts: f.timeouts }).toEqual({
      errors: 0,
      non2xx: 0,
      timeouts: 0,
    });
    expect(f.peakRssMb).toBeGreaterThan(0); // measured, not missing
    expect(f.peakRssMb).toBeLessThan(RSS_CAP_MB);
  });
});

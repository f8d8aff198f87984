/** How long the warm probe warms a skill up before measuring, shared by the probe and the bench table. */

/**
 * Warm-up requests before the measured ones: the JIT and the SDK's lazy parts settle first. Measured
 * in 10,000-request windows, our skill's p99 falls until about 20,000 requests (the logged minimal
 * skill's by 10,000), then stays level: docs/quality.md, "How long warming up takes".
 */
export const WARM_UP = 30_000;

/** The requests of the warm-up the bench also reports, as a skill meets them while still warming. */
export const EARLY = { from: 500, to: 10_500 } as const;

package io.pressflow.cli.bench;

import org.HdrHistogram.Histogram;

/**
 * What one measured pass gave.
 *
 * @param name           "enriched" or "passthrough"
 * @param statements     statements published in the measured pass
 * @param read           of them, read back from the output topic (committed)
 * @param deadLettered   of them, read back from the dead-letter topic instead
 * @param sendFailures   sends that failed (not acknowledged)
 * @param firstFailure   the first send failure, or null
 * @param bodyBytes      UTF-8 bytes of the statements' bodies
 * @param seconds        first send to last read
 * @param publishSeconds first send to last send
 * @param latencyUs      send to read per statement, microseconds
 * @param missingHeader  outputs without the send-time header (not in the histogram)
 * @param cpuSeconds     CPU time the whole JVM used from the first send to the last read (negative when unknown)
 * @param warmedUp       statements sent through before measuring
 * @param jitShare       the JIT compiler's time in the measured pass over the machine's CPU time (all cores)
 */
public record PhaseResult(
        String name,
        int statements,
        int read,
        int deadLettered,
        int sendFailures,
        String firstFailure,
        long bodyBytes,
        double seconds,
        double publishSeconds,
        Histogram latencyUs,
        int missingHeader,
        double cpuSeconds,
        int warmedUp,
        double jitShare) {

    public double statementsPerSecond() {
        return read / seconds;
    }

    public double megabytesPerSecond() {
        return statements == 0 ? 0 : bodyBytes * ((double) read / statements) / seconds / 1e6;
    }

    public double percentileMillis(double p) {
        return latencyUs.getTotalCount() == 0 ? Double.NaN : latencyUs.getValueAtPercentile(p) / 1000.0;
    }

    public double maxMillis() {
        return latencyUs.getTotalCount() == 0 ? Double.NaN : latencyUs.getMaxValue() / 1000.0;
    }

    /** JVM CPU milliseconds per statement read; NaN when unknown. */
    public double cpuMillisPerStatement() {
        return cpuSeconds < 0 || read == 0 ? Double.NaN : cpuSeconds * 1000 / read;
    }

    public boolean complete() {
        return read == statements && sendFailures == 0 && missingHeader == 0;
    }
}

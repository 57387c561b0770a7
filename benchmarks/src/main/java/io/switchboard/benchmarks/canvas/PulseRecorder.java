package io.switchboard.benchmarks.canvas;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import javafx.scene.Scene;

/**
 * Times pulses with the scene's pulse listeners: the FX thread's work per pulse (CSS and layout, which includes the
 * line layer's redraw: from the pre-layout to the post-layout listener) and the whole pulse period (from one
 * pre-layout listener to the next; with unthrottled pulses this includes rendering the previous frame).
 */
final class PulseRecorder {

    private final List<Double> work = new ArrayList<>();
    private final List<Double> period = new ArrayList<>();
    private long preLayoutAt;
    private long lastPreLayoutAt;
    private Runnable eachPulse = () -> { };
    private boolean recording;

    PulseRecorder(Scene scene) {
        scene.addPreLayoutPulseListener(() -> {
            long now = System.nanoTime();
            if (recording && lastPreLayoutAt > 0) {
                period.add((now - lastPreLayoutAt) / 1e6);
            }
            lastPreLayoutAt = now;
            eachPulse.run();
            preLayoutAt = System.nanoTime();
        });
        scene.addPostLayoutPulseListener(() -> {
            if (recording) {
                work.add((System.nanoTime() - preLayoutAt) / 1e6);
            }
        });
    }

    /** Starts recording, running {@code action} at the start of every pulse (it must make the next pulse happen). */
    void start(Runnable action) {
        work.clear();
        period.clear();
        lastPreLayoutAt = 0;
        eachPulse = action;
        recording = true;
    }

    void stop() {
        recording = false;
        eachPulse = () -> { };
    }

    int pulses() {
        return work.size();
    }

    double[] work() {
        return toArray(work);
    }

    double[] period() {
        return toArray(period);
    }

    private static double[] toArray(List<Double> values) {
        double[] array = values.stream().mapToDouble(Double::doubleValue).toArray();
        Arrays.sort(array);
        return array;
    }

    static double percentile(double[] sorted, double p) {
        if (sorted.length == 0) {
            return Double.NaN;
        }
        return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1)];
    }
}

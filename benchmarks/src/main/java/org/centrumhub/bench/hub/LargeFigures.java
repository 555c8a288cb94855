package org.centrumhub.bench.hub;

/** The 25 MB declaration: its size, its lines, the run that sent it and the bare XSD validation of its bytes. */
public record LargeFigures(int bytes, int lines, RunResult run, double bareXsdSeconds) {

    /** End to end (send to 325) in multiples of the bare XSD validation. */
    public double ratio() {
        return run.seconds() / bareXsdSeconds;
    }
}

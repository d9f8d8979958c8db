package bench.load;

/** A step that did not reach its expected screen: HTTP status, Vaadin meta error, missing text, timeout. */
final class StepFailure extends Exception {

    final String step;

    StepFailure(String step, String message) {
        super(message, null, false, false);
        this.step = step;
    }
}

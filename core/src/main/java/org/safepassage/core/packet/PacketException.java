package org.safepassage.core.packet;

/** A packet, or a part of one, that cannot be taken; {@link #problem()} says what is wrong and what to do. */
public class PacketException extends RuntimeException {

    private final PacketProblem problem;

    public PacketException(PacketProblem problem) {
        super(problem.message());
        this.problem = problem;
    }

    public PacketException(PacketProblem.Kind kind, Object... args) {
        this(PacketProblem.of(kind, args));
    }

    public PacketProblem problem() {
        return problem;
    }
}

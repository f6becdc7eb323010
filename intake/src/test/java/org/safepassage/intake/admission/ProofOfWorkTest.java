package org.safepassage.intake.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.security.SecureRandom;
import org.junit.jupiter.api.Test;

class ProofOfWorkTest {

    private final ProofOfWork work = new ProofOfWork(new SecureRandom());

    @Test
    void aSolvedTokenAdmitsOnceAndOnlyIfItIsOursAndSolved() {
        String token = work.issue(ProofOfWork.Kind.WORK, 12);
        String nonce = ProofOfWork.solve(token, 12);
        ProofOfWork.Token read = work.read(token, ProofOfWork.Kind.WORK).orElseThrow();

        assertThat(ProofOfWork.leadingZeroBits(ProofOfWork.hash(token, nonce))).isGreaterThanOrEqualTo(12);
        String wrong = "w0";
        for (int i = 1; ProofOfWork.leadingZeroBits(ProofOfWork.hash(token, wrong)) >= 12; i++) {
            wrong = "w" + i;
        }
        assertThat(work.solved(read, wrong)).as("a nonce that does not solve it").isFalse();
        assertThat(work.solved(read, nonce)).isTrue();
        assertThat(work.solved(read, nonce)).as("a token is good once").isFalse();
        assertThat(work.read(token.replace("v1.work.", "v1.wait."), ProofOfWork.Kind.WAIT)).as("kind is signed").isEmpty();
        assertThat(work.read(token, ProofOfWork.Kind.WAIT)).isEmpty();
        assertThat(new ProofOfWork(new SecureRandom()).read(token, ProofOfWork.Kind.WORK)).as("another key").isEmpty();
        String lowered = token.replaceFirst("\\.12\\.", ".1.");
        assertThat(work.read(lowered, ProofOfWork.Kind.WORK)).as("the difficulty is signed").isEmpty();
    }

    @Test
    void zeroBitsAreCountedFromTheFirstByte() {
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0, 0x10, 1})).isEqualTo(19);
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {(byte) 0x80})).isZero();
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0})).isEqualTo(16);
    }
}

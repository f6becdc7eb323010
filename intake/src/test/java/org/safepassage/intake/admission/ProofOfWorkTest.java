package org.safepassage.intake.admission;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.security.SecureRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.safepassage.core.receipt.Pepper;
import org.safepassage.core.testing.TestDatabase;
import org.safepassage.intake.support.IntakeDatabase;
import org.safepassage.intake.system.SharedMinutes;
import org.springframework.jdbc.core.simple.JdbcClient;

/** Challenges of one deployment, issued, solved and spent across two nodes on one real database. */
class ProofOfWorkTest {

    private final SecureRandom random = new SecureRandom();
    private final Pepper pepper = Pepper.generate(random);

    @TempDir
    Path dir;

    private JdbcClient database(TestDatabase kind) {
        return IntakeDatabase.migrated(kind, dir);
    }

    private ProofOfWork node(JdbcClient jdbc, Pepper deployment) {
        return new ProofOfWork(random, deployment, jdbc, new SharedMinutes(jdbc));
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void aTokenIssuedByOneNodeIsSolvedAtAnotherAndAdmitsOnceAcrossAllOfThem(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        ProofOfWork issuing = node(jdbc, pepper);
        ProofOfWork other = node(jdbc, pepper);
        String token = issuing.issue(ProofOfWork.Kind.WORK, 12);
        String nonce = ProofOfWork.solve(token, 12);
        ProofOfWork.Token read = other.read(token, ProofOfWork.Kind.WORK).orElseThrow();

        assertThat(ProofOfWork.leadingZeroBits(ProofOfWork.hash(token, nonce))).isGreaterThanOrEqualTo(12);
        String wrong = "w0";
        for (int i = 1; ProofOfWork.leadingZeroBits(ProofOfWork.hash(token, wrong)) >= 12; i++) {
            wrong = "w" + i;
        }
        assertThat(other.solved(read, wrong)).as("a nonce that does not solve it").isFalse();
        assertThat(other.solved(read, nonce)).isTrue();
        assertThat(other.solved(read, nonce)).as("a token is good once").isFalse();
        assertThat(issuing.solved(issuing.read(token, ProofOfWork.Kind.WORK).orElseThrow(), nonce))
                .as("and once across the nodes: spent at one, refused at the other").isFalse();
        assertThat(jdbc.sql("select count(*) from spent_challenge where tag like ?").param("%" + token.substring(20, 30) + "%")
                .query(Long.class).single()).as("the token itself is not stored, only its HMAC").isZero();
    }

    @ParameterizedTest
    @EnumSource(TestDatabase.class)
    void anotherDeploymentsTokenAndAlteredTokensAreRefused(TestDatabase kind) {
        JdbcClient jdbc = database(kind);
        ProofOfWork work = node(jdbc, pepper);
        String token = work.issue(ProofOfWork.Kind.WORK, 12);

        assertThat(work.read(token.replace("v1.work.", "v1.wait."), ProofOfWork.Kind.WAIT)).as("kind is signed").isEmpty();
        assertThat(work.read(token, ProofOfWork.Kind.WAIT)).isEmpty();
        assertThat(node(jdbc, Pepper.generate(random)).read(token, ProofOfWork.Kind.WORK)).as("another deployment's key").isEmpty();
        String lowered = token.replaceFirst("\\.12\\.", ".1.");
        assertThat(work.read(lowered, ProofOfWork.Kind.WORK)).as("the difficulty is signed").isEmpty();
        String[] fields = token.split("\\.");
        String older = token.replace("." + fields[2] + ".", "." + (Long.parseLong(fields[2]) - 10_000) + ".");
        assertThat(work.read(older, ProofOfWork.Kind.WORK)).as("an issued second moved back").isEmpty();
    }

    @Test
    void zeroBitsAreCountedFromTheFirstByte() {
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0, 0x10, 1})).isEqualTo(19);
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {(byte) 0x80})).isZero();
        assertThat(ProofOfWork.leadingZeroBits(new byte[] {0, 0})).isEqualTo(16);
    }
}

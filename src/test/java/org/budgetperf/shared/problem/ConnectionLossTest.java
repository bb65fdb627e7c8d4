package org.budgetperf.shared.problem;

import static org.assertj.core.api.Assertions.assertThat;

import java.sql.SQLException;
import org.junit.jupiter.api.Test;

/** Which failures are the database being out of reach (503 with Retry-After) rather than a defect (500). */
class ConnectionLossTest {

    @Test
    void aLostConnectionOrAPoolThatHadNoConnectionInTimeIsUnavailability() {
        assertThat(ProblemExceptionMappers.causedByConnectionLoss(
                        new RuntimeException(new SQLException("Connection refused", "08001"))))
                .isTrue();
        // The pool's own wording when every connection stayed busy beyond the acquisition timeout.
        assertThat(ProblemExceptionMappers.causedByConnectionLoss(
                        new RuntimeException(new SQLException("Sorry, acquisition timeout!"))))
                .isTrue();
        assertThat(ProblemExceptionMappers.causedByConnectionLoss(
                        new SQLException("Acquisition timeout while waiting for new connection")))
                .isTrue();
    }

    @Test
    void anyOtherDatabaseErrorIsNot() {
        assertThat(ProblemExceptionMappers.causedByConnectionLoss(
                        new RuntimeException(new SQLException("syntax error at or near \"FROM\"", "42601"))))
                .isFalse();
        assertThat(ProblemExceptionMappers.causedByConnectionLoss(new IllegalStateException("no message")))
                .isFalse();
    }
}

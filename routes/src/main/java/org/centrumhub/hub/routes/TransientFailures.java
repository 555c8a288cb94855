package org.centrumhub.hub.routes;

import jakarta.jms.JMSException;
import java.net.ConnectException;
import java.sql.SQLException;
import java.sql.SQLRecoverableException;
import java.sql.SQLTransientException;
import java.util.List;
import org.apache.camel.Exchange;
import org.apache.camel.Predicate;
import org.springframework.dao.DataAccessResourceFailureException;
import org.springframework.dao.RecoverableDataAccessException;
import org.springframework.dao.TransientDataAccessException;
import org.springframework.jms.JmsException;
import org.springframework.transaction.CannotCreateTransactionException;

/**
 * Failures that say nothing about the message: the database or the broker is unavailable for a while. A message that
 * meets one is tried again and then left on its queue, never dead-lettered; everything else is the message's own.
 */
public final class TransientFailures implements Predicate {
    /** The database failures that pause consumption ({@link DatabaseOutagePolicy}). */
    public static final List<Class<?>> DATABASE = List.of(DataAccessResourceFailureException.class,
            CannotCreateTransactionException.class, TransientDataAccessException.class,
            RecoverableDataAccessException.class, SQLTransientException.class, SQLRecoverableException.class);

    @Override
    public boolean matches(Exchange exchange) {
        Throwable failure = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        return isTransient(failure != null ? failure : exchange.getException());
    }

    /** Whether the failure is the database's: unavailable, or a transaction it could not complete for now. */
    public static boolean isDatabase(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<?> type : DATABASE) {
                if (type.isInstance(cause)) {
                    return true;
                }
            }
        }
        return false;
    }

    /** The database failure in a chain of causes, by its type's simple name, for the log. */
    public static String databaseCause(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            for (Class<?> type : DATABASE) {
                if (type.isInstance(cause)) {
                    return cause.getClass().getSimpleName();
                }
            }
        }
        return failure.getClass().getSimpleName();
    }

    public static boolean isTransient(Throwable failure) {
        if (isDatabase(failure)) {
            return true;
        }
        for (Throwable cause = failure; cause != null; cause = cause.getCause() == cause ? null : cause.getCause()) {
            if (cause instanceof JmsException || cause instanceof JMSException || cause instanceof ConnectException) {
                return true;
            }
            // PostgreSQL's connection (08), resource (53) and operator (57) classes, and serialization failures (40)
            if (cause instanceof SQLException sql && sql.getSQLState() != null
                    && List.of("08", "53", "57", "40").contains(sql.getSQLState().substring(0, Math.min(2, sql.getSQLState().length())))) {
                return true;
            }
        }
        return false;
    }
}

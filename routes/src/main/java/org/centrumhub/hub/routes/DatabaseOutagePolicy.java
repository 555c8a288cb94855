package org.centrumhub.hub.routes;

import java.sql.Connection;
import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import javax.sql.DataSource;
import org.apache.camel.Exchange;
import org.apache.camel.Route;
import org.apache.camel.support.RoutePolicySupport;
import org.centrumhub.hub.config.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Pauses the intake while the database is unavailable and resumes it by itself: when a message fails for lack of
 * the database (after its retries), the route's consumer is suspended, so messages wait on the broker where they are
 * safe; the database is checked every few seconds, and once it answers consumption resumes. An outage of minutes
 * therefore rolls nothing into a dead-letter queue and does not spin the consumers.
 * <p>
 * Camel's {@code ThrottlingExceptionRoutePolicy} does this too, but in 4.18.0 two half-open timers can cancel each
 * other when several consumers fail at once, and the circuit then never closes (fixed later as CAMEL-25014).
 */
@Component("databaseOutagePolicy")
public class DatabaseOutagePolicy extends RoutePolicySupport {
    private static final Logger LOG = LoggerFactory.getLogger(DatabaseOutagePolicy.class);

    private final DataSource dataSource;
    private final Duration checkEvery;
    private final AtomicBoolean paused = new AtomicBoolean();
    private volatile long pausedAt;
    private volatile long minutesReported;
    private volatile ScheduledExecutorService checks;

    public DatabaseOutagePolicy(DataSource dataSource, HubProperties properties) {
        this.dataSource = dataSource;
        this.checkEvery = properties.intake().databaseCheckEvery();
    }

    /** Whether consumption is paused for the database (for tests and operators). */
    public boolean paused() {
        return paused.get();
    }

    @Override
    public void onExchangeDone(Route route, Exchange exchange) {
        Exception failure = exchange.getException();
        if (failure != null && TransientFailures.isDatabase(failure) && paused.compareAndSet(false, true)) {
            try {
                suspendOrStopConsumer(route.getConsumer());
            } catch (Exception e) {
                paused.set(false);
                LOG.error("{}: could not pause for the database: {}", route.getRouteId(), e.toString());
                return;
            }
            pausedAt = System.nanoTime();
            minutesReported = 0;
            LOG.warn("{}: paused, the database is unavailable ({}); checking it every {}", route.getRouteId(),
                    TransientFailures.databaseCause(failure), checkEvery);
            schedule(route);
        }
    }

    private void schedule(Route route) {
        if (checks == null) {
            synchronized (this) {
                if (checks == null) {
                    checks = route.getCamelContext().getExecutorServiceManager()
                            .newSingleThreadScheduledExecutor(this, "DatabaseOutageCheck");
                }
            }
        }
        checks.schedule(() -> check(route), checkEvery.toMillis(), TimeUnit.MILLISECONDS);
    }

    private void check(Route route) {
        if (route.getCamelContext().isStopping() || route.getCamelContext().isStopped()) {
            return;
        }
        long pausedFor = TimeUnit.NANOSECONDS.toSeconds(System.nanoTime() - pausedAt);
        if (!databaseAnswers()) {
            if (pausedFor / 60 > minutesReported) {
                minutesReported = pausedFor / 60;
                LOG.warn("{}: still paused after {} s, the database does not answer yet", route.getRouteId(), pausedFor);
            }
            schedule(route);
            return;
        }
        try {
            resumeOrStartConsumer(route.getConsumer());
            paused.set(false);
            LOG.warn("{}: the database answers again, resumed after {} s", route.getRouteId(), pausedFor);
        } catch (Exception e) {
            LOG.error("{}: could not resume: {}", route.getRouteId(), e.toString());
            schedule(route);
        }
    }

    private boolean databaseAnswers() {
        try (Connection connection = dataSource.getConnection()) {
            return connection.isValid(2);
        } catch (Exception e) {
            return false;
        }
    }

    @Override
    protected void doStop() throws Exception {
        if (checks != null) {
            checks.shutdownNow();
        }
        super.doStop();
    }
}

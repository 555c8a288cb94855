package org.centrumhub.hub.reports;

import org.apache.camel.builder.RouteBuilder;
import org.centrumhub.hub.intake.Dispatch;
import org.springframework.stereotype.Component;

/**
 * Sends the monthly run's notice to the municipality's outbound queue named in its {@code CentrumhubQueue} header.
 * Called synchronously by {@link MonthlyReports}, outside any transaction: the send commits at once, and a failure
 * reaches the run, which then does not mark the month announced.
 */
@Component
public class ReportNoticeRoute extends RouteBuilder {

    @Override
    public void configure() {
        from(MonthlyReports.NOTICE_ROUTE)
                .routeId("report-notice")
                .toD("jms:queue:${header." + Dispatch.QUEUE + "}").id("send-notice");
    }
}

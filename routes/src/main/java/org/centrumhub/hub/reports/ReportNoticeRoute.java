package org.centrumhub.hub.reports;

import org.apache.camel.builder.RouteBuilder;
import org.centrumhub.hub.intake.Dispatch;
import org.centrumhub.hub.routes.HubRouteConfiguration;
import org.springframework.stereotype.Component;

/**
 * Sends the monthly run's notice to the municipality's outbound queue named in its {@code CentrumhubQueue} header.
 * Called synchronously by {@link MonthlyReports}, outside any transaction: the send commits at once. The broker
 * unavailable reaches the run after the usual retries, which then leaves the month unannounced for the next run;
 * any other failure puts the notice in {@code hub.dlq} with its reason, as for every route.
 */
@Component
public class ReportNoticeRoute extends RouteBuilder {

    @Override
    public void configure() {
        from(MonthlyReports.NOTICE_ROUTE)
                .routeId("report-notice")
                .routeConfigurationId(HubRouteConfiguration.ID)
                .toD("jms:queue:${header." + Dispatch.QUEUE + "}").id("send-notice");
    }
}

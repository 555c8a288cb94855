package org.centrumhub.hub.dashboard;

import org.springframework.context.annotation.Configuration;
import org.springframework.web.servlet.config.annotation.ViewControllerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;

/**
 * The operators' dashboard at {@code /dashboard}: a static page ({@code static/dashboard/}) whose charts read the
 * report API with the console's session. Only operators reach it (the console's security chain).
 */
@Configuration(proxyBeanMethods = false)
public class DashboardPage implements WebMvcConfigurer {

    @Override
    public void addViewControllers(ViewControllerRegistry registry) {
        // with the trailing slash, the page's relative links (its script, the WebJar, the API) resolve under any
        // context path
        registry.addRedirectViewController("/dashboard", "/dashboard/");
        registry.addViewController("/dashboard/").setViewName("forward:/dashboard/index.html");
    }
}

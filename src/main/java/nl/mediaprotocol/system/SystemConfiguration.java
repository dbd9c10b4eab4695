package nl.mediaprotocol.system;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import javax.sql.DataSource;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.ResourceHandlerRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableSchedulerLock(defaultLockAtMostFor = "PT30M")
class SystemConfiguration implements WebMvcConfigurer {

	static final Locale DUTCH = Locale.of("nl");

	/**
	 * The board's clock: Dutch time, so that "today" (an age, a school year) is the
	 * school's today.
	 */
	@Bean
	Clock clock() {
		return Clock.system(ZoneId.of("Europe/Amsterdam"));
	}

	/**
	 * One lock row per scheduled job in the shared database, so that with several
	 * instances each job runs on one of them only. The database's clock decides, not the
	 * instances' own.
	 */
	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	/** Dutch first; English for who asks for it with ?lang=en, remembered in a cookie. */
	@Bean
	LocaleResolver localeResolver() {
		CookieLocaleResolver resolver = new CookieLocaleResolver("mediaprotocol-lang");
		resolver.setDefaultLocaleFunction(request -> {
			if (request.getHeader("Accept-Language") == null) {
				return DUTCH;
			}
			Locale asked = request.getLocale();
			return List.of(DUTCH, Locale.ENGLISH)
				.stream()
				.filter(supported -> supported.getLanguage().equals(asked.getLanguage()))
				.findFirst()
				.orElse(DUTCH);
		});
		return resolver;
	}

	@Override
	public void addInterceptors(InterceptorRegistry registry) {
		LocaleChangeInterceptor interceptor = new LocaleChangeInterceptor();
		interceptor.setParamName("lang");
		interceptor.setIgnoreInvalidLocale(true);
		registry.addInterceptor(interceptor);
	}

	/**
	 * The static files, each folder under its own path (Boot's default mapping,
	 * {@code /**}, is off: {@code spring.web.resources.add-mappings=false}). Every link a
	 * page builds ({@code @{/cases/42}}) is offered to the resource handlers whose
	 * pattern it matches, to be rewritten to a versioned URL; under {@code /**} that
	 * meant a class-path lookup in four folders for each link of each page, and the
	 * resource chain's cache keeps only the links it found. The chain (cache, and the
	 * webjars' version-less paths such as {@code /webjars/htmx.org/dist/htmx.min.js})
	 * stays as it was.
	 */
	@Override
	public void addResourceHandlers(ResourceHandlerRegistry registry) {
		registry.addResourceHandler("/css/**").addResourceLocations("classpath:/static/css/").resourceChain(true);
		registry.addResourceHandler("/js/**").addResourceLocations("classpath:/static/js/").resourceChain(true);
		registry.addResourceHandler("/webjars/**")
			.addResourceLocations("classpath:/META-INF/resources/webjars/")
			.resourceChain(true);
	}

}

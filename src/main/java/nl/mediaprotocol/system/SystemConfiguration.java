package nl.mediaprotocol.system;

import java.time.Clock;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.web.servlet.LocaleResolver;
import org.springframework.web.servlet.config.annotation.InterceptorRegistry;
import org.springframework.web.servlet.config.annotation.WebMvcConfigurer;
import org.springframework.web.servlet.i18n.CookieLocaleResolver;
import org.springframework.web.servlet.i18n.LocaleChangeInterceptor;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
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

}

package nl.mediaprotocol.account;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.session.jdbc.JdbcIndexedSessionRepository;

/**
 * Sessions are kept in the database (V17), so that every instance sees them; the
 * application uses that store through {@link SparingSessionRepository}.
 */
@Configuration(proxyBeanMethods = false)
class SessionConfiguration {

	/**
	 * Puts {@link SparingSessionRepository} around the store Spring Boot configures
	 * (which backs off if the application declares a session repository of its own).
	 */
	@Bean
	static BeanPostProcessor sparingSessions() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessAfterInitialization(Object bean, String beanName) {
				return (bean instanceof JdbcIndexedSessionRepository sessions) ? new SparingSessionRepository(sessions)
						: bean;
			}
		};
	}

}

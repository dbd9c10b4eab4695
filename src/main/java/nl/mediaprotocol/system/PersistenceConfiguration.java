package nl.mediaprotocol.system;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.relational.core.mapping.RelationalMappingContext;

@Configuration(proxyBeanMethods = false)
class PersistenceConfiguration {

	/**
	 * The migrations write unquoted lower-case names, which H2 folds to upper case and
	 * PostgreSQL to lower case; Spring Data JDBC must not quote them either, or H2 finds
	 * no table.
	 */
	@Bean
	static BeanPostProcessor unquotedIdentifiers() {
		return new BeanPostProcessor() {
			@Override
			public Object postProcessBeforeInitialization(Object bean, String beanName) {
				if (bean instanceof RelationalMappingContext context) {
					context.setForceQuote(false);
				}
				return bean;
			}
		};
	}

}

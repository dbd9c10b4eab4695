package nl.mediaprotocol.protocol;

import java.util.Arrays;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;

import org.springframework.aop.support.AopUtils;
import org.springframework.context.ApplicationContext;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.stereotype.Component;

/**
 * Every article number that a bean of the application declares with {@link Cites}.
 */
@Component
class CitedArticles {

	private final ApplicationContext context;

	private volatile Map<String, Set<String>> citedBy;

	CitedArticles(ApplicationContext context) {
		this.context = context;
	}

	Set<String> numbers() {
		return citedBy().keySet();
	}

	/**
	 * Article number to the beans that cite it, e.g.
	 * {@code 3.1.4 -> [protocolController]}.
	 */
	Map<String, Set<String>> citedBy() {
		if (this.citedBy == null) {
			Map<String, Set<String>> found = new TreeMap<>();
			for (String name : this.context.getBeanNamesForAnnotation(Cites.class)) {
				Class<?> type = AopUtils.getTargetClass(this.context.getBean(name));
				Cites cites = AnnotatedElementUtils.findMergedAnnotation(type, Cites.class);
				if (cites != null) {
					Arrays.stream(cites.value())
						.forEach(number -> found.computeIfAbsent(number, n -> new TreeSet<>()).add(name));
				}
			}
			this.citedBy = found;
		}
		return this.citedBy;
	}

}

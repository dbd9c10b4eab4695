package nl.mediaprotocol;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.core.annotation.AnnotatedElementUtils;
import org.springframework.core.io.ClassPathResource;
import org.springframework.expression.EvaluationContext;
import org.springframework.security.access.expression.ExpressionUtils;
import org.springframework.security.access.expression.method.DefaultMethodSecurityExpressionHandler;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.util.SimpleMethodInvocation;
import org.springframework.http.HttpMethod;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.web.bind.annotation.RequestMethod;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.request;

/**
 * Every route of the application, web and API, taken from its own mappings, against the
 * table in {@code security/authorization-matrix.txt} of who may call it: a route without
 * a line fails the build, and so does a line without a route. Each route is called as
 * each role and without signing in: a role the table does not name is refused (403, or
 * sent to sign in), a role it names gets through, and nobody ever gets a server error.
 */
@SpringBootTest
@AutoConfigureMockMvc
class AuthorizationMatrixTests {

	static final String TABLE = "security/authorization-matrix.txt";

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	final DefaultMethodSecurityExpressionHandler expressions = new DefaultMethodSecurityExpressionHandler();

	/** A route: method and path pattern. */
	record Route(String method, String path) implements Comparable<Route> {

		@Override
		public int compareTo(Route other) {
			int byPath = this.path.compareTo(other.path);
			return byPath != 0 ? byPath : this.method.compareTo(other.method);
		}

		@Override
		public String toString() {
			return String.format("%-6s %s", this.method, this.path);
		}

	}

	@Test
	void everyRouteHasALineInTheTableAndEveryLineARoute() throws IOException {
		Set<Route> routes = routes();
		Map<Route, Set<String>> table = table();

		Set<Route> missing = new TreeSet<>(routes);
		missing.removeAll(table.keySet());
		Set<Route> stale = new TreeSet<>(table.keySet());
		stale.removeAll(routes);
		assertThat(missing).as("routes without a line in %s", TABLE).isEmpty();
		assertThat(stale).as("lines in %s without a route", TABLE).isEmpty();
	}

	@Test
	void eachRoutesDeclaredRolesAreTheTablesRoles() throws IOException {
		Map<Route, Set<String>> table = table();
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<Route, HandlerMethod> handler : handlers().entrySet()) {
			Set<String> allowed = table.getOrDefault(handler.getKey(), Set.of());
			for (Role role : Role.values()) {
				boolean declared = declaredFor(handler.getValue(), role);
				if (declared != mayCall(allowed, role.name())) {
					wrong.add(handler.getKey() + " as " + role + ": the code " + (declared ? "allows" : "refuses"));
				}
			}
		}
		assertThat(wrong).as("@PreAuthorize that does not match %s", TABLE).isEmpty();
	}

	@Test
	void callingEachRouteAsEachRoleGivesWhatTheTableSaysAndNeverAServerError() throws Exception {
		List<String> wrong = new ArrayList<>();
		for (Map.Entry<Route, Set<String>> line : table().entrySet()) {
			Route route = line.getKey();
			for (String caller : callers()) {
				MvcResult result;
				try {
					result = call(route, caller);
				}
				catch (Exception ex) {
					wrong.add(route + " as " + caller + ": " + ex.getClass().getSimpleName() + " " + ex.getMessage());
					continue;
				}
				int status = result.getResponse().getStatus();
				String location = String.valueOf(result.getResponse().getRedirectedUrl());
				boolean refused = status == 403 || status == 401 || (status == 302 && location.endsWith("/login"));
				boolean through = status < 300 || (status < 400 && !location.endsWith("/login"));
				boolean mayCall = mayCall(line.getValue(), caller);
				if (status >= 500 && !route.path().equals("/error")) {
					wrong.add(route + " as " + caller + ": server error " + status);
				}
				else if (mayCall && refused && !line.getValue().contains("own-record")) {
					wrong.add(route + " as " + caller + ": refused (" + status + ")");
				}
				else if (!mayCall && through) {
					wrong.add(route + " as " + caller + ": let through (" + status + ")");
				}
			}
		}
		assertThat(wrong).as("calls that do not match %s", TABLE).isEmpty();
	}

	private static boolean mayCall(Set<String> allowed, String caller) {
		return allowed.contains("everyone") || (!caller.equals("anonymous") && (allowed.contains("signed-in")
				|| allowed.contains(caller) || (allowed.contains("staff") && Role.valueOf(caller).isStaff())));
	}

	/** What the handler's @PreAuthorize (method first, else class) says of a role. */
	private boolean declaredFor(HandlerMethod handler, Role role) {
		PreAuthorize rule = AnnotatedElementUtils.findMergedAnnotation(handler.getMethod(), PreAuthorize.class);
		if (rule == null) {
			rule = AnnotatedElementUtils.findMergedAnnotation(handler.getBeanType(), PreAuthorize.class);
		}
		if (rule == null) {
			return true;
		}
		Authentication authentication = UsernamePasswordAuthenticationToken.authenticated("matrix", null,
				List.of(new SimpleGrantedAuthority(role.authority())));
		EvaluationContext context = this.expressions.createEvaluationContext(authentication,
				new SimpleMethodInvocation(null, handler.getMethod()));
		return ExpressionUtils.evaluateAsBoolean(this.expressions.getExpressionParser().parseExpression(rule.value()),
				context);
	}

	private Map<Route, HandlerMethod> handlers() {
		Map<Route, HandlerMethod> handlers = new java.util.TreeMap<>();
		this.mappings.getHandlerMethods().forEach((info, handler) -> {
			Set<RequestMethod> methods = info.getMethodsCondition().getMethods();
			for (String path : info.getPatternValues()) {
				if (methods.isEmpty()) {
					handlers.put(new Route("GET", path), handler);
				}
				methods.forEach(method -> handlers.put(new Route(method.name(), path), handler));
			}
		});
		return handlers;
	}

	private MvcResult call(Route route, String caller) throws Exception {
		String path = route.path().replaceAll("\\{[^}]+}", "1");
		MockHttpServletRequestBuilder request = request(HttpMethod.valueOf(route.method()), path);
		if (!route.method().equals("GET")) {
			request.with(csrf());
		}
		if (!caller.equals("anonymous")) {
			Role role = Role.valueOf(caller);
			request.with(user(CurrentUser.of("matrix-" + caller.toLowerCase(), null, RoleGrant.boardWide(role))));
		}
		return this.mvc.perform(request).andReturn();
	}

	private static List<String> callers() {
		List<String> callers = new ArrayList<>();
		callers.add("anonymous");
		EnumSet.allOf(Role.class).forEach(role -> callers.add(role.name()));
		return callers;
	}

	private Set<Route> routes() {
		return new TreeSet<>(handlers().keySet());
	}

	/**
	 * The table: "METHOD path who who ...", who being everyone, signed-in, staff or a
	 * role.
	 */
	private static Map<Route, Set<String>> table() throws IOException {
		Map<Route, Set<String>> table = new LinkedHashMap<>();
		String text = new ClassPathResource(TABLE).getContentAsString(StandardCharsets.UTF_8);
		for (String line : text.lines().toList()) {
			String stripped = line.strip();
			if (stripped.isEmpty() || stripped.startsWith("#")) {
				continue;
			}
			String[] parts = stripped.split("\\s+");
			Set<String> who = new TreeSet<>(List.of(parts).subList(2, parts.length));
			for (String name : who) {
				if (!Set.of("everyone", "signed-in", "staff", "own-record").contains(name)) {
					Role.valueOf(name);
				}
			}
			assertThat(table.put(new Route(parts[0], parts[1]), who)).as("%s twice in %s", stripped, TABLE).isNull();
		}
		return table;
	}

}

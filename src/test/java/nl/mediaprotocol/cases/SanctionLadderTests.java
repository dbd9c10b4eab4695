package nl.mediaprotocol.cases;

import java.util.Set;

import nl.mediaprotocol.account.Role;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.ConfigDataApplicationContextInitializer;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.test.context.runner.ApplicationContextRunner;
import org.springframework.context.annotation.Configuration;

import static org.assertj.core.api.Assertions.assertThat;

class SanctionLadderTests {

	final ApplicationContextRunner contexts = new ApplicationContextRunner()
		.withInitializer(new ConfigDataApplicationContextInitializer())
		.withUserConfiguration(Ladders.class);

	@Configuration(proxyBeanMethods = false)
	@EnableConfigurationProperties(LadderProperties.class)
	static class Ladders {

		@org.springframework.context.annotation.Bean
		SanctionLadders sanctionLadders(LadderProperties properties) {
			return new SanctionLadders(properties);
		}

	}

	@Test
	void noMeasureBeforeTheFirstConversation() {
		withSsoeLadders(ladders -> {
			SanctionLadder employee = ladders.forSubject(SubjectKind.EMPLOYEE);
			SanctionLadder.CaseHistory fresh = new SanctionLadder.CaseHistory(Set.of(), false);

			assertThat(employee.isOpen("conversation-manager", fresh)).isTrue();
			assertThat(employee.isOpen("warning", fresh)).isFalse();
			assertThat(employee.nextSteps(fresh)).filteredOn(option -> option.code().equals("warning"))
				.singleElement()
				.satisfies(option -> {
					assertThat(option.reasonKey()).isEqualTo("cases.step.needsFirst");
					assertThat(option.reasonArgument()).isEqualTo("Gesprek met de direct leidinggevende");
				});
			assertThat(
					employee.isOpen("warning", new SanctionLadder.CaseHistory(Set.of("conversation-manager"), false)))
				.isTrue();
		});
	}

	@Test
	void repetitionUnlocksTheTeamLeaderStepForAStudent() {
		withSsoeLadders(ladders -> {
			SanctionLadder student = ladders.forSubject(SubjectKind.STUDENT);
			Set<String> talked = Set.of("conversation-teacher");

			assertThat(student.isOpen("conversation-teamleader", new SanctionLadder.CaseHistory(talked, false)))
				.isFalse();
			assertThat(student.nextSteps(new SanctionLadder.CaseHistory(talked, false)))
				.filteredOn(option -> option.code().equals("conversation-teamleader"))
				.extracting(SanctionLadder.StepOption::reasonKey)
				.containsExactly("cases.step.needsRepetition");
			assertThat(student.isOpen("conversation-teamleader", new SanctionLadder.CaseHistory(talked, true)))
				.isTrue();
			assertThat(student.isOpen("suspension", new SanctionLadder.CaseHistory(talked, true)))
				.as("suspension comes after the teamleider's conversation")
				.isFalse();
			assertThat(student.isOpen("care-structure", new SanctionLadder.CaseHistory(talked, false))).isTrue();
		});
	}

	@Test
	void everyMeasureAgainstAnEmployeeNeedsTheBestuurdersAcknowledgement() {
		withSsoeLadders(ladders -> {
			SanctionLadder employee = ladders.forSubject(SubjectKind.EMPLOYEE);
			// 4.3
			for (String measure : Set.of("warning", "reprimand", "suspension", "dismissal", "summary-dismissal")) {
				assertThat(employee.acknowledgementNeeded(measure)).as(measure).isEqualTo(Role.BESTUURDER);
			}
			assertThat(employee.acknowledgementNeeded("conversation-manager")).isNull();
		});
	}

	@Test
	void anInvalidLadderFileStopsStartUpNamingTheFault() {
		this.contexts.withPropertyValues("spring.config.import=classpath:cases/broken-ladders.yml").run(context -> {
			assertThat(context).hasFailed();
			assertThat(rootCause(context.getStartupFailure())).hasMessage(
					"Ladder employee, step 'warning': 'after' names 'conversation-with-nobody', which is not a step above it");
		});
	}

	@Test
	void aLadderFileWithoutALadderForEveryKindOfSubjectStopsStartUp() {
		// without the application's own files, so that only this incomplete ladder is
		// there
		new ApplicationContextRunner().withUserConfiguration(Ladders.class)
			.withPropertyValues("mediaprotocol.cases.ladders.employee.steps[0].code=talk",
					"mediaprotocol.cases.ladders.employee.steps[0].name=Gesprek",
					"mediaprotocol.cases.ladders.employee.steps[0].kind=CONVERSATION")
			.run(context -> {
				assertThat(context).hasFailed();
				assertThat(rootCause(context.getStartupFailure()))
					.hasMessage("The ladder file has no ladder for student");
			});
	}

	private void withSsoeLadders(java.util.function.Consumer<SanctionLadders> check) {
		this.contexts.withPropertyValues("spring.config.import=classpath:cases/ladders-ssoe.yml").run(context -> {
			assertThat(context).hasNotFailed();
			check.accept(context.getBean(SanctionLadders.class));
		});
	}

	private static Throwable rootCause(Throwable failure) {
		Throwable cause = failure;
		while (cause.getCause() != null) {
			cause = cause.getCause();
		}
		return cause;
	}

}

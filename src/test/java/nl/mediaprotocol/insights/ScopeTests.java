package nl.mediaprotocol.insights;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import nl.mediaprotocol.directory.Directory.UnitNode;
import nl.mediaprotocol.directory.PersonView.UnitLabel;
import nl.mediaprotocol.directory.UnitKind;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.entry;

/**
 * The units a dashboard shows one level below its top, for a consent coverage of more
 * groups than a page lists; and how the viewer chooses a unit.
 */
class ScopeTests {

	static final List<UnitNode> TREE = List.of(node("B", UnitKind.BOARD,
			node("S1", UnitKind.SCHOOL, node("S1-L1", UnitKind.LOCATION), node("S1-L2", UnitKind.LOCATION)),
			node("S2", UnitKind.SCHOOL, node("S2-L1", UnitKind.LOCATION)), node("E", UnitKind.SERVICE)));

	@Test
	void theWholeBoardIsShownPerUnitDirectlyBelowTheBoardEachWithItsSubtreeInTreeOrder() {
		Scope scope = Scope.of(InsightsBoard.BESTUURDER, TREE);

		Map<String, Set<String>> below = scope.unitsBelowTheTop(scope.filter(null).orElseThrow());

		assertThat(below).containsExactly(entry("B", Set.of("B")), entry("S1", Set.of("S1", "S1-L1", "S1-L2")),
				entry("S2", Set.of("S2", "S2-L1")), entry("E", Set.of("E")));
	}

	@Test
	void aChosenUnitIsShownPerUnitDirectlyBelowIt() {
		Scope scope = Scope.of(InsightsBoard.BESTUURDER, TREE);

		Map<String, Set<String>> below = scope.unitsBelowTheTop(scope.filter("S1").orElseThrow());

		assertThat(below).containsExactly(entry("S1", Set.of("S1")), entry("S1-L1", Set.of("S1-L1")),
				entry("S1-L2", Set.of("S1-L2")));
	}

	@Test
	void unitsOutsideTheScopeAreNotShownNorCounted() {
		Scope scope = Scope.of(InsightsBoard.DIRECTEUR_E, TREE);

		Map<String, Set<String>> below = scope.unitsBelowTheTop(scope.filter(null).orElseThrow());

		assertThat(below).containsExactly(entry("E", Set.of("E")));
		assertThat(scope.positionOf("E")).isZero();
		assertThat(scope.positionOf("S1")).isEqualTo(Integer.MAX_VALUE - 1);
		assertThat(scope.positionOf(null)).isEqualTo(Integer.MAX_VALUE);
	}

	@Test
	void aDirecteurOfASchoolAndOfALocationElsewhereSeesBothWithTheirSubtrees() {
		Scope scope = Scope.of(CurrentUser.of("dir2", "M-DIR2", RoleGrant.forUnit(Role.DIRECTEUR, "S1"),
				RoleGrant.forUnit(Role.DIRECTEUR, "S2-L1")), TREE);

		Map<String, Set<String>> below = scope.unitsBelowTheTop(scope.filter(null).orElseThrow());

		assertThat(below).containsExactly(entry("S1", Set.of("S1", "S1-L1", "S1-L2")), entry("S2-L1", Set.of("S2-L1")));
	}

	@Test
	void aScopeOfAFewUnitsListsThemAllToChooseFrom() {
		Scope.UnitChooser units = Scope.of(InsightsBoard.BESTUURDER, TREE).chooser("S2", "whatever");

		assertThat(units.listed()).isTrue();
		assertThat(units.options()).extracting(Scope.UnitOption::code)
			.containsExactly("B", "S1", "S1-L1", "S1-L2", "S2", "S2-L1", "E");
		assertThat(units.chosen()).extracting(Scope.UnitOption::code).isEqualTo("S2");
	}

	@Test
	void aScopeOfThousandsOfUnitsIsLookedUpByNameWithAccentsAndCaseIgnored() {
		List<UnitNode> schools = new ArrayList<>();
		for (int school = 1; school <= 300; school++) {
			String code = "S" + school;
			schools.add(new UnitNode(new UnitLabel(code, (school == 17 ? "École " : "School ") + school),
					UnitKind.SCHOOL, List.of(new UnitNode(new UnitLabel(code + "-L", "Locatie Strijp " + school),
							UnitKind.LOCATION, List.of()))));
		}
		Scope scope = Scope.of(InsightsBoard.BESTUURDER,
				List.of(new UnitNode(new UnitLabel("B", "Bestuur"), UnitKind.BOARD, schools)));

		Scope.UnitChooser nothingTyped = scope.chooser("S5", null);
		assertThat(nothingTyped.listed()).isFalse();
		assertThat(nothingTyped.options()).as("not 601 options on the page").isEmpty();
		assertThat(nothingTyped.found()).isEmpty();
		assertThat(nothingTyped.chosen()).extracting(Scope.UnitOption::name).isEqualTo("School 5");

		Scope.UnitChooser ecole = scope.chooser(null, "  ecole ");
		assertThat(ecole.found()).containsExactly(new Scope.FoundUnit("S17", "École 17", List.of("Bestuur")));
		assertThat(ecole.search()).isEqualTo("ecole");
		assertThat(ecole.chosenFound()).isTrue();

		Scope.UnitChooser strijp = scope.chooser("S5", "STRIJP 1");
		assertThat(strijp.found()).hasSize(Scope.UNITS_FOUND)
			.first()
			.isEqualTo(new Scope.FoundUnit("S1-L", "Locatie Strijp 1", List.of("Bestuur", "School 1")));
		assertThat(strijp.more()).isTrue();
		assertThat(strijp.chosenFound()).as("the chosen school is still offered beside what was found").isFalse();

		assertThat(scope.chooser(null, "s250-l").found()).extracting(Scope.FoundUnit::name)
			.as("by code too")
			.containsExactly("Locatie Strijp 250");
		assertThat(scope.chooser(null, "Amsterdam").found()).isEmpty();
	}

	private static UnitNode node(String code, UnitKind kind, UnitNode... children) {
		return new UnitNode(new UnitLabel(code, code), kind, List.of(children));
	}

}

package nl.mediaprotocol.insights;

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
 * groups than a page lists.
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

	private static UnitNode node(String code, UnitKind kind, UnitNode... children) {
		return new UnitNode(new UnitLabel(code, code), kind, List.of(children));
	}

}

package nl.mediaprotocol.directory;

import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class DirectoryAccessTests {

	@Test
	void aRoleHeldForAUnitReachesOnlyThatUnit() {
		DirectoryAccess access = DirectoryAccess.builder()
			.reach(PersonKind.STUDENT, new DirectoryAccess.Reach(false, Set.of(10L, 11L), Detail.FULL))
			.build();

		assertThat(access.detailFor(1L, PersonKind.STUDENT, List.of(11L))).contains(Detail.FULL);
		assertThat(access.detailFor(2L, PersonKind.STUDENT, List.of(12L))).isEmpty();
		assertThat(access.detailFor(3L, PersonKind.EMPLOYEE, List.of(10L))).isEmpty();
	}

	@Test
	void theMostGenerousRoleDecidesTheDetail() {
		DirectoryAccess access = DirectoryAccess.builder()
			.reach(PersonKind.STUDENT, new DirectoryAccess.Reach(true, Set.of(), Detail.NAME))
			.reach(PersonKind.STUDENT, new DirectoryAccess.Reach(false, Set.of(10L), Detail.FULL))
			.build();

		assertThat(access.detailFor(1L, PersonKind.STUDENT, List.of(10L))).contains(Detail.FULL);
		assertThat(access.detailFor(2L, PersonKind.STUDENT, List.of(20L))).contains(Detail.NAME);
	}

	@Test
	void everyoneSeesThemselvesAndGuardiansTheirChildrenInFull() {
		DirectoryAccess access = DirectoryAccess.builder().own(List.of(7L, 8L)).build();

		assertThat(access.detailFor(8L, PersonKind.STUDENT, List.of(99L))).contains(Detail.FULL);
		assertThat(access.detailFor(9L, PersonKind.STUDENT, List.of(99L))).isEmpty();
	}

}

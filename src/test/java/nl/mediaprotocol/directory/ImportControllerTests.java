package nl.mediaprotocol.directory;

import java.util.List;

import nl.mediaprotocol.account.CurrentUser;
import nl.mediaprotocol.account.Role;
import nl.mediaprotocol.account.RoleGrant;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.context.bean.override.mockito.MockitoBean;
import org.springframework.test.web.servlet.MockMvc;

import static org.hamcrest.Matchers.containsString;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.BDDMockito.given;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.user;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.content;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.status;
import static org.springframework.test.web.servlet.result.MockMvcResultMatchers.view;

@SpringBootTest
@AutoConfigureMockMvc
class ImportControllerTests {

	static final CurrentUser ADMIN = CurrentUser.of("beheer", null, RoleGrant.boardWide(Role.BEHEERDER));

	static final CurrentUser DIRECTOR = CurrentUser.of("dir", null, RoleGrant.boardWide(Role.DIRECTEUR));

	@Autowired
	MockMvc mvc;

	@MockitoBean
	DirectoryImporter importer;

	@Test
	void onlyTheAdministratorImports() throws Exception {
		this.mvc.perform(get("/directory/import").with(user(DIRECTOR))).andExpect(status().isForbidden());
		this.mvc.perform(get("/directory/import").with(user(ADMIN))).andExpect(status().isOk());
	}

	@Test
	void showsEachProblemInDutchWithItsLine() throws Exception {
		given(this.importer.importCsv(eq(ImportKind.STUDENTS), any()))
			.willReturn(ImportReport.rejected(ImportKind.STUDENTS, 3,
					List.of(ImportProblem.of(3, "groep", "import.line.unknownGroup", "G9", "2026-2027"))));

		this.mvc
			.perform(multipart("/directory/import")
				.file(new MockMultipartFile("file", "leerlingen.csv", "text/csv", "x".getBytes()))
				.param("kind", "STUDENTS")
				.with(csrf())
				.with(user(ADMIN)))
			.andExpect(status().isOk())
			.andExpect(view().name("directory/import"))
			.andExpect(content().string(containsString("De groep &quot;G9&quot; bestaat niet in schooljaar 2026-2027")))
			.andExpect(content().string(containsString("Er is niets veranderd")));
	}

	@Test
	void refusesAFormWithoutCsrfToken() throws Exception {
		this.mvc
			.perform(multipart("/directory/import")
				.file(new MockMultipartFile("file", "x.csv", "text/csv", "x".getBytes()))
				.param("kind", "UNITS")
				.with(user(ADMIN)))
			.andExpect(status().isForbidden());
	}

}

package nl.mediaprotocol.cases;

/**
 * Whom a case is about; each has its own ladder (4.3 for employees, 4.4 for the others).
 */
public enum SubjectKind {

	EMPLOYEE, STUDENT, GUARDIAN

}

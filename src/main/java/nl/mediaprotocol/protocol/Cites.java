package nl.mediaprotocol.protocol;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares the protocol articles a bean carries out, by number ({@code "3.1.6"}). At
 * start-up every cited number is checked against the protocol in force, so that a
 * citation of an article that does not exist stops the application instead of failing
 * when a page shows it.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@Documented
public @interface Cites {

	String[] value();

}

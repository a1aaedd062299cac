package ru.rosnou.international.base.reading;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The query parameters a reading page reads ({@code page}, {@code year}, {@code topic}...). The first-response
 * renderer draws and keeps the page for these alone: any other parameter in an address is ignored, so a flood of
 * made-up parameters neither draws the page anew nor puts what they say into a kept page. A reading view without
 * this annotation reads no parameter.
 */
@Documented
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface ReadsQuery {

    /** The parameters' names. */
    String[] value();
}

/**
 * The international directorate's news site: reading pages in Russian and English, the accessibility toolbar,
 * readers' questions and the editors' workspace. Packages by feature, each with its {@code domain}, {@code service}
 * and {@code ui}; {@code base} below them, {@code security} and {@code workspace} between, {@code site} on top
 * (the rules are in {@code ArchitectureTest}).
 */
@NullMarked
package ru.rosnou.international;

import org.jspecify.annotations.NullMarked;

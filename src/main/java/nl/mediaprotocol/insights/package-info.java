/**
 * The dashboards of the school safety plan (1.2): reports, cases, takedowns, consent
 * coverage, protocol confirmations and monitoring requests counted per unit, category and
 * month for the directeur (their units), the bestuurder and the FG (the whole board),
 * each figure as a chart, a table and a CSV file. Counts below five are hidden outside
 * the viewer's own units ({@link nl.mediaprotocol.insights.SmallCellRule}), and every
 * look is audited. The figures come from each module's statistics, never from its tables.
 */
@NullMarked
package nl.mediaprotocol.insights;

import org.jspecify.annotations.NullMarked;

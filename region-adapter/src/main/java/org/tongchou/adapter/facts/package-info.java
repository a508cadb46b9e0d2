/**
 * Reading a region's fact exchange file (JSON Lines, see FACTS.md) into wire {@code Fact}s.
 *
 * <p>A line that cannot be mapped never leaves the region: it becomes a local {@link
 * org.tongchou.adapter.facts.Refusal} naming the line, the record id and the field, exactly like a
 * refusal from the hub, so that the operator fixes both kinds in the same place.
 *
 * <p>The generators ({@code bench}, {@code simulate}) write facts in the same shape through {@link
 * org.tongchou.adapter.facts.FactObject}.
 */
package org.tongchou.adapter.facts;

/**
 * The two period systems (docs/domain.md): calendar periods for statistics ({@code 2025}, {@code
 * 2025S2}, {@code 2025Q3}, {@code 2025M07}, {@code 2025YTD}) and the Decree 09/2019/NĐ-CP reporting
 * windows that cut data off on the 14th ({@code 2025M07}, {@code 2025Q3}, {@code 2025S1}, {@code
 * 2025N9}, {@code 2025}). Both are unions of half-months, the unit in which roll-ups are kept.
 */
package vn.loa.report.period;

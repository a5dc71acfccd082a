/**
 * Benchmarks: main programs that start the local platform on free ports in a scratch folder, drive
 * it as users would, and print the figures with what they were compared against in the same run.
 */
package vn.loa.benchmark;

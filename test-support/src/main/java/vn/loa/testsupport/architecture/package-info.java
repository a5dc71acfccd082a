/** Architecture rules (ArchUnit) shared by the modules' architecture tests. */
package vn.loa.testsupport.architecture;

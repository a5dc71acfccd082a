/**
 * The contract of a Loa access token, shared by identity-service (which issues it) and every
 * service that reads it: the role names and the claim names. JDK only.
 */
package vn.loa.contracts.identity;

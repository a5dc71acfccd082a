/**
 * The whole API in one OpenAPI 3.1 document at {@code /v3/api-docs}, gathered from the services,
 * and Swagger UI at {@code /swagger-ui} for whoever is signed in (issue 16).
 */
package vn.loa.gateway.apidocs;

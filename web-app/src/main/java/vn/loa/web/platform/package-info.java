/**
 * What every page needs: the signed-in person ({@link vn.loa.web.platform.SignedIn}) from the
 * relayed token, the client of the public API that sends that token ({@link
 * vn.loa.web.platform.LoaApi}), problems of the API as field errors ({@link
 * vn.loa.web.platform.ApiProblem}), Vietnamese first with English by a link, and the security chain
 * (token, CSRF of the page forms).
 */
package vn.loa.web.platform;

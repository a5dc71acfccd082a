package vn.loa.web.platform;

/**
 * What the frame of every page shows: the person, their unit as the API names it (read once per
 * page; a page's controller takes it from the model rather than asking again), the link to the
 * other language and the page's language.
 */
public record Frame(SignedIn person, OrgUnit unit, String otherLanguageUrl, String lang) {}

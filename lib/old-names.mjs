// Plain JavaScript (typed by old-names.d.mts) because next.config.js reads it too. The vocabulary rename script
// (issue 13, item 4) skips files named old-names, so that these words survive it.

/**
 * What ties were called before they were ties: the API path of old links (`/api/relations/…`, redirected) and
 * the list of old Parley JSON exports (`"relations": […]`, read as ties).
 */
export const OLD_TIES_WORD = 'relations';

/** How the import page and `POST /api/import` talk, shared by both (no server code here). */

/** The header naming a file sent as the body (percent-encoded), for messages about it. */
export const FILE_NAME_HEADER = 'X-File-Name';

/**
 * Asked for with `Accept: application/x-ndjson`, the import answers a line per step while it runs,
 * `{"type":"progress","done":500,"total":10000}`, then `{"type":"result","result":{…}}` (or `{"type":"error",…}`).
 */
export const PROGRESS_MEDIA_TYPE = 'application/x-ndjson';

/** Largest upload the import reads: a GDELT day of ~150,000 events, or an ICEWS year, fits. */
export const MAX_IMPORT_BYTES = 50 * 1024 * 1024;

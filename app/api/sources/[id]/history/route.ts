import { historyHandler } from '../../../record-handlers';

/** `GET /api/sources/:id/history`: the source's revisions, newest first, also once it is deleted. */
export const GET = historyHandler('source');

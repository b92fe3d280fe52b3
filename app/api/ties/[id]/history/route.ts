import { historyHandler } from '../../../record-handlers';

/** `GET /api/ties/:id/history`: the tie's revisions, newest first, also once it is deleted. */
export const GET = historyHandler('tie');
